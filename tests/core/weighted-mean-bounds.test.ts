// The exact range of a weighted mean over a box of weights and values: the line density.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { weightedMeanBounds, type Interval } from '../../src/core/index.js';

const at = (value: number): Interval => ({ min: value, max: value });
const range = (min: number, max: number): Interval => ({ min, max });

/** The mean at one vertex of the box, summed in order. */
function meanAt(weights: readonly number[], values: readonly number[]): number {
  let products = 0;
  let total = 0;
  weights.forEach((weight, index) => {
    products += weight * (values[index] ?? Number.NaN);
    total += weight;
  });
  return products / total;
}

/** Every vertex of the box (each weight and each value at either end), by brute force. */
function bruteForce(weights: readonly Interval[], values: readonly Interval[]): Interval {
  const n = weights.length;
  let min = Infinity;
  let max = -Infinity;
  for (let mask = 0; mask < 4 ** n; mask += 1) {
    const w = weights.map((weight, index) => ((mask >> (2 * index)) & 1 ? weight.max : weight.min));
    const v = values.map((value, index) => ((mask >> (2 * index + 1)) & 1 ? value.max : value.min));
    const mean = meanAt(w, v);
    min = Math.min(min, mean);
    max = Math.max(max, mean);
  }
  return { min, max };
}

const closeTo = (actual: number, expected: number): boolean => Math.abs(actual - expected) <= 1e-12 * Math.abs(expected);

const intervalArb = (low: number, high: number, scale: number): fc.Arbitrary<Interval> =>
  fc
    .tuple(fc.integer({ min: low, max: high }), fc.integer({ min: low, max: high }))
    .map(([a, b]) => range(Math.min(a, b) / scale, Math.max(a, b) / scale));
/** Small boxes of sectors: lengths 0.001..5,000 km, densities 0.001..200 /km. */
const boxArb = fc
  .array(fc.tuple(intervalArb(1, 5_000_000, 1_000), intervalArb(1, 200_000, 1_000)), { minLength: 1, maxLength: 5 })
  .map((sectors) => ({ weights: sectors.map(([weight]) => weight), values: sectors.map(([, value]) => value) }));

