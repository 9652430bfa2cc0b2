/**
 * The warnings a command prints on stderr beside its report: for now, drawn
 * sectors whose points look written as [latitude, longitude]. A warning never
 * changes the exit code or stdout. Natural Earth's land is read only when some
 * scenario has a drawn sector, so a command on written lengths pays nothing.
 */
import { naturalEarthLand, type AtlasResult } from '../atlas/natural-earth.js';
import type { Scenario } from '../core/scenario.js';
import type { LandMask } from '../geo/index.js';
import { formatWarning, swappedPathWarnings } from '../scenarios/index.js';
import { sanitizeText } from '../text/sanitize.js';

/** Where the land comes from: Natural Earth's, or a test's. */
export type LandSource = () => AtlasResult<LandMask>;

/** One `file:line:col: warning: ...` line per warning; one line saying so when the land could not be read. */
export function warningLines(scenarios: readonly Scenario[], land: LandSource = naturalEarthLand): string {
  if (!scenarios.some((scenario) => scenario.sectors.some((sector) => sector.geometry?.place !== undefined))) return '';
  const read = land();
  if (!read.ok) return `forcecalc: warning: drawn lines not checked for swapped coordinates: ${sanitizeText(read.reason)}\n`;
  return scenarios
    .flatMap((scenario) => swappedPathWarnings(scenario, read.value))
    .map((warning) => `${sanitizeText(formatWarning(warning))}\n`)
    .join('');
}
