import { describe, expect, it } from 'vitest';
import {
  add, divide, equals, interval, isPoint, mapMonotone, midpoint, multiply, point, shortfall, sum, type Interval,
} from '../../src/core/index.js';

const iv = (min: number, max: number): Interval => ({ min, max });

describe('constructors', () => {
  it('point is a single value with min = max', () => {
    expect(point(3)).toEqual(iv(3, 3));
    expect(isPoint(point(3))).toBe(true);
  });

  it.each([
    [3_000, 5_000],
    [0, 0],
    [1.5, 1.5],
  ])('interval(%d, %d) keeps its bounds', (min, max) => {
    expect(interval(min, max)).toEqual(iv(min, max));
  });

  it.each([
    ['bounds out of order', 5_000, 3_000],
    ['NaN min', Number.NaN, 1],
    ['NaN max', 1, Number.NaN],
  ])('interval refuses %s (a programmer error)', (_name, min, max) => {
    expect(() => interval(min, max)).toThrow(RangeError);
  });

  it('isPoint is false for a range', () => {
    expect(isPoint(iv(3_000, 5_000))).toBe(false);
  });
});

describe('arithmetic on non-negative intervals', () => {
  it.each<readonly [string, Interval, Interval]>([
    ['add', add(iv(1, 2), iv(10, 20)), iv(11, 22)],
    ['add a point', add(iv(1_000, 1_300), point(2_400)), iv(3_400, 3_700)],
    ['multiply', multiply(iv(1_200, 1_300), iv(3, 5)), iv(3_600, 6_500)],
    ['multiply by zero', multiply(iv(1, 2), point(0)), iv(0, 0)],
    ['divide: min over the largest divisor, max over the smallest', divide(point(3_600), iv(3_000, 5_000)), iv(0.72, 1.2)],
    ['divide a range', divide(iv(3_000, 5_000), iv(2, 4)), iv(750, 2_500)],
    ['shortfall: need more than any pledge', shortfall(point(10_000), iv(2_000, 4_000)), iv(6_000, 8_000)],
    ['shortfall: pledges cover the need', shortfall(point(3_600), point(5_000)), iv(0, 0)],
    ['shortfall: min subtracts the largest pledge, max the smallest', shortfall(point(3_600), iv(3_000, 5_000)), iv(0, 600)],
    ['shortfall of ranges', shortfall(iv(3_600, 15_000), iv(2_000, 4_000)), iv(0, 13_000)],
    ['mapMonotone applies to both bounds', mapMonotone(iv(1.2, 3.4), Math.ceil), iv(2, 4)],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it.each<readonly [string, readonly Interval[], Interval]>([
    ['no values', [], iv(0, 0)],
    ['one value', [iv(1, 2)], iv(1, 2)],
    ['several values', [iv(1, 2), point(10), iv(100, 300)], iv(111, 312)],
  ])('sum of %s', (_name, values, expected) => {
    expect(sum(values)).toEqual(expected);
  });
});

describe('midpoint and equals', () => {
  it.each([
    [iv(3_000, 5_000), 4_000],
    [point(3), 3],
    [iv(0, 1), 0.5],
  ])('midpoint of %o is %d', (value, expected) => {
    expect(midpoint(value)).toBe(expected);
  });

  it.each<readonly [Interval, Interval, boolean]>([
    [iv(1, 2), iv(1, 2), true],
    [point(3), iv(3, 3), true],
    [iv(1, 2), iv(1, 3), false],
    [iv(1, 2), iv(0, 2), false],
  ])('equals(%o, %o) is %s', (a, b, expected) => {
    expect(equals(a, b)).toBe(expected);
  });
});
