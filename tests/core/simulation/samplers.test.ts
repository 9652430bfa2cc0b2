import { describe, expect, test } from 'vitest';
import { supportOf, type Distribution } from '../../../src/core/index.js';
import { distributionSampler, pertShape, randomStream, type RandomStream } from '../../../src/core/simulation/index.js';
import { momentsOfDensity, momentsOfWholes, sampleMoments, tolerances, type Moments } from './moments.js';

const DRAWS = 200_000;

function stream(seed: number): RandomStream {
  return randomStream(seed, 'factor:density');
}

function draw(distribution: Distribution, whole: boolean, seed: number, count = DRAWS): Float64Array {
  const column = new Float64Array(count);
  distributionSampler(distribution, whole, stream(seed))(column, count);
  return column;
}

/** The density of each distribution, up to a constant, written from its textbook definition. */
function density(distribution: Distribution): (x: number) => number {
  switch (distribution.kind) {
    case 'uniform':
      return () => 1;
    case 'triangular': {
      const { low, mode, high } = distribution;
      return (x) => (x < mode ? (x - low) / (mode - low) : mode === high ? 1 : (high - x) / (high - mode));
    }
    case 'pert': {
      // Beta(alpha, beta) on [low, high] with alpha = 1 + 4 (mode - low) / (high - low): Malcolm et al. (1959).
      const { low, mode, high } = distribution;
      const alpha = 1 + (4 * (mode - low)) / (high - low);
      const beta = 1 + (4 * (high - mode)) / (high - low);
      return (x) => (x - low) ** (alpha - 1) * (high - x) ** (beta - 1);
    }
    case 'normal': {
      const { mean, sd } = distribution;
      return (x) => Math.exp(-((x - mean) ** 2) / (2 * sd * sd));
    }
  }
}

function trueMoments(distribution: Distribution): Moments {
  const { min, max } = supportOf(distribution);
  return momentsOfDensity(density(distribution), min, max);
}

function expectMoments(samples: Float64Array, moments: Moments): void {
  const found = sampleMoments(samples);
  const tolerance = tolerances(moments, samples.length);
  expect(Math.abs(found.mean - moments.mean), `mean ${found.mean} vs ${moments.mean}`).toBeLessThanOrEqual(tolerance.mean);
  expect(Math.abs(found.variance - moments.variance), `variance ${found.variance} vs ${moments.variance}`).toBeLessThanOrEqual(tolerance.variance);
}

describe('the moments helper agrees with closed forms', () => {
  // Mean (low + 4 mode + high) / 6 and variance (mean - low)(high - mean) / 7 for PERT; (a + b + c) / 3 for triangular.
  test.each<[Distribution, number, number]>([
    [{ kind: 'pert', low: 2, mode: 3, high: 5 }, (2 + 12 + 5) / 6, ((19 / 6 - 2) * (5 - 19 / 6)) / 7],
    [{ kind: 'triangular', low: 1, mode: 2, high: 6 }, 3, (1 + 4 + 36 - 2 - 6 - 12) / 18],
    [{ kind: 'uniform', low: 3, high: 5 }, 4, 4 / 12],
    // A normal cut at +/- 3 sd keeps its mean; its variance shrinks to 1 - 6 phi(3) / (2 Phi(3) - 1) of sd^2.
    [{ kind: 'normal', mean: 10, sd: 2 }, 10, 4 * (1 - (6 * Math.exp(-4.5)) / Math.sqrt(2 * Math.PI) / 0.9973002039367398)],
  ])('%o', (distribution, mean, variance) => {
    const moments = trueMoments(distribution);
    expect(moments.mean).toBeCloseTo(mean, 6);
    expect(moments.variance).toBeCloseTo(variance, 6);
  });
});

