/**
 * `forcecalc map <id|file> [--width N] [--height N]`: the scenario's drawn
 * lines as a map in the terminal, with a scale bar and each sector's length.
 * A scenario with no drawn sector has nothing to map: exit 1, and a message
 * that says how to draw one.
 */
import { sanitizeText } from '../text/sanitize.js';
import { renderScenarioMap } from '../report/index.js';
import { minimumMapHeight } from '../report/scenario-map.js';
import { EXIT_CODE, invalidScenarios, success, usageError, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';
import { mapBlockText } from './map-colours.js';
import type { TerminalStyle } from './terminal-style.js';

/** The size of the map block: 80 columns, and 23 rows so that the prompt after it still fits an 80 x 24 terminal. */
export const DEFAULT_MAP_SIZE = { width: 80, height: 23 } as const;

/** The map block's size in character cells. */
export interface MapSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Maps one scenario (an id in `scenariosDir`, or a path), in colour and
 * braille as `style` allows, in at most `size.height` rows (title, map, scale
 * bar, legend and method all told). A height too low for any map is bad usage.
 */
export function runMap(ref: string, size: MapSize, scenariosDir: string, style: TerminalStyle): CommandResult {
  // The argument parser asks for as many already; this guards callers that build a MapSize themselves.
  if (size.height < minimumMapHeight()) return usageError(`--height must be at least ${minimumMapHeight()} rows for a map; got ${size.height}`);
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const scenario = scenarios[0];
  if (problems.length > 0 || scenario === undefined) return invalidScenarios(problems);
  const map = renderScenarioMap(scenario, { width: size.width, height: size.height, unicode: style.unicode });
  if (map.drawnSectors === 0) {
    const message =
      `forcecalc: ${sanitizeText(scenario.id)}: no sector is drawn, so there is nothing to map; ` +
      'give a sector a path: list of [longitude, latitude] points or a geojson: file instead of its length\n';
    return { stdout: '', stderr: message, exitCode: EXIT_CODE.invalid };
  }
  return success(mapBlockText(map, style.colour));
}
