/**
 * The model's arithmetic over intervals, as `estimate` runs it: each result
 * is the range of values the inputs allow, `min` taken where the inputs make
 * it smallest and `max` where they make it largest. The inputs of an
 * operation are independent of one another in the model (a brigade size is
 * never divided by itself), so each bound of the result takes the bounds of
 * the operands that make it extreme, and the line density's bounds are exact
 * (weighted-mean-bounds.ts).
 */
import type { Arithmetic, WeightedSum } from './arithmetic.js';
import { add, divide, earlier, mapMonotone, multiply, point, present, shortfall, sum, type Interval } from './interval.js';
import { roundUp } from './round-up.js';
import { weightedMeanBounds } from './weighted-mean-bounds.js';

/** The products of weights and values bound by bound, summed in the given order as a sample sums them. */
function sumOfProducts(weights: readonly Interval[], values: readonly Interval[]): Interval {
  return sum(weights.map((weight, index) => multiply(weight, values[index] ?? { min: Number.NaN, max: Number.NaN })));
}

/** The model's arithmetic over intervals. */
export const intervalArithmetic: Arithmetic<Interval> = {
  add,
  multiply,
  divide,
  constant: point,
  roundUp: (value) => mapMonotone(value, roundUp),
  shortfall,
  sum,
  weightedSum(weights, values): WeightedSum<Interval> {
    // The bounds first: they check that there are as many values as weights.
    const mean = weightedMeanBounds(weights, values);
    return { weights: sum(weights), products: sumOfProducts(weights, values), mean };
  },
  earlier,
  // max(0, to - from) bound by bound: the least days take the latest `from` and the earliest `to`.
  elapsed: (from, to) => shortfall(to, from),
  present,
};
