/**
 * Moments of a distribution worked out independently of the code under test:
 * by Simpson's rule over its density (normalised numerically, so a density
 * known up to a constant will do), or by summation for whole numbers.
 */

/** Mean, variance and fourth central moment. */
export interface Moments {
  readonly mean: number;
  readonly variance: number;
  readonly fourth: number;
}

const STEPS = 20_000;

/** Moments of the density `pdf` (up to a constant) over [low, high]. */
export function momentsOfDensity(pdf: (x: number) => number, low: number, high: number): Moments {
  const width = (high - low) / STEPS;
  const integral = (f: (x: number) => number): number => {
    let total = f(low) + f(high);
    for (let step = 1; step < STEPS; step += 1) total += (step % 2 === 1 ? 4 : 2) * f(low + step * width);
    return (total * width) / 3;
  };
  const mass = integral(pdf);
  const mean = integral((x) => x * pdf(x)) / mass;
  const variance = integral((x) => (x - mean) ** 2 * pdf(x)) / mass;
  const fourth = integral((x) => (x - mean) ** 4 * pdf(x)) / mass;
  return { mean, variance, fourth };
}

/** Moments of whole numbers `low..high` with weights `weight(k)` (up to a constant). */
export function momentsOfWholes(weight: (k: number) => number, low: number, high: number): Moments {
  let mass = 0;
  let first = 0;
  for (let k = low; k <= high; k += 1) {
    mass += weight(k);
    first += k * weight(k);
  }
  const mean = first / mass;
  let second = 0;
  let fourth = 0;
  for (let k = low; k <= high; k += 1) {
    second += (k - mean) ** 2 * weight(k);
    fourth += (k - mean) ** 4 * weight(k);
  }
  return { mean, variance: second / mass, fourth: fourth / mass };
}

/** Sample mean and (population) variance. */
export function sampleMoments(values: Float64Array): { mean: number; variance: number } {
  let total = 0;
  for (const value of values) total += value;
  const mean = total / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { mean, variance: squares / values.length };
}

/**
 * How far a sample mean and variance of n draws may stray from the true
 * ones: four standard errors (sd / sqrt(n) for the mean, sqrt((mu4 -
 * sigma^4) / n) for the variance), so a correct sampler fails about once in
 * 16,000 seeds, and these seeds are fixed.
 */
export function tolerances(moments: Moments, n: number): { mean: number; variance: number } {
  return {
    mean: 4 * Math.sqrt(moments.variance / n),
    variance: 4 * Math.sqrt((moments.fourth - moments.variance ** 2) / n),
  };
}
