/**
 * The sentence that says why the sectors' rows add up to more than the line
 * troops, written once for every place that shows both: the table and the
 * Markdown report (under the sectors), the JSON `notes`, and the UI's
 * sectors panel (under the total). The core decides when and gives the
 * numbers (sectorRounding); this only words them.
 */
import type { Estimate } from '../core/estimate.js';
import { sectorRounding } from '../core/sector-rounding.js';
import { formatInterval } from './number-format.js';

/**
 * "The sectors' troops add up to 9,176 against 9,175 line troops: ...", or
 * null where the rows add up to the line troops (no reader will wonder).
 */
export function sectorRoundingNote(result: Estimate): string | null {
  const rounding = sectorRounding(result);
  if (!rounding.rowsExceedTroops) return null;
  return (
    `The sectors' troops add up to ${formatInterval(rounding.rowsTroops, 'count')} against ${formatInterval(rounding.troops, 'count')} line troops: ` +
    'each sector is rounded up to whole soldiers on its own, the line troops once, from the unrounded sum.'
  );
}
