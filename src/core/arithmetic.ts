/**
 * The arithmetic the model is written in, once, for every kind of value it
 * runs on: intervals (`estimate`: each result the range of every value the
 * inputs allow) and columns of samples (`simulate`: each result a value per
 * sample). As mathjs defines `add` once for numbers, BigNumbers and units,
 * model.ts writes each formula once over `Arithmetic<V>`, and
 * interval-arithmetic.ts and simulation/column-arithmetic.ts say what each
 * operation means for their values.
 *
 * Every quantity of the model is non-negative, and divisors are positive
 * (lengths and densities have positive lower bounds), which is what lets the
 * interval instance take the bounds that make each result smallest and
 * largest without the general rules of interval arithmetic.
 *
 * A capability needed per brigade is `roundUp(multiply(brigades, need))`,
 * per length `roundUp(multiply(divide(coverageKm, constant(per)), need))`;
 * what is still missing is `shortfall(need, pledged)`. Time adds three
 * operations on days: the earlier of two days, the days elapsed from one day
 * to another, and a pledge present on a day (its value where the day lies in
 * its span, else 0), whose interval instance counts the sure and the possible
 * contingents (docs/model.md, "Time").
 */

/** The sums over sectors a line needs, from each sector's length (the weight) and density (the value). */
export interface WeightedSum<V> {
  /** The sum of the weights: the line's length. */
  readonly weights: V;
  /** The sum of weight x value: the line's unrounded troops. */
  readonly products: V;
  /** products / weights: the length-weighted mean density of the line. */
  readonly mean: V;
}

/** The operations the model's formulas are written in. */
export interface Arithmetic<V> {
  add(a: V, b: V): V;
  multiply(a: V, b: V): V;
  /** `a / b`; `b` is positive. */
  divide(a: V, b: V): V;
  /** The same number in every place: the length a capability's need is counted per, a day such as the horizon. */
  constant(value: number): V;
  /** Rounded up to a whole number, within roundUp's tolerance of float noise. */
  roundUp(a: V): V;
  /** `max(0, need - have)`: what is missing. */
  shortfall(need: V, have: V): V;
  /** The sum of any number of values; the empty sum is 0. */
  sum(values: readonly V[]): V;
  /**
   * The sums of `weights[i]` and of `weights[i] x values[i]`, and their ratio,
   * the weighted mean. Weights are positive and there is at least one. The
   * mean is exact, not the ratio of the two sums' bounds: over intervals, its
   * bounds are the least and the greatest mean any weights and values within
   * their ranges give (weighted-mean-bounds.ts).
   */
  weightedSum(weights: readonly V[], values: readonly V[]): WeightedSum<V>;
  /** The smaller of two values: the day a pledge ends within the horizon, `earlier(leaves, horizon)`. */
  earlier(a: V, b: V): V;
  /** `max(0, to - from)`: the days from one day to another, 0 when `to` is not after `from`. */
  elapsed(from: V, to: V): V;
  /**
   * `value` where `from <= day < to` (a pledge on the ground on `day`, having
   * arrived on `from` and leaving on `to`), else 0. Over intervals, the low
   * bound counts the value only where it is surely there (from.max <= day.min
   * and day.max < to.min), the high bound wherever it may be (from.min <=
   * day.max and day.min < to.max).
   */
  present(value: V, day: V, from: V, to: V): V;
}