describe('each sampler draws its distribution: sample mean and variance within 4 standard errors', () => {
  test.each<[string, Distribution, number]>([
    ['uniform', { kind: 'uniform', low: 3, high: 5 }, 1],
    ['triangular, mode inside', { kind: 'triangular', low: 1, mode: 2, high: 6 }, 2],
    ['triangular, mode at low', { kind: 'triangular', low: 2, mode: 2, high: 3 }, 3],
    ['triangular, mode at high', { kind: 'triangular', low: 2, mode: 3, high: 3 }, 4],
    ['PERT, skewed', { kind: 'pert', low: 2, mode: 3, high: 5 }, 5],
    ['PERT, symmetric', { kind: 'pert', low: 1_100, mode: 1_200, high: 1_300 }, 6],
    ['PERT, mode at low', { kind: 'pert', low: 0, mode: 0, high: 2 }, 7],
    ['PERT, mode at high', { kind: 'pert', low: 0, mode: 2, high: 2 }, 8],
    ['normal, within +/- 3 sd', { kind: 'normal', mean: 3, sd: 0.5 }, 9],
    ['normal, cut at zero', { kind: 'normal', mean: 1_000, sd: 500 }, 10],
    ['normal, mean at zero', { kind: 'normal', mean: 0, sd: 1 }, 11],
  ])('%s', (_case, distribution, seed) => {
    expectMoments(draw(distribution, false, seed), trueMoments(distribution));
  });

  test('a whole uniform takes each whole number from low to high with equal chance', () => {
    const samples = draw({ kind: 'uniform', low: 3_000, high: 3_010 }, true, 12);
    expect(new Set(samples)).toEqual(new Set(Array.from({ length: 11 }, (_, k) => 3_000 + k)));
    expectMoments(samples, momentsOfWholes(() => 1, 3_000, 3_010));
  });

  test('a whole PERT is the PERT rounded to the nearest whole number', () => {
    const distribution: Distribution = { kind: 'pert', low: 0, mode: 3, high: 10 };
    const pdf = density(distribution);
    // P(k) = the density's mass within k +/- 0.5, cut at the support.
    const mass = (k: number) => integrate(pdf, Math.max(0, k - 0.5), Math.min(10, k + 0.5));
    const samples = draw(distribution, true, 13);
    expect(samples.every(Number.isInteger)).toBe(true);
    expectMoments(samples, momentsOfWholes(mass, 0, 10));
  });

  test('PERT shape parameters are those of the classic lambda = 4', () => {
    expect(pertShape(2, 3, 5)).toEqual({ alpha: 1 + 4 / 3, beta: 1 + 8 / 3 });
  });
});

/** Simpson's rule over [a, b], for the rounded PERT's probabilities. */
function integrate(f: (x: number) => number, a: number, b: number): number {
  const steps = 2_000;
  const width = (b - a) / steps;
  let total = f(a) + f(b);
  for (let step = 1; step < steps; step += 1) total += (step % 2 === 1 ? 4 : 2) * f(a + step * width);
  return (total * width) / 3;
}

describe('samples stay within the support', () => {
  test.each<[Distribution, boolean]>([
    [{ kind: 'uniform', low: 0.1, high: 0.3 }, false],
    [{ kind: 'triangular', low: 0.1, mode: 0.1, high: 0.3 }, false],
    [{ kind: 'pert', low: 0.1, mode: 0.3, high: 0.3 }, false],
    [{ kind: 'normal', mean: 0.2, sd: 0.1 }, false],
    [{ kind: 'normal', mean: 4_000, sd: 300 }, true],
    [{ kind: 'pert', low: 3_000, mode: 3_000, high: 5_000 }, true],
  ])('%o', (distribution, whole) => {
    const { min, max } = supportOf(distribution);
    const samples = draw(distribution, whole, 21, 50_000);
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(min);
    expect(Math.max(...samples)).toBeLessThanOrEqual(max);
  });
});

describe('reproducible streams', () => {
  const pert: Distribution = { kind: 'pert', low: 2, mode: 3, high: 5 };
  const normal: Distribution = { kind: 'normal', mean: 3, sd: 0.5 };

  test.each([pert, normal, { kind: 'triangular', low: 1, mode: 2, high: 6 } as Distribution])('the same seed gives the same samples: %o', (distribution) => {
    expect(draw(distribution, false, 7, 1_000)).toEqual(draw(distribution, false, 7, 1_000));
  });

  test('different seeds, and the streams of different inputs under one seed, give different samples', () => {
    const first = draw(pert, false, 7, 1_000);
    expect(draw(pert, false, 8, 1_000)).not.toEqual(first);
    const column = new Float64Array(1_000);
    distributionSampler(pert, false, randomStream(7, 'factor:rotation'))(column, 1_000);
    expect(column).not.toEqual(first);
  });

  test.each([pert, normal])('drawing in chunks gives the samples drawing at once does: %o', (distribution) => {
    const atOnce = draw(distribution, false, 5, 999);
    const sampler = distributionSampler(distribution, false, stream(5));
    const chunks: number[] = [];
    for (const size of [1, 100, 333, 565]) {
      const column = new Float64Array(size);
      sampler(column, size);
      chunks.push(...column);
    }
    expect(Float64Array.from(chunks)).toEqual(atOnce);
  });

  test('seeds are whole numbers from 0 to 2^32 - 1', () => {
    expect(randomStream(0, 'factor:density').uniform()).toBeLessThan(1);
    expect(randomStream(2 ** 32 - 1, 'factor:density').uniform()).toBeLessThan(1);
    for (const seed of [-1, 2 ** 32, 1.5, Number.NaN]) expect(() => randomStream(seed, 'factor:density')).toThrow(RangeError);
  });
});
