/**
 * The one place where numbers become text, for every printer and the
 * interactive UI: a figure must read the same in the table, the Markdown
 * briefing and on the screen. Formatting never changes a value beyond the
 * displayed precision; the core computes every number.
 *
 * The locale is fixed (en-US grouping: "3,600", decimal point) so that output
 * does not depend on the machine it runs on.
 */
import type { Distribution, Uncertain } from '../core/distribution.js';
import { FACTORS, type FactorName, type QuantityKind } from '../core/factors.js';
import type { FigureKind } from '../core/figures.js';
import type { Interval } from '../core/interval.js';

const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(maxDecimals: number): Intl.NumberFormat {
  let formatter = formatters.get(maxDecimals);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { useGrouping: true, minimumFractionDigits: 0, maximumFractionDigits: maxDecimals });
    formatters.set(maxDecimals, formatter);
  }
  return formatter;
}

// Two significant digits for a value the fixed decimals would show as 0: a
// pledged density of 0.004 /km is not "0 /km".
const SMALL = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/**
 * A number with thousands grouped and at most `maxDecimals` decimals, trailing
 * zeros trimmed: `formatDecimal(1666.666)` is "1,666.67", `formatDecimal(4.2)`
 * is "4.2", `formatDecimal(3600)` is "3,600". A non-zero value that would
 * round to 0 keeps two significant digits ("0.0042").
 * @default maxDecimals 2
 */
export function formatDecimal(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  if (n === 0) return '0'; // also -0, which Intl prints as "-0"
  const text = formatterFor(maxDecimals).format(n);
  return /^-?0$/.test(text) ? SMALL.format(n) : text;
}

/**
 * A count with thousands grouped: `formatCount(3600)` is "3,600". Counts from
 * the core are whole numbers; a fractional one is shown as a decimal rather
 * than rounded away.
 */
export function formatCount(n: number): string {
  return Number.isInteger(n) ? formatterFor(0).format(n === 0 ? 0 : n) : formatDecimal(n);
}

/** One bound of a figure, as its kind reads: whole counts, or km and /km with two decimals. */
function formatBound(n: number, kind: FigureKind): string {
  return kind === 'count' ? formatCount(n) : formatDecimal(n);
}

/**
 * A value of the model as `min..max`, or a single value when both bounds read
 * the same: `{1000, 1666.666…}` as a length is "1,000..1,666.67", `{3600,
 * 3600}` as a count is "3,600".
 */
export function formatInterval(value: Interval, kind: FigureKind): string {
  return joinBounds(formatBound(value.min, kind), formatBound(value.max, kind));
}

function joinBounds(min: string, max: string): string {
  return min === max ? min : `${min}..${max}`;
}

/**
 * A plain quantity (a multiplier, pledged brigades, packages per brigade) with
 * at most `maxDecimals` decimals: "0.5..1".
 * @default maxDecimals 2
 */
export function formatQuantity(value: Interval, maxDecimals = 2): string {
  return joinBounds(formatDecimal(value.min, maxDecimals), formatDecimal(value.max, maxDecimals));
}

/**
 * A unit after a value, singular where the value is exactly 1 ("1 package",
 * "2 packages"). Units written with a slash ("/km") stay as they are.
 */
export function unitFor(value: Interval, unit: string): string {
  const one = value.min === 1 && value.max === 1;
  return one && /^[a-z]+s$/.test(unit) ? unit.slice(0, -1) : unit;
}

/**
 * A planning factor with its unit, as a planner writes it: "3 /km",
 * "3,000..5,000 troops", "1 package", "25%" (enablerShare), "3x" (rotation).
 */
export function formatFactor(name: FactorName, value: Interval): string {
  const definition = FACTORS[name];
  switch (definition.kind) {
    case 'share':
      // A share is stored as a fraction (0.25) and written as a percentage.
      return `${joinBounds(formatDecimal(value.min * 100), formatDecimal(value.max * 100))}%`;
    case 'multiplier':
      return `${formatQuantity(value)}${definition.unit}`;
    case 'count':
      return `${formatInterval(value, 'count')} ${unitFor(value, definition.unit)}`;
    case 'density':
      return `${formatInterval(value, 'density')} ${definition.unit}`;
    case 'length':
    case 'number':
    case 'duration':
      return definition.unit === '' ? formatQuantity(value) : `${formatQuantity(value)} ${unitFor(value, definition.unit)}`;
  }
}

/** The unit written after a distribution's parenthesis (the loader reads it so). */
const UNIT_AFTER_DISTRIBUTION: Readonly<Record<QuantityKind, string>> = {
  length: ' km',
  density: ' /km',
  count: '',
  number: '',
  share: '%',
  multiplier: 'x',
  duration: ' days',
};

/**
 * A distribution as a scenario file writes it, so that it can be pasted back:
 * `pert(2, 3, 5) /km`, `normal(15, 2)%`. A `plainRange` (a range `a..b` the
 * file gave without a distribution) reads "3,000..5,000 (a range: uniform)".
 * @default plainRange false
 */
export function formatDistribution(distribution: Distribution, kind: QuantityKind, plainRange = false): string {
  const number = (value: number): string => formatDecimal(kind === 'share' ? value * 100 : value, 4);
  const unit = UNIT_AFTER_DISTRIBUTION[kind];
  switch (distribution.kind) {
    case 'uniform':
      return plainRange
        ? `${number(distribution.low)}..${number(distribution.high)}${unit} (a range: uniform)`
        : `uniform(${number(distribution.low)}, ${number(distribution.high)})${unit}`;
    case 'triangular':
    case 'pert':
      return `${distribution.kind}(${number(distribution.low)}, ${number(distribution.mode)}, ${number(distribution.high)})${unit}`;
    case 'normal':
      return `normal(${number(distribution.mean)}, ${number(distribution.sd)})${unit}`;
  }
}

/**
 * A planning factor as the scenario wrote it, with its range: "pert(3, 4, 8)
 * /km (3..8 /km)"; a factor without a distribution as `formatFactor` writes it
 * ("3 /km", "3,000..5,000 troops").
 */
export function formatFactorAsWritten(name: FactorName, value: Uncertain): string {
  const range = formatFactor(name, value);
  return value.distribution === undefined ? range : `${formatDistribution(value.distribution, FACTORS[name].kind)} (${range})`;
}
