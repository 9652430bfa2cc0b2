/**
 * The seeded randomness of a simulation: xoroshiro128+ from `pure-rand` (by
 * the author of fast-check), one stream per input of the scenario. Each
 * stream starts 2^64 draws after the previous one (the generator's `jump`),
 * so the streams never overlap, and an input always draws from the same
 * stream whatever the other inputs are: change one factor with `--set` and
 * every other input takes the very same samples (common random numbers), so
 * the difference between two runs is the change, not noise.
 *
 * The generator is integer arithmetic on 32-bit words, the same on every
 * machine; nothing here reads Math.random or the clock.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/** The seed when none is given: the date of the Politico article the preset comes from, 9 April 2025 as its mirrors give it (10 April on Politico's page). */
export const DEFAULT_SEED = 20_250_409;

/** Seeds are 32-bit: from 0 up to this. */
export const MAX_SEED = 2 ** 32 - 1;

/** A source of uniform numbers in [0, 1), 53 random bits each. */
export type UniformSource = () => number;

/** One input's stream: its generator, and the same draws as a function for libraries that take one. */
export interface RandomStream {
  /** xoroshiro128+, for loops that draw with `uniformFloat64(generator)` without a call through a closure. */
  readonly generator: JumpableRandomGenerator;
  /** `uniformFloat64(generator)` as a function: draws from the same sequence. */
  readonly uniform: UniformSource;
}

/** True for a seed the generator takes: a whole number from 0 to MAX_SEED. */
export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/**
 * `count` independent streams for `seed`, stream k after k + 1 jumps (none
 * uses the freshly seeded state, whose first draws are poorly mixed for
 * nearby seeds). Throws a RangeError for a seed outside 0..MAX_SEED (a
 * programmer error: the command line checks seeds first).
 */
export function randomStreams(seed: number, count: number): RandomStream[] {
  if (!isValidSeed(seed)) throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
  const generator = xoroshiro128plus(seed);
  const streams: RandomStream[] = [];
  for (let index = 0; index < count; index += 1) {
    generator.jump();
    const stream = generator.clone();
    streams.push({ generator: stream, uniform: () => uniformFloat64(stream) });
  }
  return streams;
}
