import { describe, expect, it } from 'vitest';
import { interval, point, type FactorName, type FigureKind, type Interval } from '../../src/core/index.js';
import { formatCount, formatDecimal, formatFactor, formatInterval, formatQuantity, unitFor } from '../../src/report/number-format.js';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [7, '7'],
    [3_600, '3,600'],
    [1_234_567, '1,234,567'],
    [2.5, '2.5'], // a fractional count is shown, not rounded away
  ])('%s -> %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe('formatDecimal', () => {
  it.each([
    [1_666.666_666_666_666_7, undefined, '1,666.67'],
    [1_207.008, undefined, '1,207.01'],
    [1_207.008, 3, '1,207.008'],
    [4.2, undefined, '4.2'],
    [4.5, 0, '5'],
    [3_600, undefined, '3,600'],
    [3_600.000_000_000_1, undefined, '3,600'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [0.004_2, undefined, '0.0042'], // would read as 0 at two decimals
    [Infinity, undefined, '∞'],
  ])('%s (max %s decimals) -> %s', (n, maxDecimals, text) => {
    expect(formatDecimal(n, maxDecimals)).toBe(text);
  });
});

describe('formatInterval', () => {
  it.each<[Interval, FigureKind, string]>([
    [point(3_600), 'count', '3,600'],
    [interval(1, 2), 'count', '1..2'],
    [interval(1_000, 5_000 / 3), 'length', '1,000..1,666.67'],
    [point(1_207.008), 'length', '1,207.01'],
    [interval(2.5, 4_000 / 960), 'density', '2.5..4.17'],
    // Bounds that read the same at the shown precision are one value.
    [interval(1_666.666, 1_666.668), 'length', '1,666.67'],
  ])('%j as %s -> %s', (value, kind, text) => {
    expect(formatInterval(value, kind)).toBe(text);
  });
});

describe('formatQuantity', () => {
  it.each<[Interval, number | undefined, string]>([
    [point(1), undefined, '1'],
    [interval(0.5, 1.25), undefined, '0.5..1.25'],
    [interval(1_207.008, 1_207.0084), undefined, '1,207.01'],
    [interval(1_207.008, 1_207.0084), 3, '1,207.008'],
    [interval(1_207.008, 1_207.0086), 3, '1,207.008..1,207.009'],
  ])('%j (max %s decimals) -> %s', (value, maxDecimals, text) => {
    expect(formatQuantity(value, maxDecimals)).toBe(text);
  });
});

describe('formatFactor', () => {
  it.each<[FactorName, Interval, string]>([
    ['density', point(3), '3 /km'],
    ['density', interval(3, 12.5), '3..12.5 /km'],
    ['brigadeSize', interval(3_000, 5_000), '3,000..5,000 troops'],
    ['brigadeSize', point(4_413), '4,413 troops'],
    ['airCoverPerBrigade', point(1), '1 package'],
    ['airCoverPerBrigade', point(2), '2 packages'],
    ['airCoverPerBrigade', interval(0.5, 1), '0.5..1 packages'],
    ['enablerShare', point(0.25), '25%'],
    ['enablerShare', point(0.07), '7%'],
    ['enablerShare', interval(0.03, 0.25), '3..25%'],
    ['enablerShare', point(0), '0%'],
    ['rotation', point(3), '3x'],
    ['rotation', interval(2.5, 3), '2.5..3x'],
  ])('%s %j -> %s', (name, value, text) => {
    expect(formatFactor(name, value)).toBe(text);
  });
});

describe('unitFor', () => {
  it.each<[Interval, string, string]>([
    [point(1), 'brigades', 'brigade'],
    [point(2), 'brigades', 'brigades'],
    [interval(1, 2), 'brigades', 'brigades'],
    [point(1), '/km', '/km'],
    [point(1), 'km', 'km'],
  ])('%j %s -> %s', (value, unit, text) => {
    expect(unitFor(value, unit)).toBe(text);
  });
});
