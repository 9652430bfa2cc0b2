/**
 * How much longer the line can get before it needs one more brigade: the
 * estimate's `nextBrigadeKm`, one number for each bound of `brigades`.
 *
 * At the low bound, `brigades.min = ceil(troops.min / brigadeSize.max)`, and
 * `troops.min = ceil(exact.min)`, where `exact.min` is the unrounded sum of
 * sector length x density with every length and density at its low end: a
 * line of `coverage.min` km holding `exact.min` soldiers, so at the density
 * `rho = exact.min / coverage.min`, its length-weighted mean. The line grows
 * at that density: a km more of this line, with its mix of quiet and dense
 * sectors, as if every sector grew in proportion. (The scenario density would
 * be the wrong rate: where sectors set their own, it may be a density no km
 * of the line is held at.) `rho` is the line density of that very line: it
 * lies within the estimate's `lineDensity`, and is its low end when the
 * lengths are certain.
 *
 * Each km adds `rho` soldiers to `exact.min`. The brigades hold
 * `brigades.min x brigadeSize.max` soldiers, a whole number (brigade sizes are
 * whole), and `ceil(x) <= n` for a whole `n` exactly when `x <= n`, so the low
 * bound keeps its brigades while
 *
 *     exact.min + km x rho <= brigades.min x brigadeSize.max
 *
 * that is, for every growth up to `(brigades.min x brigadeSize.max -
 * exact.min) / rho` km, and needs one more brigade past it. Put another way:
 * the line can be as long as its brigades cover at its density,
 * `brigades.min x brigadeSize.max / rho` km. The high bound is the same with
 * `brigadeSize.min`, `exact.max` and `coverage.max`.
 *
 * The unrounded troops are used, not the whole `troops`: 750 mi at 3 /km is
 * 3,621.024 soldiers, rounded up to 3,622; the line can grow 459.66 km (not
 * 459.33) before a 5,000-soldier brigade is full, because the 0.976 of a
 * soldier the round-up added is room too. The whole-troops form is a lower
 * bound, exact when the unrounded sum is whole. When the troops fill the
 * brigades exactly the room is 0 km: any growth needs one more brigade.
 */
import type { Interval } from './interval.js';
import type { LineSums } from './model.js';

/**
 * One number for each bound of an interval figure, not an interval: `min`
 * belongs to the low bound and `max` to the high bound, and `min` may exceed
 * `max` (the low bound's brigades may have more room left than the high
 * bound's).
 */
export interface PerBound {
  /** At the low bound of the figure it belongs to. */
  readonly min: number;
  /** At the high bound of the figure it belongs to. */
  readonly max: number;
}

/** For each bound of brigades: the km the line can grow by, and the density it grows at. */
export interface NextBrigade {
  /** The km of line, added at `lineDensity`, before that bound needs one more brigade (never below 0). */
  readonly km: PerBound;
  /** The line's density at that bound: its unrounded troops over its length there. */
  readonly lineDensity: PerBound;
}

function bound(brigades: number, brigadeSize: number, exactTroops: number, coverageKm: number): { km: number; lineDensity: number } {
  const lineDensity = exactTroops / coverageKm;
  return { km: Math.max(0, (brigades * brigadeSize - exactTroops) / lineDensity), lineDensity };
}

/**
 * The km of line, added at the line's own density, that each bound of
 * `brigades` can take before it needs one more brigade (see the module
 * comment for the derivation).
 *
 * @param sums the line's length and unrounded troops (before the round-up to `troops`)
 * @param brigades the estimate's brigades, `ceil(troops / brigadeSize)`
 * @param brigadeSize soldiers per brigade; the low bound fills brigades of `max`, the high bound of `min`
 */
export function nextBrigade(sums: LineSums<Interval>, brigades: Interval, brigadeSize: Interval): NextBrigade {
  const low = bound(brigades.min, brigadeSize.max, sums.exactTroops.min, sums.coverageKm.min);
  const high = bound(brigades.max, brigadeSize.min, sums.exactTroops.max, sums.coverageKm.max);
  return { km: { min: low.km, max: high.km }, lineDensity: { min: low.lineDensity, max: high.lineDensity } };
}
