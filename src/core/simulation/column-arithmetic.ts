/**
 * The model's arithmetic over columns of samples, as `simulate` runs it: a
 * value is a Float64Array holding one number per sample of the current
 * chunk, and each operation is one tight loop over the chunk's samples.
 *
 * Results are written into columns the arithmetic keeps and hands out again
 * for every chunk (`begin` starts a chunk): the model runs the same
 * operations in the same order for every chunk, so a simulation allocates its
 * columns in the first chunk and none after, however many samples it takes.
 * A result is valid until the next `begin`.
 *
 * Each sample's arithmetic is the interval arithmetic's at a point, operation
 * for operation (sums start at 0 and add in the given order, as `sum` does),
 * so a sample whose inputs are single values gives exactly the figures
 * `estimate` gives for them.
 */
import type { Arithmetic, WeightedSum } from '../arithmetic.js';
import { roundUp } from '../round-up.js';

/** The arithmetic, and the start of each chunk. */
export interface ColumnArithmetic {
  readonly arithmetic: Arithmetic<Float64Array>;
  /** Starts a chunk of `count` samples (at most the size the arithmetic was made for); earlier results are reused. */
  begin(count: number): void;
  /** The columns allocated so far: after one chunk, how many the model's operations take (memory-budget.ts). */
  readonly columnCount: number;
}

/**
 * The model's arithmetic over chunks of at most `size` samples. Indices
 * below the chunk's count are within every column, hence the non-null
 * assertions: the loops stay free of checks that could never fail.
 */
export function columnArithmetic(size: number): ColumnArithmetic {
  const columns: Float64Array[] = [];
  let used = 0;
  let count = 0;
  const next = (): Float64Array => {
    let column = columns[used];
    if (column === undefined) {
      column = new Float64Array(size);
      columns.push(column);
    }
    used += 1;
    return column;
  };
  const zeros = (): Float64Array => {
    const column = next();
    column.fill(0, 0, count);
    return column;
  };

  const arithmetic: Arithmetic<Float64Array> = {
    add(a, b) {
      const out = next();
      for (let s = 0; s < count; s += 1) out[s] = a[s]! + b[s]!;
      return out;
    },
    multiply(a, b) {
      const out = next();
      for (let s = 0; s < count; s += 1) out[s] = a[s]! * b[s]!;
      return out;
    },
    divide(a, b) {
      const out = next();
      for (let s = 0; s < count; s += 1) out[s] = a[s]! / b[s]!;
      return out;
    },
    constant(value) {
      const out = next();
      out.fill(value, 0, count);
      return out;
    },
    roundUp(a) {
      const out = next();
      for (let s = 0; s < count; s += 1) out[s] = roundUp(a[s]!);
      return out;
    },
    shortfall(need, have) {
      const out = next();
      for (let s = 0; s < count; s += 1) out[s] = Math.max(0, need[s]! - have[s]!);
      return out;
    },
    sum(values) {
      const out = zeros();
      for (const value of values) for (let s = 0; s < count; s += 1) out[s]! += value[s]!;
      return out;
    },
    weightedSum(weights, values): WeightedSum<Float64Array> {
      const total = zeros();
      const products = zeros();
      weights.forEach((weight, index) => {
        const value = values[index];
        if (value === undefined) throw new RangeError(`a weighted sum needs as many values as weights, got ${values.length} for ${weights.length}`);
        // One pass per sector for both sums: the sectors are most of a large scenario's columns.
        for (let s = 0; s < count; s += 1) {
          products[s]! += weight[s]! * value[s]!;
          total[s]! += weight[s]!;
        }
      });
      const mean = next();
      for (let s = 0; s < count; s += 1) mean[s] = products[s]! / total[s]!;
      return { weights: total, products, mean };
    },
    earlier(a, b) {
      const out = next();
      for (let s = 0; s < count; s += 1) out[s] = Math.min(a[s]!, b[s]!);
      return out;
    },
    elapsed(from, to) {
      const out = next();
      for (let s = 0; s < count; s += 1) out[s] = Math.max(0, to[s]! - from[s]!);
      return out;
    },
    present(value, day, from, to) {
      const out = next();
      for (let s = 0; s < count; s += 1) {
        const at = day[s]!;
        out[s] = from[s]! <= at && at < to[s]! ? value[s]! : 0;
      }
      return out;
    },
  };

  return {
    arithmetic,
    get columnCount() {
      return columns.length;
    },
    begin(samples) {
      if (!(samples >= 0 && samples <= size)) throw new RangeError(`a chunk holds 0 to ${size} samples, got ${samples}`);
      count = samples;
      used = 0;
    },
  };
}
