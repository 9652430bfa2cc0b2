/**
 * What the Map panel says under the map: a warning for each drawn sector
 * whose points look written as [latitude, longitude], and why borders and
 * coasts are missing when Natural Earth could not be read. Pure: the atlas
 * comes in as results, so a test can hand in a land of its own or a failure.
 */
import type { AtlasResult } from '../../atlas/natural-earth.js';
import type { Scenario } from '../../core/index.js';
import type { LandMask } from '../../geo/index.js';
import type { BaseMap } from '../../report/scenario-map.js';
import { formatWarning, swappedPathWarnings } from '../../scenarios/index.js';
import { sanitizeText } from '../../text/sanitize.js';

/** The notes, each one paragraph to wrap; none when all is well. */
export function mapNotes(scenario: Scenario, baseMap: AtlasResult<BaseMap>, land: AtlasResult<LandMask>): string[] {
  const notes: string[] = [];
  if (!baseMap.ok) notes.push(`Borders and coasts not drawn: ${sanitizeText(baseMap.reason)}`);
  if (land.ok) notes.push(...swappedPathWarnings(scenario, land.value).map((warning) => sanitizeText(formatWarning(warning))));
  else notes.push(`Drawn lines not checked for swapped coordinates: ${sanitizeText(land.reason)}`);
  return notes;
}
