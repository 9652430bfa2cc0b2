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
 * what is still missing is `shortfall(need, pledged)`. What later figures
 * need fits the same shape: a pledge present on a day needs one more
 * operation (a value where a day lies in a span, else 0), whose interval
 * instance counts the sure and the possible contingents.
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
  /** The same number in every place: the length a capability's need is counted per. */
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
}
