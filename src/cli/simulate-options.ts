/**
 * `--samples N` and `--seed S` of `forcecalc simulate`: whole numbers as a
 * planner types them (`10000`, `10,000`, `10_000`), within bounds; anything
 * else is bad usage with what was expected.
 */
import { quoteForMessage } from '../text/sanitize.js';
import { DEFAULT_SEED, MAX_SEED } from '../core/simulation/random-streams.js';
import { DEFAULT_SAMPLES, MAX_SAMPLES } from '../core/simulation/simulate.js';
import type { OptionResult } from './command-definition.js';

/** How many samples and which seed. */
export interface SimulationRequest {
  readonly samples: number;
  readonly seed: number;
}

const PLAIN = /^\d+$/;
const GROUPED = /^[1-9]\d{0,2}(?:([,_])\d{3})(?:\1\d{3})*$/;

/** A whole number written plainly or with thousands separators; null for anything else. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (PLAIN.test(trimmed) && trimmed.length <= 16) return Number(trimmed);
  if (GROUPED.test(trimmed) && trimmed.length <= 21) return Number(trimmed.replace(/[,_]/g, ''));
  return null;
}

const formatted = (value: number): string => value.toLocaleString('en-US');

/** The samples and seed from their option texts (null where the option is absent), or the usage message. */
export function parseSimulationRequest(
  samplesText: string | null,
  seedText: string | null,
): OptionResult<SimulationRequest> {
  const samples = samplesText === null ? DEFAULT_SAMPLES : wholeNumber(samplesText);
  if (samples === null || samples < 1 || samples > MAX_SAMPLES) {
    return { ok: false, message: `--samples must be a whole number from 1 to ${formatted(MAX_SAMPLES)}; got ${quoteForMessage(samplesText ?? '')}` };
  }
  const seed = seedText === null ? DEFAULT_SEED : wholeNumber(seedText);
  if (seed === null || seed > MAX_SEED) {
    return { ok: false, message: `--seed must be a whole number from 0 to ${formatted(MAX_SEED)}; got ${quoteForMessage(seedText ?? '')}` };
  }
  return { ok: true, value: { samples, seed } };
}
