import { describe, expect, test } from 'vitest';
import { scaleDistribution, scaleUncertain, supportOf, uncertain, type Distribution } from '../../src/core/index.js';

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
