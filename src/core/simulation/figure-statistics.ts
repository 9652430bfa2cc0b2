/**
 * What a figure's samples say: mean, percentiles, extremes and, for whole
 * counts, how often each value came up. Percentiles are by nearest rank: the
 * p-th percentile is the smallest sample value that at least p% of samples
 * do not exceed (sorted ascending, the sample at rank ceil(p/100 x n),
 * counting from 1), so it is always a value some sample took (a whole number
 * of brigades, never 2.5).
 */

/** One whole value of a count figure, how many samples took it, and their share. */
export interface ValueFrequency {
  readonly value: number;
  readonly count: number;
  /** count / samples */
  readonly probability: number;
  /** The share of samples at most this value (the running count / samples): the confidence that this many suffice. */
  readonly atMost: number;
}

/** The summary of one figure over all samples. */
export interface FigureStatistics {
  readonly mean: number;
  /** 5th percentile (nearest rank): 95% of samples are at least this. */
  readonly p5: number;
  /** Median (nearest rank). */
  readonly p50: number;
  /** 95th percentile (nearest rank): 95% of samples are at most this. */
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  /**
   * For whole counts, each value taken, ascending; null for km and per-km
   * figures, and for counts whose interval spans more than
   * MAX_TALLIED_VALUES values (troops over a wide range: a share for each of
   * a million troop counts says nothing the percentiles do not, and would
   * take gigabytes).
   */
  readonly distribution: readonly ValueFrequency[] | null;
}

import type { FigureKind } from '../figures.js';
import { selectRanks } from './select-ranks.js';

/** The percentiles reported, in percent. */
export const PERCENTILES = [5, 50, 95] as const;

/** The 1-based rank of the p-th percentile among `samples` sorted values (nearest rank). */
export function percentileRank(percent: number, samples: number): number {
  return Math.max(1, Math.ceil((percent * samples) / 100));
}

/** Collects one figure's samples a chunk at a time, then summarises them. */
export interface FigureAccumulator {
  add(column: Float64Array, count: number): void;
  summary(): FigureStatistics;
}

// The mean of values between min and max lies between them; a rounding in the sum must not push it out.
const within = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** The widest interval of a count whose every value gets its share (`distribution`). */
export const MAX_TALLIED_VALUES = 10_000;

/** Whether a count known to lie in [low, high] is tallied value by value (else kept sample by sample). */
export function isTallied(low: number, high: number): boolean {
  return Number.isInteger(low) && Number.isInteger(high) && high - low + 1 <= MAX_TALLIED_VALUES;
}

/** The bytes a figure's accumulator holds: 4 a value for a tallied count, else 8 a sample (memory-budget.ts). */
export function accumulatorBytes(kind: FigureKind, low: number, high: number): { readonly perSample: number; readonly fixed: number } {
  if (kind === 'count' && isTallied(low, high)) return { perSample: 0, fixed: (high - low + 1) * Uint32Array.BYTES_PER_ELEMENT };
  return { perSample: Float64Array.BYTES_PER_ELEMENT, fixed: 0 };
}

/** Throws unless `value` is a whole number in [low, high]. */
function checkWhole(value: number, low: number, high: number): void {
  // Every sample lies in the estimate interval (tests/core/simulation): a value outside is a bug, not bad input.
  if (!(value >= low && value <= high) || value !== Math.floor(value)) {
    throw new RangeError(`a sample of ${value} lies outside its figure's interval ${low}..${high} or is not whole`);
  }
}

/**
 * Whole counts known to lie in [low, high] (the figure's estimate interval).
 * When the interval spans at most MAX_TALLIED_VALUES values, each value is
 * tallied in an array indexed by value - low, and the summary has the share
 * of each; a wider count is kept sample by sample like a real value (8 bytes
 * a sample, whatever the values) and has no distribution.
 */
export function countAccumulator(low: number, high: number, samples: number): FigureAccumulator {
  const width = high - low + 1;
  if (!isTallied(low, high)) {
    const values = valueAccumulator(samples);
    return {
      add(column, count) {
        for (let s = 0; s < count; s += 1) checkWhole(column[s]!, low, high);
        values.add(column, count);
      },
      summary: () => values.summary(),
    };
  }
  const tallies = new Uint32Array(width);
  let added = 0;
  return {
    add(column, count) {
      // One pass: the check and the tally (this loop runs for every sample of every count figure).
      for (let s = 0; s < count; s += 1) {
        const value = column[s]!;
        checkWhole(value, low, high);
        tallies[value - low]! += 1;
      }
      added += count;
    },
    summary() {
      if (added !== samples) throw new RangeError(`expected ${samples} samples, got ${added}`);
      const distribution: ValueFrequency[] = [];
      let countSoFar = 0;
      // From the running count, not summed shares: the last value is at most exactly 1, never 0.9999999999999999.
      const tally = (value: number, count: number): void => {
        countSoFar += count;
        distribution.push({ value, count, probability: count / samples, atMost: countSoFar / samples });
      };
      for (let offset = 0; offset < tallies.length; offset += 1) {
        const count = tallies[offset]!;
        if (count > 0) tally(low + offset, count);
      }
      // Walk the values once, ascending, taking each percentile where the running count first reaches its rank.
      const ranks = PERCENTILES.map((percent) => percentileRank(percent, samples));
      const percentiles: number[] = [];
      let total = 0;
      let seen = 0;
      for (const { value, count } of distribution) {
        total += value * count;
        seen += count;
        while (percentiles.length < ranks.length && seen >= ranks[percentiles.length]!) percentiles.push(value);
      }
      const min = distribution[0]?.value ?? Number.NaN;
      const max = distribution.at(-1)?.value ?? Number.NaN;
      const [p5 = Number.NaN, p50 = Number.NaN, p95 = Number.NaN] = percentiles;
      return { mean: within(total / samples, min, max), p5, p50, p95, min, max, distribution };
    },
  };
}

/** Real-valued figures (km, per km): every sample kept; the percentiles selected at the end, not sorted. */
export function valueAccumulator(samples: number): FigureAccumulator {
  const values = new Float64Array(samples);
  let added = 0;
  return {
    add(column, count) {
      values.set(column.subarray(0, count), added);
      added += count;
    },
    summary() {
      if (added !== samples) throw new RangeError(`expected ${samples} samples, got ${added}`);
      let total = 0;
      let min = Infinity;
      let max = -Infinity;
      for (let s = 0; s < samples; s += 1) {
        const value = values[s]!;
        total += value;
        if (value < min) min = value;
        if (value > max) max = value;
      }
      const [p5 = Number.NaN, p50 = Number.NaN, p95 = Number.NaN] = selectRanks(
        values,
        PERCENTILES.map((percent) => percentileRank(percent, samples)),
      );
      return { mean: within(total / samples, min, max), p5, p50, p95, min, max, distribution: null };
    },
  };
}
