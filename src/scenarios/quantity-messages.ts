import type { Bounds, QuantityKind } from '../core/index.js';

/**
 * The words of quantity messages, per kind: `a length such as "120 km"`, and
 * the variants that say which rule a value broke (positive, finite, at most,
 * whole, low to high).
 */
interface KindWording {
  readonly noun: string;
  readonly example: string;
  /** A range as the user would write it, for the "ranges are written a..b" hint. */
  readonly rangeExample: string;
  readonly formatBound: (value: number) => string;
}

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** `1200` as `1,200`: how forcecalc writes numbers in messages. */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

const plain = (value: number): string => formatNumber(value);

const WORDING: Readonly<Record<QuantityKind, KindWording>> = {
  length: { noun: 'length', example: '120 km', rangeExample: '1,200..1,300 km', formatBound: (value) => `${plain(value)} km` },
  density: { noun: 'density', example: '3 / km', rangeExample: '3..5 / km', formatBound: (value) => `${plain(value)} / km` },
  count: { noun: 'whole number', example: '5,000', rangeExample: '3,000..5,000', formatBound: plain },
  number: { noun: 'number', example: '1', rangeExample: '1..2', formatBound: plain },
  share: { noun: 'share', example: '25%', rangeExample: '10..25%', formatBound: (value) => `${plain(value)} (${plain(value * 100)}%)` },
  multiplier: { noun: 'multiplier', example: '3', rangeExample: '2..3', formatBound: plain },
  duration: { noun: 'duration', example: '30 days', rangeExample: '10..20 days', formatBound: (value) => `${plain(value)} ${value === 1 ? 'day' : 'days'}` },
};

/** Wording that callers may adjust, such as a factor's own example. */
export interface WordingOptions {
  /** The example shown in messages, as a user would write it; defaults to one per kind. */
  readonly example?: string;
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? 'an' : 'a';
}

/** A value of `kind` as messages write it: `1,200 km`, `3 / km`, `0.25 (25%)`. */
export function formatKindValue(kind: QuantityKind, value: number): string {
  return WORDING[kind].formatBound(value);
}

/** A single value of `kind` as a user would write it, for a message to offer: `1,200 km`, `3 / km`, `3,000`, `25%`. */
export function writtenValue(kind: QuantityKind, value: number): string {
  return kind === 'share' ? `${formatNumber(value * 100)}%` : formatKindValue(kind, value);
}

/** `a length such as "120 km"`, with an optional hint in parentheses. */
export function expectedKind(kind: QuantityKind, options: WordingOptions = {}, hint?: string): string {
  const { noun, example } = WORDING[kind];
  const base = `${article(noun)} ${noun} such as ${JSON.stringify(options.example ?? example)}`;
  return hint === undefined ? base : `${base} (${hint})`;
}

/** `a finite length such as "120 km"`: for `1e400 km`, `.inf`, `NaN`. */
export function expectedFinite(kind: QuantityKind, options: WordingOptions = {}): string {
  const { noun, example } = WORDING[kind];
  return `a finite ${noun} such as ${JSON.stringify(options.example ?? example)}`;
}

/** The hint for `3,000-5,000`, `3,000 – 5,000` and `3000..`. */
export function rangeHint(kind: QuantityKind): string {
  return `ranges are written a..b, such as ${WORDING[kind].rangeExample}`;
}

/**
 * What a value outside `bounds` should have been, or null when it is inside:
 * `a positive length such as "120 km"`, `a length of at most 100,000 km`,
 * `a multiplier of at least 1`, `a whole number such as "5,000" (2.5 is not whole)`.
 */
export function expectedWithinBounds(
  kind: QuantityKind,
  bounds: Bounds,
  value: number,
  options: WordingOptions = {},
): string | null {
  const { noun, formatBound } = WORDING[kind];
  const tooLow = bounds.minExclusive ? value <= bounds.min : value < bounds.min;
  if (tooLow) {
    if (bounds.min === 0) {
      return bounds.minExclusive ? `a positive ${noun} such as ${JSON.stringify(options.example ?? WORDING[kind].example)}` : `a ${noun} of 0 or more`;
    }
    return `${article(noun)} ${noun} ${bounds.minExclusive ? 'above' : 'of at least'} ${formatBound(bounds.min)}`;
  }
  if (value > bounds.max) {
    const percentHint = kind === 'share' && value <= 100 ? `; for a percentage write ${formatNumber(value)}%` : '';
    return `${article(noun)} ${noun} of at most ${formatBound(bounds.max)}${percentHint}`;
  }
  if (bounds.whole && !Number.isInteger(value)) {
    const wholeNoun = kind === 'count' ? noun : `whole ${noun}`;
    return `a ${wholeNoun} such as ${JSON.stringify(options.example ?? WORDING.count.example)} (${formatNumber(value)} is not whole)`;
  }
  return null;
}

/** For values side by side, which mathjs would multiply: `600 km 2`, `3 / km 5`, `5 3`. */
export const MISSING_OPERATOR_HINT = 'an operator is missing: values side by side would be multiplied silently; write * where a product is meant';

/** For `5,000..3,000`: `a range from low to high (write 3,000..5,000)`. */
export function expectedLowToHigh(kind: QuantityKind, swapped: string): string {
  return `${article(WORDING[kind].noun)} ${WORDING[kind].noun} range from low to high (write ${swapped})`;
}
