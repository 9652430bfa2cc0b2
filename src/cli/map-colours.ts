/**
 * A map block (src/report/scenario-map.ts) as terminal text, each sector's
 * cells and legend marker in a colour of its own when colour is allowed
 * (terminal-style.ts decides), borders and coasts in grey. The markers tell sectors apart without colour;
 * colour only helps the eye.
 */
import { scenarioMapText, type ScenarioMap } from '../report/index.js';

// Foreground colours (SGR 30-37) that read on dark and light backgrounds; black and white are left out.
const SECTOR_COLOURS = [36, 33, 35, 32, 34, 31] as const;
const DEFAULT_FOREGROUND = 39;
// Bright black, the grey most terminals give it: borders and coasts stay behind the sectors' colours.
const BASE_MAP_COLOUR = 90;

const sgr = (code: number): string => `\u001B[${code}m`;

/** The colour code of a sector: by its index in the scenario, round the palette. */
export function sectorColour(sectorIndex: number): number {
  return SECTOR_COLOURS[sectorIndex % SECTOR_COLOURS.length] ?? DEFAULT_FOREGROUND;
}

/** The block as text, trailing spaces dropped, each row ending in a newline; coloured when `colour` is true. */
export function mapBlockText(map: ScenarioMap, colour: boolean): string {
  if (!colour) return scenarioMapText(map);
  return map.rows
    .map((row) => {
      const text = row
        .map((span) => {
          const colour = span.sectorIndex !== null ? sectorColour(span.sectorIndex) : span.baseMap === true ? BASE_MAP_COLOUR : null;
          return colour === null ? span.text : `${sgr(colour)}${span.text}${sgr(DEFAULT_FOREGROUND)}`;
        })
        .join('');
      return `${text.trimEnd()}\n`;
    })
    .join('');
}
