/**
 * How a figure moves from one scenario (A, the base) to another (B): B - A
 * and that change as a share of A, bound by bound. Compare shows it in the
 * CLI and the UI alike, so both take it from here.
 *
 * Bound by bound, not interval subtraction: two scenarios that share an
 * uncertain factor (brigade size 3,000..5,000) differ by what they do not
 * share, and B.min - A.max .. B.max - A.min would bury that under the shared
 * range (1,000..2,000 brigades minus 1..2 would read "-1..+1" where B needs
 * one more brigade at either bound).
 */
import type { Interval } from './interval.js';

/** One bound's move: B - A, and the change as a share of A (null where A is 0, so no share can be taken). */
export interface BoundDifference {
  readonly change: number;
  readonly share: number | null;
}

/** A figure's move from A to B at its low bound and at its high bound. */
export interface Difference {
  readonly low: BoundDifference;
  readonly high: BoundDifference;
}

function boundDifference(a: number, b: number): BoundDifference {
  return { change: b - a, share: a === 0 ? null : (b - a) / a };
}

/** B - A and its share of A at each bound: from {3,600} to {4,500}, a change of 900 and a share of 0.25 at both. */
export function figureDifference(a: Interval, b: Interval): Difference {
  return { low: boundDifference(a.min, b.min), high: boundDifference(a.max, b.max) };
}

/** The difference between two optional values; null unless both are there (a coalition figure where one scenario has none). */
export function optionalDifference(a: Interval | null, b: Interval | null): Difference | null {
  return a === null || b === null ? null : figureDifference(a, b);
}
