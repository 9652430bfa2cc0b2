/**
 * How much longer the line can get before it needs one more brigade: the
 * estimate's `nextBrigadeKm`, one number for each bound of `brigades`.
 *
 * At the low bound, `brigades.min = ceil(troops.min / brigadeSize.max)`, and
 * `troops.min = ceil(exact.min)`, where `exact.min` is the unrounded sum of
 * sector length x density at the low end of every input, the scenario density
 * at `density.min` among them. A km added to a sector at the scenario density
 * adds `density.min` soldiers to `exact.min`. The brigades hold
 * `brigades.min x brigadeSize.max` soldiers, a whole number (brigade sizes are
 * whole), and `ceil(x) <= n` for a whole `n` exactly when `x <= n`, so the
 * low bound keeps its brigades while
 *
 *     exact.min + km x density.min <= brigades.min x brigadeSize.max
 *
 * that is, for every growth up to `(brigades.min x brigadeSize.max -
 * exact.min) / density.min` km, and needs one more brigade past it. The high
 * bound is the same with `brigadeSize.min`, `exact.max` and `density.max`.
 *
 * The unrounded troops are used, not the whole `troops`: 750 mi at 3 /km is
 * 3,621.024 soldiers, rounded up to 3,622; the line can grow 459.66 km (not
 * 459.33) before a 5,000-soldier brigade is full, because the 0.976 of a
 * soldier the round-up added is room too. The whole-troops form is a lower
 * bound, exact when the unrounded sum is whole. When the troops fill the
 * brigades exactly the room is 0 km: any growth needs one more brigade.
 */
import type { Interval } from './interval.js';

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

/** The km of one bound: the soldiers its brigades still hold, spread at its density (never below 0). */
function roomKm(brigades: number, brigadeSize: number, exactTroops: number, density: number): number {
  return Math.max(0, (brigades * brigadeSize - exactTroops) / density);
}

/**
 * The km of line, added at the scenario density, that each bound of
 * `brigades` can take before it needs one more brigade (see the module
 * comment for the derivation).
 *
 * @param exactTroops the unrounded sum of sector length x density (before the round-up to `troops`)
 * @param brigades the estimate's brigades, `ceil(troops / brigadeSize)`
 * @param brigadeSize soldiers per brigade; the low bound fills brigades of `max`, the high bound of `min`
 * @param density the scenario density; the low bound adds `min` soldiers per km, the high bound `max`
 */
export function nextBrigadeKm(exactTroops: Interval, brigades: Interval, brigadeSize: Interval, density: Interval): PerBound {
  return {
    min: roomKm(brigades.min, brigadeSize.max, exactTroops.min, density.min),
    max: roomKm(brigades.max, brigadeSize.min, exactTroops.max, density.max),
  };
}
