import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureDifference, optionalDifference, type Interval } from '../../src/core/index.js';

const range = (min: number, max: number): Interval => ({ min, max });

describe('figureDifference: B - A and its share of A, bound by bound', () => {
  it.each<[string, Interval, Interval, [number, number | null], [number, number | null]]>([
    ['a single value that grows', range(3_600, 3_600), range(4_500, 4_500), [900, 0.25], [900, 0.25]],
    ['a single value that shrinks', range(4_000, 4_000), range(3_000, 3_000), [-1_000, -0.25], [-1_000, -0.25]],
    ['no change', range(2, 3), range(2, 3), [0, 0], [0, 0]],
    // Brigades 1..2 against 2..3: one more at either bound, not "-0..+2" as interval subtraction would say.
    ['a shared range moved by one', range(1, 2), range(2, 3), [1, 1], [1, 0.5]],
    ['bounds moving apart', range(10, 20), range(5, 40), [-5, -0.5], [20, 1]],
    ['from zero: no share', range(0, 0), range(500, 500), [500, null], [500, null]],
  ])('%s', (_, a, b, low, high) => {
    const difference = figureDifference(a, b);
    expect([difference.low.change, difference.low.share]).toEqual(low);
    expect([difference.high.change, difference.high.share]).toEqual(high);
  });

  it('is null where either value is missing', () => {
    expect(optionalDifference(null, range(1, 1))).toBeNull();
    expect(optionalDifference(range(1, 1), null)).toBeNull();
    expect(optionalDifference(range(1, 1), range(2, 2))).toEqual(figureDifference(range(1, 1), range(2, 2)));
  });

  const intervalArb = fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 })).map(([x, y]) => range(Math.min(x, y), Math.max(x, y)));

  it('property: A + (B - A) is B at each bound, and A to A changes nothing', () => {
    fc.assert(
      fc.property(intervalArb, intervalArb, (a, b) => {
        const difference = figureDifference(a, b);
        expect(a.min + difference.low.change).toBe(b.min);
        expect(a.max + difference.high.change).toBe(b.max);
        expect(figureDifference(a, a).low.change).toBe(0);
      }),
    );
  });

  it('property: the share is the change over A, its sign the change\'s, never below -100%', () => {
    fc.assert(
      fc.property(intervalArb, intervalArb, (a, b) => {
        for (const [bound, base] of [[figureDifference(a, b).low, a.min], [figureDifference(a, b).high, a.max]] as const) {
          if (base === 0) expect(bound.share).toBeNull();
          else {
            expect(bound.share).toBeCloseTo(bound.change / base, 12);
            expect(Math.sign(bound.share ?? 0)).toBe(Math.sign(bound.change));
            expect(bound.share ?? 0).toBeGreaterThanOrEqual(-1);
          }
        }
      }),
    );
  });
});
