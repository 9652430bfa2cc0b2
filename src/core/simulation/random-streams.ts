/**
 * The seeded randomness of a simulation: xoroshiro128+ from `pure-rand` (by
 * the author of fast-check), one stream per input of the scenario, keyed by
 * the input it draws: the seed and a key naming the input (`factor:density`,
 * `sector[2]:Line of contact:length`, `pledge[0]:France`) are mixed into the
 * generator's 128-bit state. An input's draws therefore depend on the seed and
 * on what the input is, never on how many other inputs there are or where
 * they come in the list: adding a factor, a sector after the others or a
 * capability leaves every other input's samples as they were, and so does
 * changing another input with `--set` (common random numbers: the difference
 * between two runs is the change, not noise).
 *
 * The mixing is SplitMix64 (Steele, Lea and Flood 2014; the seeding its
 * author Vigna recommends for xoroshiro): the key's FNV-1a hash and the seed
 * each go through SplitMix64's finaliser, a bijection whose every output bit
 * depends on every input bit, and two SplitMix64 steps from their
 * combination fill the state. Nearby seeds or keys (`sector[1]`, `sector[2]`)
 * thus start far apart, with no correlation a simulation could show.
 *
 * The generator is integer arithmetic on 32-bit words, the same on every
 * machine; nothing here reads Math.random or the clock.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
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

const MASK_64 = (1n << 64n) - 1n;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/** SplitMix64's finaliser: a bijection of 64-bit words that mixes every bit into every other. */
function mix64(value: bigint): bigint {
  let z = value & MASK_64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return z ^ (z >> 31n);
}

/** FNV-1a, 64 bits, over the key's UTF-8 bytes. */
function hashKey(key: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(key)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & MASK_64;
  return hash;
}

/** The four 32-bit words of xoroshiro128+'s state for a seed and a key. */
function streamState(seed: number, key: string): number[] {
  const start = mix64(hashKey(key)) ^ mix64(BigInt(seed) + GOLDEN_GAMMA);
  const first = mix64(start + GOLDEN_GAMMA);
  let second = mix64(start + 2n * GOLDEN_GAMMA);
  // An all-zero state would draw zeros forever; SplitMix64's two outputs are never both 0 in practice, but make sure.
  if (first === 0n && second === 0n) second = GOLDEN_GAMMA;
  const word = (value: bigint, shift: bigint): number => Number((value >> shift) & 0xffffffffn) | 0;
  // pure-rand orders the state as [s01, s00, s11, s10]: high then low word of each half.
  return [word(first, 32n), word(first, 0n), word(second, 32n), word(second, 0n)];
}

/**
 * The stream of the input named `key` under `seed`: the same seed and key
 * give the same draws on any machine, whatever else the simulation draws.
 * Throws a RangeError for a seed outside 0..MAX_SEED (a programmer error: the
 * command line checks seeds first).
 */
export function randomStream(seed: number, key: string): RandomStream {
  if (!isValidSeed(seed)) throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
  const generator = xoroshiro128plusFromState(streamState(seed, key));
  return { generator, uniform: () => uniformFloat64(generator) };
}
