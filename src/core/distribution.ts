import type { Interval } from './interval.js';

/**
 * How an uncertain input is spread between its bounds, for Monte Carlo
 * (`forcecalc simulate`). A plain range `a..b` is uniform; a single value is
 * certain. `estimate` only uses the support (the interval of possible values).
 */
export type Distribution =
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number }
  | { readonly kind: 'triangular'; readonly low: number; readonly mode: number; readonly high: number }
  | { readonly kind: 'pert'; readonly low: number; readonly mode: number; readonly high: number }
  /** Truncated to its support: mean +/- 3 sd, never below zero. */
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number };

export type DistributionKind = Distribution['kind'];

/**
 * An input value: its interval (what `estimate` uses) and, where the scenario
 * gave one, the distribution over that interval. `min`/`max` always equal the
 * distribution's support.
 */
export interface Uncertain extends Interval {
  readonly distribution?: Distribution;
}

/** How many standard deviations either side of the mean a normal input reaches. */
export const NORMAL_SUPPORT_SDS = 3;

/** The interval of values a distribution can take (a normal's: mean +/- 3 sd, not below zero). */
export function supportOf(distribution: Distribution): Interval {
  switch (distribution.kind) {
    case 'uniform':
    case 'triangular':
    case 'pert':
      return { min: distribution.low, max: distribution.high };
    case 'normal':
      return {
        min: Math.max(0, distribution.mean - NORMAL_SUPPORT_SDS * distribution.sd),
        max: distribution.mean + NORMAL_SUPPORT_SDS * distribution.sd,
      };
  }
}

/**
 * A distribution stretched by a positive `factor`: uniform, triangular and
 * PERT scale their parameters, a normal its mean and sd. A drawn line's
 * planning length is its measured km times a tortuosity; scaling the
 * tortuosity's distribution keeps its shape, where multiplying its interval
 * alone would leave a plain (uniform) range.
 */
export function scaleDistribution(distribution: Distribution, factor: number): Distribution {
  switch (distribution.kind) {
    case 'uniform':
      return { kind: 'uniform', low: distribution.low * factor, high: distribution.high * factor };
    case 'triangular':
    case 'pert':
      return { kind: distribution.kind, low: distribution.low * factor, mode: distribution.mode * factor, high: distribution.high * factor };
    case 'normal':
      return { kind: 'normal', mean: distribution.mean * factor, sd: distribution.sd * factor };
  }
}

/**
 * An uncertain value times a positive `factor`, its distribution (if any)
 * scaled with it so that `min`/`max` stay the distribution's support.
 */
export function scaleUncertain(value: Uncertain, factor: number): Uncertain {
  return value.distribution === undefined
    ? { min: value.min * factor, max: value.max * factor }
    : uncertain(scaleDistribution(value.distribution, factor));
}

/**
 * An uncertain value moved by `delta` (a planner's step of a factor), its
 * distribution (if any) moved with it: the bounds and mode of a range,
 * triangular or PERT, the mean of a normal, so that the shape is kept where
 * moving the interval alone would leave a plain (uniform) range. `round`
 * tidies each moved parameter (float noise of repeated steps).
 */
export function shiftUncertain(value: Uncertain, delta: number, round: (value: number) => number = (moved) => moved): Uncertain {
  const move = (parameter: number) => round(parameter + delta);
  const distribution = value.distribution;
  if (distribution === undefined) return { min: move(value.min), max: move(value.max) };
  switch (distribution.kind) {
    case 'uniform':
      return uncertain({ kind: 'uniform', low: move(distribution.low), high: move(distribution.high) });
    case 'triangular':
    case 'pert':
      return uncertain({ kind: distribution.kind, low: move(distribution.low), mode: move(distribution.mode), high: move(distribution.high) });
    case 'normal':
      return uncertain({ kind: 'normal', mean: move(distribution.mean), sd: distribution.sd });
  }
}

/**
 * True when two values mean the same input: the same interval and the same
 * distribution over it (a plain range is uniform(min, max)).
 */
export function sameUncertain(a: Uncertain, b: Uncertain): boolean {
  if (a.min !== b.min || a.max !== b.max) return false;
  const first = distributionOf(a);
  const second: Readonly<Record<string, unknown>> = distributionOf(b);
  return Object.entries(first).every(([key, value]) => second[key] === value) && Object.keys(first).length === Object.keys(second).length;
}

/** An uncertain value from a distribution, its interval being the support. */
export function uncertain(distribution: Distribution): Uncertain {
  return { ...supportOf(distribution), distribution };
}

/** The distribution a value is sampled from: its own, or uniform over its interval. */
export function distributionOf(value: Interval & { readonly distribution?: Distribution }): Distribution {
  return value.distribution ?? { kind: 'uniform', low: value.min, high: value.max };
}

/**
 * The central value of an input, where the others are held in a sensitivity
 * analysis: the mode of a triangular or PERT input, the mean of a normal one
 * (truncation at zero aside), the midpoint of a range.
 */
export function centralValue(value: Uncertain): number {
  const distribution = distributionOf(value);
  switch (distribution.kind) {
    case 'uniform':
      return (distribution.low + distribution.high) / 2;
    case 'triangular':
    case 'pert':
      return distribution.mode;
    case 'normal':
      return Math.min(value.max, Math.max(value.min, distribution.mean));
  }
}
