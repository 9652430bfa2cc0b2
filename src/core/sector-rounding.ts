/**
 * Why the sectors' rows can add up to more than the line troops. Each
 * sector's troops are rounded up to whole soldiers on their own, but the
 * line troops round the unrounded sum up once (the model), so the rows may
 * add up to a soldier or more per sector over it: northern-border's rows
 * give 3,253 + 5,923 = 9,176 against 9,175 line troops. The printers and
 * the UI say so under the sectors wherever it happens, from these numbers.
 */
import type { Estimate } from './estimate.js';
import { sum, type Interval } from './interval.js';

/** The sectors' rounded troops added up, beside the line troops. */
export interface SectorRounding {
  /** The sum of the sectors' troops, each rounded up on its own: what a reader adding up the rows gets. */
  readonly rowsTroops: Interval;
  /** The line troops (`troops`): the unrounded sum, rounded up once. */
  readonly troops: Interval;
  /** True when the rows add up to more than the line troops at either bound. */
  readonly rowsExceedTroops: boolean;
}

/** The sectors' rows added up against the line troops of `result`. */
export function sectorRounding(result: Estimate): SectorRounding {
  const rowsTroops = sum(result.sectors.map((sector) => sector.troops));
  const troops = result.figures.troops;
  return { rowsTroops, troops, rowsExceedTroops: rowsTroops.min > troops.min || rowsTroops.max > troops.max };
}