describe('weightedMeanBounds', () => {
  test.each<[string, Interval[], Interval[], Interval]>([
    // 600 km at 5 /km + 200 km at 40 /km: 11,000 troops over 800 km.
    ['the worked example', [at(600), at(200)], [at(5), at(40)], at(13.75)],
    ['one sector: its own density', [at(1_200)], [range(2, 4)], range(2, 4)],
    ['equal densities: that density, whatever the lengths', [range(100, 900), range(1, 5)], [at(3), at(3)], at(3)],
    // The densest sector long and the other short gives the most, and the other way round the least.
    ['lengths vary: 100..300 km at 10 and 100..300 km at 30', [range(100, 300), range(100, 300)], [at(10), at(30)], range((300 * 10 + 100 * 30) / 400, (100 * 10 + 300 * 30) / 400)],
  ])('%s', (_, weights, values, expected) => {
    const bounds = weightedMeanBounds(weights, values);
    expect(bounds.min).toBeCloseTo(expected.min, 12);
    expect(bounds.max).toBeCloseTo(expected.max, 12);
  });

  it('is exact where the ratio of the sums is not: 15..25 /km, not the 11.67..35 of troops over length', () => {
    // 100..300 km at 10 and 100..300 km at 30: troops 4,000..12,000 over 200..600 km.
    const bounds = weightedMeanBounds([range(100, 300), range(100, 300)], [at(10), at(30)]);
    expect(bounds.min).toBeCloseTo(15, 12);
    expect(bounds.max).toBeCloseTo(25, 12);
    expect(4_000 / 600).toBeLessThan(bounds.min);
    expect(12_000 / 200).toBeGreaterThan(bounds.max);
  });

  it('equals the least and the greatest mean over every vertex of the box (random boxes)', () => {
    fc.assert(
      fc.property(boxArb, ({ weights, values }) => {
        const bounds = weightedMeanBounds(weights, values);
        const expected = bruteForce(weights, values);
        expect(closeTo(bounds.min, expected.min), `min ${bounds.min} vs ${expected.min}`).toBe(true);
        expect(closeTo(bounds.max, expected.max), `max ${bounds.max} vs ${expected.max}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('holds every mean inside the box, at the bounds at most (random points)', () => {
    fc.assert(
      fc.property(boxArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }), ({ weights, values }, picks) => {
        const bounds = weightedMeanBounds(weights, values);
        const pick = (interval: Interval, index: number): number => interval.min + (picks[index % picks.length] ?? 0) * (interval.max - interval.min);
        const mean = meanAt(
          weights.map((weight, index) => pick(weight, index)),
          values.map((value, index) => pick(value, index + 5)),
        );
        expect(mean).toBeGreaterThanOrEqual(bounds.min * (1 - 1e-12));
        expect(mean).toBeLessThanOrEqual(bounds.max * (1 + 1e-12));
      }),
    );
  });

  it('does not depend on the order of the sectors (random boxes, reversed)', () => {
    fc.assert(
      fc.property(boxArb, ({ weights, values }) => {
        const forward = weightedMeanBounds(weights, values);
        const backward = weightedMeanBounds([...weights].reverse(), [...values].reverse());
        expect(closeTo(backward.min, forward.min) && closeTo(backward.max, forward.max)).toBe(true);
      }),
    );
  });

  it('at a vertex, is what a sample at that vertex computes, bit for bit', () => {
    // Lengths certain, densities 0.1..0.3 apart: the maximum has every density high, summed in the sectors' order.
    const weights = [at(0.1), at(0.2), at(0.3)];
    const values = [range(0.1, 0.7), range(0.2, 0.3), range(0.3, 0.9)];
    expect(weightedMeanBounds(weights, values)).toEqual({ min: meanAt([0.1, 0.2, 0.3], [0.1, 0.2, 0.3]), max: meanAt([0.1, 0.2, 0.3], [0.7, 0.3, 0.9]) });
  });

  it('holds a mean computed within a rounding of the best vertex, where lengths vary (rounded outward)', () => {
    // Found by the property test of the whole estimate: the long sector picked a hair below its longest
    // came out one unit in the last place above the mean at its longest.
    const weights = [at(0.005), range(0.001, 2_820.933)];
    const values = [at(0.1), at(173.6)];
    const bounds = weightedMeanBounds(weights, values);
    const nearVertex = meanAt([0.005, 0.001 + 0.9999999999993129 * (2_820.933 - 0.001)], [0.1, 173.6]);
    expect(nearVertex).toBeGreaterThan(meanAt([0.005, 2_820.933], [0.1, 173.6]));
    expect(nearVertex).toBeLessThanOrEqual(bounds.max);
    // By at most (2n + 1) units in the last place: nothing a printed figure shows.
    expect(bounds.max / meanAt([0.005, 2_820.933], [0.1, 173.6]) - 1).toBeLessThanOrEqual(5 * Number.EPSILON * 1.0000001);
  });

  it('takes a file of 23,500 sectors (a sort, not a search over subsets)', () => {
    const weights = Array.from({ length: 23_500 }, (_, index) => range(1 + (index % 7), 2 + (index % 11)));
    const values = Array.from({ length: 23_500 }, (_, index) => range(1 + (index % 13), 3 + (index % 17)));
    const bounds = weightedMeanBounds(weights, values);
    expect(bounds.min).toBeGreaterThanOrEqual(1);
    expect(bounds.max).toBeLessThanOrEqual(19);
    expect(bounds.min).toBeLessThan(bounds.max);
  });

  test.each<[string, Interval[], Interval[]]>([
    ['no sectors', [], []],
    ['fewer values than weights', [at(1), at(2)], [at(3)]],
    ['a weight of 0', [at(0)], [at(3)]],
  ])('%s is a programmer error', (_, weights, values) => {
    expect(() => weightedMeanBounds(weights, values)).toThrow(RangeError);
  });
});
