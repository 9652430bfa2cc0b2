/**
 * `forcecalc map <id|file> [--width N] [--height N]`: the scenario's drawn
 * lines as a map in the terminal, with a scale bar and each sector's length.
 * A scenario with no drawn sector has nothing to map: exit 1, and a message
 * that says how to draw one.
 */
import { naturalEarthBaseMap } from '../../atlas/natural-earth.js';
import { MIN_MAP_WIDTH, minimumMapHeight, renderScenarioMap } from '../../report/index.js';
import { quoteForMessage, sanitizeText } from '../../text/sanitize.js';
import { ONE_SCENARIO, read, type CommandArguments, type NamedCommandDefinition, type OptionResult } from '../command-definition.js';
import { EXIT_CODE, invalidScenarios, success, usageError, type CommandResult } from '../command-result.js';
import { loadScenarioRefs } from '../load-scenarios.js';
import { mapBlockText } from '../map-colours.js';
import { PLAIN_STYLE, type TerminalStyle } from '../terminal-style.js';
import { warningLines } from '../warning-lines.js';

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
  const drawn = scenario.sectors.some((sector) => sector.geometry !== undefined);
  // Natural Earth is read only for a map there is to draw.
  const base = drawn ? naturalEarthBaseMap() : null;
  const map = renderScenarioMap(scenario, {
    width: size.width,
    height: size.height,
    unicode: style.unicode,
    colour: style.colour,
    ...(base?.ok === true ? { baseMap: base.value } : {}),
  });
  if (map.drawnSectors === 0) {
    const message =
      `forcecalc: ${sanitizeText(scenario.id)}: no sector is drawn, so there is nothing to map; ` +
      'give a sector a path: list of [longitude, latitude] points or a geojson: file instead of its length\n';
    return { stdout: '', stderr: message, exitCode: EXIT_CODE.invalid };
  }
  const notDrawn = base?.ok === false ? `forcecalc: warning: borders and coasts not drawn: ${sanitizeText(base.reason)}\n` : '';
  return { ...success(mapBlockText(map, style.colour)), stderr: notDrawn + warningLines([scenario]) };
}

/** The map's size options: whole numbers of character cells, within these bounds. */
const MAP_SIZE_LIMITS = {
  '--width': { min: MIN_MAP_WIDTH, max: 1000, unit: 'columns', fallback: DEFAULT_MAP_SIZE.width },
  '--height': { min: minimumMapHeight(), max: 1000, unit: 'rows', fallback: DEFAULT_MAP_SIZE.height },
} as const;

/** `--width` or `--height` as a whole number within its bounds (the default when absent). */
function readMapDimension(args: CommandArguments, name: '--width' | '--height'): OptionResult<number> {
  const { min, max, unit, fallback } = MAP_SIZE_LIMITS[name];
  const text = args.last(name);
  if (text === null) return read(fallback);
  const value = /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (value >= min && value <= max) return read(value);
  return { ok: false, message: `${name} must be a whole number of ${unit} from ${min} to ${max}; got ${quoteForMessage(text)}` };
}

/** What `map` was asked. */
export interface MapRequest {
  readonly ref: string;
  readonly size: MapSize;
}

/** `forcecalc map` in the command table (command-table.ts). */
export const mapCommand: NamedCommandDefinition<MapRequest> = {
  options: ['--width', '--height'],
  operands: ONE_SCENARIO,
  synopsis: ['map <id|file> [--width N] [--height N]'],
  summary: ["the scenario's drawn lines as a map"],
  help: `Usage: forcecalc map <id|file> [--width N] [--height N] [--scenarios DIR]

The lines of the scenario's drawn sectors (path: or geojson:) as a map in the
terminal, in braille (ASCII when TERM=dumb), each sector marked by its number
(its own character in ASCII) and in its own colour where colour is allowed
(not with NO_COLOR, TERM=dumb, CI or a pipe; FORCE_COLOR forces it). Under
the lines, country borders and coasts from Natural Earth: grey in colour, "·"
without it ("." in ASCII). Below the map: a scale bar, each sector's drawn
length, tortuosity and planning length (sectors given by a length are listed
as not drawn), the method (the geodesic on the WGS84 ellipsoid) and the
source of the borders. A line whose points look written as [latitude,
longitude] gets a warning on stderr. --width (20-1000, default 80) and
--height (8-1000, default 23) size the whole block. Exit code 1 when no
sector is drawn.
`,
  parse(args) {
    const width = readMapDimension(args, '--width');
    if (!width.ok) return width;
    const height = readMapDimension(args, '--height');
    if (!height.ok) return height;
    return read({ ref: args.operands[0] ?? '', size: { width: width.value, height: height.value } });
  },
  run: (request, scenariosDir, context) => runMap(request.ref, request.size, scenariosDir, context.style ?? PLAIN_STYLE),
};
