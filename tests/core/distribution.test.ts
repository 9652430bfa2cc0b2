import { describe, expect, test } from 'vitest';
import { sameUncertain, scaleDistribution, scaleUncertain, shiftUncertain, supportOf, uncertain, type Distribution, type Uncertain } from '../../src/core/index.js';

describe('scaleDistribution stretches a distribution by a positive factor, keeping its shape', () => {
  test.each<[string, Distribution, number, Distribution]>([
    ['uniform: both bounds', { kind: 'uniform', low: 1, high: 1.5 }, 800, { kind: 'uniform', low: 800, high: 1200 }],
    ['triangular: low, mode and high', { kind: 'triangular', low: 1, mode: 1.25, high: 1.5 }, 800, { kind: 'triangular', low: 800, mode: 1000, high: 1200 }],
    ['pert: low, mode and high', { kind: 'pert', low: 1, mode: 1.25, high: 1.5 }, 800, { kind: 'pert', low: 800, mode: 1000, high: 1200 }],
    ['normal: mean and sd', { kind: 'normal', mean: 1.5, sd: 0.125 }, 800, { kind: 'normal', mean: 1200, sd: 100 }],
  ])('%s', (_case, distribution, factor, scaled) => {
    expect(scaleDistribution(distribution, factor)).toEqual(scaled);
  });
});

describe('scaleUncertain scales the interval, and the distribution where there is one', () => {
  test('a plain range stays a plain range', () => {
    expect(scaleUncertain({ min: 1, max: 1.5 }, 800)).toEqual({ min: 800, max: 1200 });
  });

  test('a distributed value keeps min and max at the support of its scaled distribution', () => {
    const scaled = scaleUncertain(uncertain({ kind: 'normal', mean: 1.5, sd: 0.125 }), 800);
    expect(scaled.distribution).toEqual({ kind: 'normal', mean: 1200, sd: 100 });
    expect({ min: scaled.min, max: scaled.max }).toEqual(supportOf({ kind: 'normal', mean: 1200, sd: 100 }));
    expect(scaled.min).toBeCloseTo(900, 9);
  });
});

describe('shiftUncertain moves a value by a step, its distribution with it', () => {
  test.each<[string, Uncertain, number, Uncertain]>([
    ['a plain range', { min: 2, max: 5 }, 1, { min: 3, max: 6 }],
    ['a single value', { min: 3, max: 3 }, -1, { min: 2, max: 2 }],
    ['uniform: both bounds', uncertain({ kind: 'uniform', low: 2, high: 5 }), 1, uncertain({ kind: 'uniform', low: 3, high: 6 })],
    ['triangular: low, mode and high', uncertain({ kind: 'triangular', low: 2, mode: 3, high: 5 }), 1, uncertain({ kind: 'triangular', low: 3, mode: 4, high: 6 })],
    ['pert: low, mode and high', uncertain({ kind: 'pert', low: 2, mode: 3, high: 5 }), -1, uncertain({ kind: 'pert', low: 1, mode: 2, high: 4 })],
    ['normal: the mean, not the sd', uncertain({ kind: 'normal', mean: 20, sd: 3 }), 5, uncertain({ kind: 'normal', mean: 25, sd: 3 })],
  ])('%s', (_case, value, delta, shifted) => {
    expect(shiftUncertain(value, delta)).toEqual(shifted);
  });

  test('rounds each moved parameter with the given rounding', () => {
    const share = uncertain({ kind: 'pert', low: 0.1, mode: 0.15, high: 0.2 });
    const round = (value: number) => Math.round(value * 1e9) / 1e9;
    expect(shiftUncertain(share, 0.05, round)).toEqual(uncertain({ kind: 'pert', low: 0.15, mode: 0.2, high: 0.25 }));
  });
});

describe('sameUncertain: the same input, distribution included', () => {
  test.each<[string, Uncertain, Uncertain, boolean]>([
    ['equal ranges', { min: 2, max: 5 }, { min: 2, max: 5 }, true],
    ['different ranges', { min: 2, max: 5 }, { min: 2, max: 6 }, false],
    ['a range and uniform over it (what a range means)', { min: 2, max: 5 }, uncertain({ kind: 'uniform', low: 2, high: 5 }), true],
    ['a range and a pert over it', { min: 2, max: 5 }, uncertain({ kind: 'pert', low: 2, mode: 3, high: 5 }), false],
    ['perts with different modes', uncertain({ kind: 'pert', low: 2, mode: 3, high: 5 }), uncertain({ kind: 'pert', low: 2, mode: 4, high: 5 }), false],
    ['a pert and a triangular alike', uncertain({ kind: 'pert', low: 2, mode: 3, high: 5 }), uncertain({ kind: 'triangular', low: 2, mode: 3, high: 5 }), false],
    ['equal normals', uncertain({ kind: 'normal', mean: 20, sd: 3 }), uncertain({ kind: 'normal', mean: 20, sd: 3 }), true],
  ])('%s: %s', (_case, a, b, same) => {
    expect(sameUncertain(a, b)).toBe(same);
    expect(sameUncertain(b, a)).toBe(same);
  });
});
