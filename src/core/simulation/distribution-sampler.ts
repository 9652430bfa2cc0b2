/**
 * Draws from an input's distribution into a column of samples. Beta (for
 * PERT) and normal variates come from `d3-random` (Marsaglia and Tsang's
 * gamma method, Marsaglia's polar method), fed by the input's own seeded
 * stream; uniform and triangular are one draw each, the triangular by its
 * inverse distribution function.
 *
 * Every sample lies within the input's support, so every figure of every
 * sample lies within the estimate's interval: a normal is truncated to mean
 * +/- 3 sd (and at zero) by drawing again, and each sample is clamped to the
 * support against rounding (`low + (high - low) x 1` can come out one unit in
 * the last place above `high`).
 */
import { randomBeta, randomNormal } from 'd3-random';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { supportOf, type Distribution } from '../distribution.js';
import type { RandomStream, UniformSource } from './random-streams.js';

/** Fills `column[0..count)` with the next `count` samples of one input. */
export type ColumnSampler = (column: Float64Array, count: number) => void;

/** The PERT distribution's beta shape parameters (the classic lambda = 4). */
export function pertShape(low: number, mode: number, high: number): { alpha: number; beta: number } {
  const range = high - low;
  return { alpha: 1 + (4 * (mode - low)) / range, beta: 1 + (4 * (high - mode)) / range };
}

/** A draw of a PERT or normal distribution, from d3-random fed by the input's stream. */
function libraryDraw(distribution: Extract<Distribution, { kind: 'pert' | 'normal' }>, uniform: UniformSource): () => number {
  if (distribution.kind === 'pert') {
    const { low, high } = distribution;
    const { alpha, beta } = pertShape(low, distribution.mode, high);
    const standardBeta = randomBeta.source(uniform)(alpha, beta);
    return () => low + (high - low) * standardBeta();
  }
  const support = supportOf(distribution);
  const normal = randomNormal.source(uniform)(distribution.mean, distribution.sd);
  return () => {
    let value = normal();
    // Acceptance is at least P(0 < Z < 3) = 0.499 (a mean at the lowest the loader allows, 0), so this ends.
    while (value < support.min || value > support.max) value = normal();
    return value;
  };
}

/**
 * A sampler of `distribution` drawing from `stream`. `whole` inputs (brigade
 * sizes, troops pledged) take whole values: a uniform one each whole number
 * from low to high with equal chance, the others their draw rounded to the
 * nearest whole number (their bounds are whole, so the support holds).
 * The sampler keeps state between calls (a normal draws in pairs), so one
 * sampler serves an input for a whole simulation, whatever the chunk size.
 * Uniform and triangular draws call the generator in the loop itself: they
 * are most of a scenario's inputs, and a call through a closure per draw
 * would cost a third of their time.
 */
export function distributionSampler(distribution: Distribution, whole: boolean, stream: RandomStream): ColumnSampler {
  const { min, max } = supportOf(distribution);
  const { generator } = stream;
  // The clamps are written out in each loop rather than called: these loops are most of a simulation's time.
  switch (distribution.kind) {
    case 'uniform': {
      if (whole) {
        const values = max - min + 1;
        return (column, count) => {
          for (let s = 0; s < count; s += 1) {
            const value = min + Math.floor(uniformFloat64(generator) * values);
            column[s] = value > max ? max : value;
          }
        };
      }
      const range = max - min;
      return (column, count) => {
        // min + a non-negative product is never below min.
        for (let s = 0; s < count; s += 1) {
          const value = min + range * uniformFloat64(generator);
          column[s] = value > max ? max : value;
        }
      };
    }
    case 'triangular': {
      const { low, mode, high } = distribution;
      const range = high - low;
      const modeAt = (mode - low) / range;
      return (column, count) => {
        for (let s = 0; s < count; s += 1) {
          const u = uniformFloat64(generator);
          const drawn = u < modeAt ? low + Math.sqrt(u * range * (mode - low)) : high - Math.sqrt((1 - u) * range * (high - mode));
          const value = whole ? Math.round(drawn) : drawn;
          column[s] = value < min ? min : value > max ? max : value;
        }
      };
    }
    case 'pert':
    case 'normal': {
      const draw = libraryDraw(distribution, stream.uniform);
      return (column, count) => {
        for (let s = 0; s < count; s += 1) {
          const value = whole ? Math.round(draw()) : draw();
          column[s] = value < min ? min : value > max ? max : value;
        }
      };
    }
  }
}
