import { quoteForMessage, type Bounds, type Interval, type QuantityKind } from '../core/index.js';
import {
  expectedFinite,
  expectedKind,
  expectedLowToHigh,
  expectedWithinBounds,
  rangeHint,
} from './quantity-messages.js';
import { NUMBER_PATTERN, normaliseQuantityText, unitWords, type QuantityOptions } from './quantity-text.js';
import { measure } from './unit-math.js';

export type { QuantityOptions } from './quantity-text.js';

/**
 * A quantity read from text: a value (a single value is a range with min =
 * max) with the decimals each bound was written with, for `expect:` matching;
 * or what was expected and what was found, for a Problem.
 */
export type QuantityResult =
  | { ok: true; value: Interval; decimals: { min: number; max: number } }
  | { ok: false; expected: string; received: string };

/** Text longer than this is refused before it is parsed: no quantity needs more. */
export const MAX_QUANTITY_TEXT_LENGTH = 200;

const tooLong = (kind: QuantityKind, options: QuantityOptions): string =>
  expectedKind(kind, options, `at most ${MAX_QUANTITY_TEXT_LENGTH} characters`);

type Bound = { readonly ok: true; readonly value: number; readonly decimals: number } | { readonly ok: false; readonly expected: string };

/**
 * The result of reading a range from its two bounds' texts; on failure, which
 * part is at fault, so that a YAML `[a, b]` can point at the element.
 */
export type PairResult =
  | { readonly ok: true; readonly value: Interval; readonly decimals: { readonly min: number; readonly max: number } }
  | { readonly ok: false; readonly expected: string; readonly at: 'min' | 'max' | 'order' };

function dimensionHint(kind: QuantityKind, dimension: 'none' | 'length' | 'density'): string | null {
  if (kind === 'length') return dimension === 'density' ? 'that is a density, not a length' : null;
  if (kind === 'density') return dimension === 'length' ? 'that is a length; a density is per km, such as 3 / km' : null;
  return dimension === 'none' ? null : 'without a unit';
}

/** Reads one value (not a range) and checks it against `bounds`. */
function readBound(text: string, kind: QuantityKind, bounds: Bounds, options: QuantityOptions): Bound {
  if (text === '') return { ok: false, expected: expectedKind(kind, options) };
  const normalised = normaliseQuantityText(text, kind, options);
  if (!normalised.ok) return normalised;
  const measured = measure(normalised.expression, unitWords(kind));
  if (!measured.ok) {
    const hints = {
      syntax: undefined,
      forbidden: undefined,
      'no-number': 'a number is missing',
      mixed: 'a number without a unit cannot be added to one with a unit',
      dimension: `the units do not make ${kind === 'density' ? 'a density' : 'a length'}`,
    } as const;
    return { ok: false, expected: expectedKind(kind, options, hints[measured.reason]) };
  }
  const hint = dimensionHint(kind, measured.dimension);
  if (hint !== null) return { ok: false, expected: expectedKind(kind, options, hint) };
  const value = normalised.percent ? measured.value / 100 : measured.value;
  if (!Number.isFinite(value)) return { ok: false, expected: expectedFinite(kind, options) };
  const outside = expectedWithinBounds(kind, bounds, value, options);
  if (outside !== null) return { ok: false, expected: outside };
  // -0 (from `-0 km` where 0 is allowed) reads as 0.
  return { ok: true, value: value === 0 ? 0 : value, decimals: normalised.decimals };
}

const BARE_NUMBER = new RegExp(`^[+-]?${NUMBER_PATTERN}$`);
const NUMBER_THEN_UNIT = new RegExp(`^[+-]?${NUMBER_PATTERN}(\\D+)$`);

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
  swapped = `${maxText.trim()}..${minText.trim()}`,
): PairResult {
  let low = minText.trim();
  const high = maxText.trim();
  // Each bound is capped before any pattern runs over it (the YAML forms hand over texts of any length).
  if (high.length > MAX_QUANTITY_TEXT_LENGTH) return { ok: false, expected: tooLong(kind, options), at: 'max' };
  if (low.length > MAX_QUANTITY_TEXT_LENGTH) return { ok: false, expected: tooLong(kind, options), at: 'min' };
  const unit = NUMBER_THEN_UNIT.exec(high)?.[1];
  if (unit !== undefined && BARE_NUMBER.test(low)) low = `${low}${unit}`;
  // The upper bound first: a unit it lends the lower bound must not make the lower one look wrong.
  const max = readBound(high, kind, bounds, options);
  if (!max.ok) return { ok: false, expected: max.expected, at: 'max' };
  const min = readBound(low, kind, bounds, options);
  if (!min.ok) return { ok: false, expected: min.expected, at: 'min' };
  if (min.value > max.value) return { ok: false, expected: expectedLowToHigh(kind, swapped), at: 'order' };
  return { ok: true, value: { min: min.value, max: max.value }, decimals: { min: min.decimals, max: max.decimals } };
}

/**
 * Reads a quantity of `kind` within `bounds` from text such as `1,200 km`,
 * `750 mi`, `3 / km`, `5 per mi`, `25%`, `3x`, or a range `a..b`
 * (`1,200..1,300 km`: a unit on the upper bound applies to both). A plain
 * number means km for a length and per km for a density; a number (from a
 * YAML number or a caller) is read as its text. Never throws.
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
  if (trimmed.includes('...')) return fail(expectedKind(kind, options, rangeHint(kind)));
  const parts = trimmed.split('..');
  if (parts.length > 2) return fail(expectedKind(kind, options, rangeHint(kind)));
  const [first = '', second] = parts;
  if (second === undefined) {
    const bound = readBound(first, kind, bounds, options);
    if (!bound.ok) return fail(bound.expected);
    return { ok: true, value: { min: bound.value, max: bound.value }, decimals: { min: bound.decimals, max: bound.decimals } };
  }
  if (first.trim() === '' || second.trim() === '') return fail(expectedKind(kind, options, rangeHint(kind)));
  const pair = parseQuantityPair(first, second, kind, bounds, options);
  if (!pair.ok) return fail(pair.expected);
  return { ok: true, value: pair.value, decimals: { min: pair.decimals.min, max: pair.decimals.max } };
}
