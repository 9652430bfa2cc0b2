import { type Bounds, type Interval, type QuantityKind, type Uncertain } from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { parseDistribution } from './parse-distribution.js';
import { expectedKind, expectedLowToHigh, rangeHint } from './quantity-messages.js';
import type { QuantityOptions } from './quantity-text.js';
import { lendLastUnit, readQuantityValue, swapBounds } from './quantity-value.js';
import { datesAsDays } from './dates-as-days.js';

export type { QuantityOptions } from './quantity-text.js';

/**
 * A quantity read from text: a value (a single value is a range with min =
 * max; a distribution is its support with the distribution beside it) with
 * the decimals each bound was written with, for `expect:` matching; or what
 * was expected and what was found, for a Problem.
 */
export type QuantityResult =
  | { ok: true; value: Uncertain; decimals: { min: number; max: number } }
  | { ok: false; expected: string; received: string };

/** Text longer than this is refused before it is parsed: no quantity needs more. */
export const MAX_QUANTITY_TEXT_LENGTH = 200;

const tooLong = (kind: QuantityKind, options: QuantityOptions): string =>
  expectedKind(kind, options, `at most ${MAX_QUANTITY_TEXT_LENGTH} characters`);

/**
 * The result of reading a range from its two bounds' texts; on failure, which
 * part is at fault, so that a YAML `[a, b]` can point at the element.
 */
export type PairResult =
  | { readonly ok: true; readonly value: Interval; readonly decimals: { readonly min: number; readonly max: number } }
  | { readonly ok: false; readonly expected: string; readonly at: 'min' | 'max' | 'order' };

/**
 * Reads a range from the texts of its bounds. A unit on the upper bound alone
 * applies to both: `1,200..1,300 km`, `10..25%`, `2..3x`. `swapped` is how the
 * range reads the right way round, for the low-to-high message.
 */
export function parseQuantityPair(
  minText: string,
  maxText: string,
  kind: QuantityKind,
  bounds: Bounds,
  options: QuantityOptions = {},
  swapped = swapBounds(minText, maxText),
): PairResult {
  // Each bound is capped before any pattern runs over it (the YAML forms hand over texts of any length).
  if (maxText.trim().length > MAX_QUANTITY_TEXT_LENGTH) return { ok: false, expected: tooLong(kind, options), at: 'max' };
  if (minText.trim().length > MAX_QUANTITY_TEXT_LENGTH) return { ok: false, expected: tooLong(kind, options), at: 'min' };
  const lowDays = kind === 'duration' ? datesAsDays(minText, 'low', options.dates) : { ok: true as const, text: minText };
  if (!lowDays.ok) return { ok: false, expected: expectedKind(kind, options, lowDays.hint), at: 'min' };
  const highDays = kind === 'duration' ? datesAsDays(maxText, 'high', options.dates) : { ok: true as const, text: maxText };
  if (!highDays.ok) return { ok: false, expected: expectedKind(kind, options, highDays.hint), at: 'max' };
  const [low = '', high = ''] = lendLastUnit([lowDays.text, highDays.text]);
  // The upper bound first: a unit it lends the lower bound must not make the lower one look wrong.
  const max = readQuantityValue(high, kind, bounds, options);
  if (!max.ok) return { ok: false, expected: max.expected, at: 'max' };
  const min = readQuantityValue(low, kind, bounds, options);
  if (!min.ok) return { ok: false, expected: min.expected, at: 'min' };
  if (min.value > max.value) return { ok: false, expected: expectedLowToHigh(kind, swapped), at: 'order' };
  return { ok: true, value: { min: min.value, max: max.value }, decimals: { min: min.decimals, max: max.decimals } };
}

/**
 * Reads a quantity of `kind` within `bounds` from text such as `1,200 km`,
 * `750 mi`, `3 / km`, `5 per mi`, `25%`, `3x`, or a range `a..b`
 * (`1,200..1,300 km`: a unit on the upper bound applies to both), or a
 * distribution such as `pert(1,100, 1,250, 1,300 km)` (parse-distribution.ts;
 * unless `options.distributions` is false). A plain number means km for a
 * length and per km for a density; a number (from a YAML number or a caller)
 * is read as its text. Never throws.
 */
export function parseQuantity(
  input: string | number,
  kind: QuantityKind,
  bounds: Bounds,
  options: QuantityOptions = {},
): QuantityResult {
  // A number is read as its text (`NaN` and `Infinity` then fail as not finite).
  const text = typeof input === 'number' ? String(input) : input;
  const trimmed = text.trim();
  const received = trimmed === '' ? 'nothing' : quoteForMessage(text);
  const fail = (expected: string): QuantityResult => ({ ok: false, expected, received });

  if (trimmed.length > MAX_QUANTITY_TEXT_LENGTH) return fail(tooLong(kind, options));
  if (kind !== 'duration') return parseRead(trimmed, kind, bounds, options, fail);
  // A day's dates become days after the start; `received` keeps the text as written.
  const days = datesAsDays(trimmed, 'value', options.dates);
  return days.ok ? parseRead(days.text.trim(), kind, bounds, options, fail) : fail(expectedKind(kind, options, days.hint));
}

/** Reads a quantity's trimmed text: a distribution, a range or a single value. */
function parseRead(
  trimmed: string,
  kind: QuantityKind,
  bounds: Bounds,
  options: QuantityOptions,
  fail: (expected: string) => QuantityResult,
): QuantityResult {
  const distribution = parseDistribution(trimmed, kind, bounds, options);
  if (distribution !== null) {
    if (options.distributions === false) return fail(expectedKind(kind, options, 'a distribution is not taken here: write a value or a range'));
    return distribution.ok ? distribution : fail(distribution.expected);
  }
  if (trimmed.includes('...')) return fail(expectedKind(kind, options, rangeHint(kind)));
  const parts = trimmed.split('..');
  if (parts.length > 2) return fail(expectedKind(kind, options, rangeHint(kind)));
  const [first = '', second] = parts;
  if (second === undefined) {
    const bound = readQuantityValue(first, kind, bounds, options);
    if (!bound.ok) return fail(bound.expected);
    return { ok: true, value: { min: bound.value, max: bound.value }, decimals: { min: bound.decimals, max: bound.decimals } };
  }
  if (first.trim() === '' || second.trim() === '') return fail(expectedKind(kind, options, rangeHint(kind)));
  const pair = parseQuantityPair(first, second, kind, bounds, options);
  if (!pair.ok) return fail(pair.expected);
  return { ok: true, value: pair.value, decimals: { min: pair.decimals.min, max: pair.decimals.max } };
}
