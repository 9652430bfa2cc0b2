import type { Bounds, QuantityKind } from '../core/index.js';
import { expectedFinite, expectedKind, expectedWithinBounds, MISSING_OPERATOR_HINT } from './quantity-messages.js';
import { NUMBER_PATTERN, normaliseQuantityText, unitWords, type QuantityOptions } from './quantity-text.js';
import { measure } from './unit-math.js';

/**
 * One value of a quantity (not a range, not a distribution) read from its
 * text and checked against the field's bounds: a range's bound, or one
 * argument of `pert(low, mode, high)`.
 */

/** A value with the decimals it was written with, or what was expected instead. */
export type ValueRead = { readonly ok: true; readonly value: number; readonly decimals: number } | { readonly ok: false; readonly expected: string };

function dimensionHint(kind: QuantityKind, dimension: 'none' | 'length' | 'density' | 'duration'): string | null {
  if (kind === 'length') return dimension === 'density' ? 'that is a density, not a length' : dimension === 'duration' ? 'that is a duration, not a length' : null;
  if (kind === 'density') return dimension === 'length' ? 'that is a length; a density is per km, such as 3 / km' : dimension === 'duration' ? 'that is a duration, not a density' : null;
  if (kind === 'duration') return dimension === 'none' || dimension === 'duration' ? null : `that is a ${dimension}, not a duration`;
  return dimension === 'none' ? null : 'without a unit';
}

const DIMENSION_NOUN: Readonly<Partial<Record<QuantityKind, string>>> = { density: 'a density', duration: 'a duration' };

/** Reads one value (not a range) and checks it against `bounds`. */
export function readQuantityValue(text: string, kind: QuantityKind, bounds: Bounds, options: QuantityOptions): ValueRead {
  if (text === '') return { ok: false, expected: expectedKind(kind, options) };
  const normalised = normaliseQuantityText(text, kind, options);
  if (!normalised.ok) return normalised;
  const measured = measure(normalised.expression, unitWords(kind));
  if (!measured.ok) {
    const hints = {
      syntax: undefined,
      forbidden: undefined,
      implicit: MISSING_OPERATOR_HINT,
      'no-number': 'a number is missing',
      mixed: 'a number without a unit cannot be added to one with a unit',
      cancelled: 'the units cancel out, leaving a plain number',
      dimension: `the units do not make ${DIMENSION_NOUN[kind] ?? 'a length'}`,
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
 * The texts of several values written together with one unit on the last
 * (`1,200..1,300 km`, `pert(1,100, 1,250, 1,300 km)`, `10..25%`): the last
 * value's unit lent to each bare number before it. Texts are trimmed.
 */
export function lendLastUnit(texts: readonly string[]): string[] {
  const trimmed = texts.map((text) => text.trim());
  const unit = NUMBER_THEN_UNIT.exec(trimmed.at(-1) ?? '')?.[1];
  if (unit === undefined) return trimmed;
  return trimmed.map((text, index) => (index < trimmed.length - 1 && BARE_NUMBER.test(text) ? `${text}${unit}` : text));
}

/**
 * A range written the right way round, keeping a unit written once at the
 * end where it was: `5..3 km` reads as `3..5 km` (not `3 km..5`), `5 km..3 km`
 * as `3 km..5 km`.
 */
export function swapBounds(minText: string, maxText: string): string {
  const low = minText.trim();
  const high = maxText.trim();
  const unit = NUMBER_THEN_UNIT.exec(high)?.[1];
  if (unit === undefined || !BARE_NUMBER.test(low)) return `${high}..${low}`;
  return `${high.slice(0, high.length - unit.length)}..${low}${unit}`;
}

/** A unit written after all values (`normal(3, 0.5) / km`) lent to each bare number. */
export function lendUnit(texts: readonly string[], unit: string): string[] {
  return texts.map((text) => {
    const trimmed = text.trim();
    return BARE_NUMBER.test(trimmed) ? `${trimmed} ${unit}` : trimmed;
  });
}
