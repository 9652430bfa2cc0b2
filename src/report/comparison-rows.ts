/**
 * Scenarios side by side as rows: one row per factor and per figure, one cell
 * per scenario, each cell marked when it differs from the base (the first
 * scenario). Both rows are derived from the tables (factors.ts, figures.ts),
 * so a new factor or figure gets its row in `compare` and in the UI's compare
 * view alike; so are the capability rows (capability-figures.ts), one per
 * figure of each capability any of the scenarios has. Numbers come from the core's estimates and the report's formats.
 */
import { capabilityKey } from '../core/capabilities.js';
import { CAPABILITY_FIGURE_NAMES, CAPABILITY_FIGURES } from '../core/capability-figures.js';
import { capabilityFigureValue, type CapabilityEstimate, type Estimate } from '../core/estimate.js';
import { FACTOR_NAMES, FACTORS, type FactorName } from '../core/factors.js';
import { FIGURE_NAMES, FIGURES } from '../core/figures.js';
import { optionalDifference, type BoundDifference } from '../core/difference.js';
import { equals, type Interval } from '../core/interval.js';
import { figureValue } from '../core/estimate.js';
import { sanitizeText } from '../text/sanitize.js';
import { formatDecimal, formatFactor, formatInterval, formatQuantity } from './number-format.js';

/** A scenario's value in a row, as text. */
export interface ComparisonCell {
  readonly text: string;
  /** False for the base column and for cells equal to the base. */
  readonly differs: boolean;
}

/** One factor or figure across the scenarios. */
export interface ComparisonRow {
  readonly label: string;
  /** The unit of every cell, in a column of its own so that the scenario columns stay narrow; empty where the cell says it ("25%", "3x"). */
  readonly unit: string;
  readonly cells: readonly ComparisonCell[];
  /**
   * With exactly two scenarios, how the second differs from the first
   * (core/difference.ts): "+900 (+25%)", "+1 (+100%..+50%)"; NO_VALUE where
   * either lacks the value; "" for a heading row. Null with more or fewer
   * scenarios.
   */
  readonly difference: string | null;
}

/** What a cell shows where a scenario has no such figure (a coalition figure without a coalition). */
export const NO_VALUE = '-';

function sameValue(a: Interval | null, b: Interval | null): boolean {
  return a === null || b === null ? a === b : equals(a, b);
}

/** A signed number: "+900", "-1,000", "0"; a share as a signed percentage with at most one decimal. */
function signed(text: string, n: number): string {
  return n > 0 ? `+${text}` : text;
}

function joined(low: string, high: string): string {
  return low === high ? low : `${low}..${high}`;
}

/**
 * "+900 (+25%)": the change at each bound as `bound` writes a bound, then the
 * share of the first scenario (left out where it has a 0 bound); "0" where
 * nothing changes.
 */
function differenceText(low: BoundDifference, high: BoundDifference, bound: (n: number) => string): string {
  if (low.change === 0 && high.change === 0) return '0';
  const change = joined(signed(bound(low.change), low.change), signed(bound(high.change), high.change));
  if (low.share === null || high.share === null) return change;
  const share = (n: number): string => `${signed(formatDecimal(n * 100, 1), n)}%`;
  return `${change} (${joined(share(low.share), share(high.share))})`;
}

/** How the second of two values differs from the first, as text; null unless there are exactly two. */
function pairDifference(values: readonly (Interval | null)[], bound: (n: number) => string): string | null {
  if (values.length !== 2) return null;
  const difference = optionalDifference(values[0] ?? null, values[1] ?? null);
  return difference === null ? NO_VALUE : differenceText(difference.low, difference.high, bound);
}

function row(
  label: string,
  unit: string,
  values: readonly (Interval | null)[],
  text: (value: Interval) => string,
  bound: (n: number) => string,
): ComparisonRow {
  const base = values[0] ?? null;
  return {
    label,
    unit,
    cells: values.map((value, index) => ({ text: value === null ? NO_VALUE : text(value), differs: index > 0 && !sameValue(value, base) })),
    difference: pairDifference(values, bound),
  };
}

/** A factor's value without its unit, and the unit for the unit column; shares and multipliers keep their "%" and "x". */
function factorCell(name: FactorName): { unit: string; text: (value: Interval) => string; bound: (n: number) => string } {
  const { kind, unit } = FACTORS[name];
  const bound = (n: number): string => formatQuantity({ min: n, max: n });
  switch (kind) {
    case 'share':
      // A change of a share is in percentage points, so it does not read as the share of the change beside it.
      return { unit: '', text: (value) => formatFactor(name, value), bound: (n) => `${formatDecimal(n * 100, 1)} pp` };
    case 'multiplier':
      return { unit: '', text: (value) => formatFactor(name, value), bound };
    case 'count':
    case 'density':
      return { unit, text: (value) => formatInterval(value, kind), bound: (n) => formatInterval({ min: n, max: n }, kind) };
    case 'number':
    case 'length':
    case 'duration':
      return { unit, text: formatQuantity, bound };
  }
}

/** Every factor of the factor table, a row each, across the scenarios. */
export function factorComparisonRows(estimates: readonly Estimate[]): ComparisonRow[] {
  return FACTOR_NAMES.map((name) => {
    const cell = factorCell(name);
    return row(FACTORS[name].label, cell.unit, estimates.map((result) => result.factors[name].value), cell.text, cell.bound);
  });
}

/** Every figure of the figure table, a row each, across the scenarios ("-" for a coalition figure without a coalition). */
export function figureComparisonRows(estimates: readonly Estimate[]): ComparisonRow[] {
  return FIGURE_NAMES.map((name) => {
    const { label, unit, kind } = FIGURES[name];
    return row(
      label,
      unit,
      estimates.map((result) => figureValue(result, name)),
      (value) => formatInterval(value, kind),
      (n) => formatInterval({ min: n, max: n }, kind),
    );
  });
}

/**
 * Every capability any scenario has (names compared case-insensitively, in
 * the order first met: air cover, then the base's, then the others'): a row
 * naming it, with no cells, then a row per figure of the capability figure
 * table, indented under it ("  Shortfall"), so the label column stays as
 * narrow as the names; "-" where a scenario lacks the capability or, for a
 * pledge figure, a coalition.
 */
export function capabilityComparisonRows(estimates: readonly Estimate[]): ComparisonRow[] {
  const named = new Map<string, CapabilityEstimate>();
  for (const result of estimates) {
    for (const capability of result.capabilities) {
      if (!named.has(capabilityKey(capability.name))) named.set(capabilityKey(capability.name), capability);
    }
  }
  return [...named.entries()].flatMap(([key, first]) => {
    const found = estimates.map((result) => result.capabilities.find((capability) => capabilityKey(capability.name) === key) ?? null);
    const heading: ComparisonRow = {
      label: sanitizeText(first.name),
      unit: '',
      cells: estimates.map(() => ({ text: '', differs: false })),
      difference: estimates.length === 2 ? '' : null,
    };
    return [
      heading,
      ...CAPABILITY_FIGURE_NAMES.map((figure) =>
        row(
          `${CAPABILITY_INDENT}${CAPABILITY_FIGURES[figure].label}`,
          first.unit,
          found.map((capability) => (capability === null ? null : capabilityFigureValue(capability, figure))),
          (value) => formatInterval(value, 'count'),
          (n) => formatInterval({ min: n, max: n }, 'count'),
        ),
      ),
    ];
  });
}

/** What sets a capability's figure rows under its name. */
const CAPABILITY_INDENT = '  ';
