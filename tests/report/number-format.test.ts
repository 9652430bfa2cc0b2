import { describe, expect, it } from 'vitest';
import { interval, point, uncertain, type Distribution, type FactorName, type FigureKind, type Interval, type QuantityKind, type Uncertain } from '../../src/core/index.js';
import {
  formatCount,
  formatDecimal,
  formatDistribution,
  formatFactor,
  formatFactorAsWritten,
  formatInterval,
  formatQuantity,
  unitFor,
} from '../../src/report/number-format.js';

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

describe('formatDistribution writes a distribution as a scenario file takes it', () => {
  it.each<[Distribution, QuantityKind, boolean, string]>([
    [{ kind: 'pert', low: 2, mode: 3, high: 5 }, 'density', false, 'pert(2, 3, 5) /km'],
    [{ kind: 'pert', low: 1_100, mode: 1_250, high: 1_300 }, 'length', false, 'pert(1,100, 1,250, 1,300) km'],
    [{ kind: 'normal', mean: 0.15, sd: 0.02 }, 'share', false, 'normal(15, 2)%'],
    [{ kind: 'triangular', low: 2.5, mode: 3, high: 3 }, 'multiplier', false, 'triangular(2.5, 3, 3)x'],
    [{ kind: 'uniform', low: 3_000, high: 5_000 }, 'count', false, 'uniform(3,000, 5,000)'],
    [{ kind: 'uniform', low: 3_000, high: 5_000 }, 'count', true, '3,000..5,000 (a range: uniform)'],
  ])('%o as a %s', (distribution, kind, plainRange, text) => {
    expect(formatDistribution(distribution, kind, plainRange)).toBe(text);
  });
});

describe('formatFactorAsWritten: a distributed factor as written, with its range', () => {
  it.each<[FactorName, Uncertain, string]>([
    ['density', uncertain({ kind: 'pert', low: 3, mode: 4, high: 8 }), 'pert(3, 4, 8) /km (3..8 /km)'],
    ['brigadeSize', uncertain({ kind: 'normal', mean: 4_000, sd: 300 }), 'normal(4,000, 300) (3,100..4,900 troops)'],
    ['enablerShare', uncertain({ kind: 'uniform', low: 0.1, high: 0.2 }), 'uniform(10, 20)% (10..20%)'],
    ['rotation', uncertain({ kind: 'triangular', low: 2, mode: 2.5, high: 3 }), 'triangular(2, 2.5, 3)x (2..3x)'],
    // Without a distribution: the range alone, as formatFactor writes it.
    ['density', interval(3, 8), '3..8 /km'],
    ['brigadeSize', interval(3_000, 5_000), '3,000..5,000 troops'],
  ])('%s %j -> %s', (name, value, text) => {
    expect(formatFactorAsWritten(name, value)).toBe(text);
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
