import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { countAccumulator, MAX_TALLIED_VALUES, percentileRank, selectRanks, valueAccumulator, type FigureStatistics } from '../../../src/core/simulation/index.js';

/** Summarises `values` with the accumulator, fed in chunks of `chunk`. */
function summarise(make: (samples: number) => ReturnType<typeof valueAccumulator>, values: readonly number[], chunk = 3): FigureStatistics {
  const accumulator = make(values.length);
  for (let start = 0; start < values.length; start += chunk) {
    const part = Float64Array.from(values.slice(start, start + chunk));
    accumulator.add(part, part.length);
  }
  return accumulator.summary();
}

/** Nearest rank by the book: sort, take the value at rank ceil(p/100 n), counting from 1. */
function byTheBook(values: readonly number[], percent: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((percent / 100) * sorted.length) - 1] ?? Number.NaN;
}

describe('percentiles by nearest rank', () => {
  test.each<[number, number, number]>([
    // [percent, samples, rank]
    [5, 100, 5],
    [50, 100, 50],
    [95, 100, 95],
    [5, 10, 1],
    [50, 10, 5],
    [95, 10, 10],
    [5, 1, 1],
    [95, 1, 1],
    [50, 10_001, 5_001],
  ])('the %dth percentile of %d samples is the one at rank %d', (percent, samples, rank) => {
    expect(percentileRank(percent, samples)).toBe(rank);
  });

  test('1..100 in any order: p5 5, p50 50, p95 95', () => {
    const values = Array.from({ length: 100 }, (_, index) => ((index * 37) % 100) + 1);
    for (const make of [valueAccumulator, (samples: number) => countAccumulator(1, 100, samples)]) {
      expect(summarise(make, values)).toMatchObject({ p5: 5, p50: 50, p95: 95, min: 1, max: 100, mean: 50.5 });
    }
  });
});

describe('counts and real values summarise alike', () => {
  const wholes = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 300 });

  it('a tally of whole counts gives what sorting gives, narrow or wide alike', () => {
    fc.assert(
      fc.property(wholes, (values) => {
        const expected = { p5: byTheBook(values, 5), p50: byTheBook(values, 50), p95: byTheBook(values, 95), min: Math.min(...values), max: Math.max(...values) };
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        // 0..60 is tallied value by value; 0..10^9 spans too many values for that and is kept sample by sample.
        const narrow = summarise((samples) => countAccumulator(0, 60, samples), values);
        expect(narrow).toMatchObject(expected);
        expect(narrow.mean).toBeCloseTo(mean, 9);
        expect(narrow.distribution?.map((frequency) => frequency.value)).toEqual([...new Set(values)].sort((a, b) => a - b));
        expect(narrow.distribution?.reduce((total, frequency) => total + frequency.probability, 0)).toBeCloseTo(1, 12);
        const wide = summarise((samples) => countAccumulator(0, 1e9, samples), values);
        expect(wide).toMatchObject({ ...expected, distribution: null });
        expect(wide.mean).toBeCloseTo(mean, 9);
        expect(summarise(valueAccumulator, values)).toMatchObject({ ...expected, distribution: null });
      }),
    );
  });

  test.each<[number, number, boolean]>([
    // [low, high, has a distribution]
    [0, MAX_TALLIED_VALUES - 1, true],
    [1, MAX_TALLIED_VALUES, true],
    [0, MAX_TALLIED_VALUES, false],
    [3_000, 3_000 + MAX_TALLIED_VALUES, false],
  ])('a count over %i..%i has a distribution: %s', (low, high, tallied) => {
    const summary = summarise((samples) => countAccumulator(low, high, samples), [low, high, high]);
    expect(summary.distribution === null).toBe(!tallied);
    expect(summary).toMatchObject({ min: low, max: high, p50: high });
  });

  it('selecting ranks gives the values sorting gives, for any values and ranks', () => {
    // -0 is 0 to every comparison (and never a figure); toEqual alone tells them apart.
    const number = fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((value) => (value === 0 ? 0 : value));
    const values = fc.array(fc.oneof(number, fc.constantFrom(0, 1, 2)), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(values, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (list, picks) => {
        const ranks = picks.map((pick) => (pick % list.length) + 1);
        const sorted = [...list].sort((a, b) => a - b);
        expect(selectRanks(Float64Array.from(list), ranks)).toEqual(ranks.map((rank) => sorted[rank - 1]));
      }),
    );
  });

  test('each count carries the share of samples at most it, the last exactly 1', () => {
    // 10 samples: 1 x3, 2 x5, 4 x2 (3 never comes up): at most 1 is 3/10, at most 2 is 8/10, at most 4 all.
    const { distribution } = summarise((samples) => countAccumulator(1, 4, samples), [1, 2, 2, 1, 4, 2, 2, 1, 4, 2]);
    expect(distribution).toEqual([
      { value: 1, count: 3, probability: 0.3, atMost: 0.3 },
      { value: 2, count: 5, probability: 0.5, atMost: 0.8 },
      { value: 4, count: 2, probability: 0.2, atMost: 1 },
    ]);
  });

  test('ten values once each end at exactly 1 (ten summed shares of 0.1 would not)', () => {
    const values = Array.from({ length: 10 }, (_, index) => index);
    expect(summarise((samples) => countAccumulator(0, 9, samples), values).distribution?.at(-1)?.atMost).toBe(1);
  });

  test('a count outside the interval it was promised is a programmer error', () => {
    const accumulator = countAccumulator(1, 3, 1);
    expect(() => accumulator.add(Float64Array.of(4), 1)).toThrow(RangeError);
    expect(() => countAccumulator(1, 3, 1).add(Float64Array.of(1.5), 1)).toThrow(RangeError);
    expect(() => countAccumulator(0, 1e9, 1).add(Float64Array.of(2e9), 1)).toThrow(RangeError);
    expect(() => countAccumulator(0, 1e9, 1).add(Float64Array.of(0.5), 1)).toThrow(RangeError);
  });
});
