/**
 * The exact range of a weighted mean, sum(w_i x v_i) / sum(w_i), when every
 * weight w_i and every value v_i may lie anywhere in its own interval: the
 * line density, where each sector's length is the weight and its density the
 * value.
 *
 * Dividing the range of the sum of products by the range of the sum of
 * weights would give an outer bound (the smallest numerator over the largest
 * denominator mixes two different lines). The exact maximum is found so:
 *
 * - Raising any value raises the mean (its weight is positive), so at the
 *   maximum every value is at its high end, q_i.
 * - With the values fixed, the mean is a linear-fractional function of the
 *   weights, monotone in each weight separately: d(mean)/d(w_i) has the sign
 *   of q_i - mean. So at the maximum M, every sector denser than M has its
 *   longest weight and every sector less dense its shortest (a sector exactly
 *   at M may take either).
 * - Sorted by q_i, densest first, the sectors at their longest therefore form
 *   a prefix: the maximum is the best of the n + 1 thresholds k (the k
 *   densest long, the others short). Each threshold's sums follow from the
 *   previous one's by moving one sector, so all of them take O(n) after an
 *   O(n log n) sort: a file of 23,500 sectors costs a sort.
 *
 * The minimum mirrors it: every value at its low end, the least dense sectors
 * longest. It is computed as the maximum of the negated values, since the
 * mean of -v is -mean(v) exactly in floating point too (rounding to nearest is
 * symmetric).
 *
 * The bound returned is the mean of the best vertex summed in the sectors'
 * own order, as a sample of that very vertex computes it. Rounding in the
 * running sums could pick a neighbour of the best threshold where two are
 * within a rounding of each other; both neighbours are evaluated too.
 *
 * Where the weights are certain, the mean at the vertex is a bound in
 * floating point as well (the sum of products only grows with each value,
 * and rounding is monotone). Where they vary, a mean computed at a point
 * within a rounding of the best vertex can come out a unit in the last place
 * beyond it, so the bounds are rounded outward by the most summing n terms
 * can move a mean of positive terms, (2n + 1) units of the last place each
 * way: a relative 5e-16 for two sectors, 1e-11 for 23,500, far below any
 * printed digit, and no computed mean of the box lies outside.
 */
import type { Interval } from './interval.js';

/** The mean of `values` weighted by each sector's high (`long`) or low weight, summed in the given order. */
function meanAt(weights: readonly Interval[], values: readonly number[], long: (index: number) => boolean): number {
  let products = 0;
  let total = 0;
  for (let index = 0; index < values.length; index += 1) {
    const weight = long(index) ? weights[index]!.max : weights[index]!.min;
    products += weight * values[index]!;
    total += weight;
  }
  return products / total;
}

/** The greatest weighted mean of fixed `values` over weights within `weights`. */
function greatestMean(weights: readonly Interval[], values: readonly number[]): number {
  const order = values.map((_, index) => index).sort((a, b) => values[b]! - values[a]!);
  // rank[i]: the position of sector i in `order`; the k densest are those of rank < k.
  const rank = new Int32Array(values.length);
  order.forEach((sector, position) => (rank[sector] = position));
  let products = 0;
  let total = 0;
  for (let index = 0; index < values.length; index += 1) {
    products += weights[index]!.min * values[index]!;
    total += weights[index]!.min;
  }
  let best = 0;
  let bestMean = products / total;
  order.forEach((sector, position) => {
    const extra = weights[sector]!.max - weights[sector]!.min;
    products += extra * values[sector]!;
    total += extra;
    const mean = products / total;
    if (mean > bestMean) {
      bestMean = mean;
      best = position + 1;
    }
  });
  const candidates = [best - 1, best, best + 1].filter((threshold) => threshold >= 0 && threshold <= values.length);
  return Math.max(...candidates.map((threshold) => meanAt(weights, values, (index) => rank[index]! < threshold)));
}

/**
 * The least and the greatest of sum(w_i x v_i) / sum(w_i) over every w_i in
 * `weights[i]` and v_i in `values[i]`. Weights must be positive and there
 * must be at least one; throws a RangeError otherwise (a programmer error:
 * the loader refuses such scenarios).
 */
export function weightedMeanBounds(weights: readonly Interval[], values: readonly Interval[]): Interval {
  if (weights.length === 0 || weights.length !== values.length) {
    throw new RangeError(`a weighted mean needs as many weights as values, at least one; got ${weights.length} and ${values.length}`);
  }
  if (!weights.every((weight) => weight.min > 0)) throw new RangeError('a weighted mean needs positive weights');
  const min = -greatestMean(weights, values.map((value) => -value.min));
  const max = greatestMean(weights, values.map((value) => value.max));
  if (weights.every((weight) => weight.min === weight.max)) return { min, max };
  const margin = (2 * weights.length + 1) * Number.EPSILON;
  return { min: min * (1 - margin), max: max * (1 + margin) };
}
