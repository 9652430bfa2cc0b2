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
import { equals, type Interval } from '../core/interval.js';
import { figureValue } from '../core/estimate.js';
import { sanitizeText } from '../text/sanitize.js';
import { formatFactor, formatInterval, formatQuantity } from './number-format.js';

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
}

/** What a cell shows where a scenario has no such figure (a coalition figure without a coalition). */
export const NO_VALUE = '-';

function sameValue(a: Interval | null, b: Interval | null): boolean {
  return a === null || b === null ? a === b : equals(a, b);
}

function row(label: string, unit: string, values: readonly (Interval | null)[], text: (value: Interval) => string): ComparisonRow {
  const base = values[0] ?? null;
  return {
    label,
    unit,
    cells: values.map((value, index) => ({ text: value === null ? NO_VALUE : text(value), differs: index > 0 && !sameValue(value, base) })),
  };
}

/** A factor's value without its unit, and the unit for the unit column; shares and multipliers keep their "%" and "x". */
function factorCell(name: FactorName): { unit: string; text: (value: Interval) => string } {
  const { kind, unit } = FACTORS[name];
  switch (kind) {
    case 'share':
    case 'multiplier':
      return { unit: '', text: (value) => formatFactor(name, value) };
    case 'count':
    case 'density':
      return { unit, text: (value) => formatInterval(value, kind) };
    case 'number':
    case 'length':
    case 'duration':
      return { unit, text: formatQuantity };
  }
}

/** Every factor of the factor table, a row each, across the scenarios. */
export function factorComparisonRows(estimates: readonly Estimate[]): ComparisonRow[] {
  return FACTOR_NAMES.map((name) => {
    const cell = factorCell(name);
    return row(FACTORS[name].label, cell.unit, estimates.map((result) => result.factors[name].value), cell.text);
  });
}

/** Every figure of the figure table, a row each, across the scenarios ("-" for a coalition figure without a coalition). */
export function figureComparisonRows(estimates: readonly Estimate[]): ComparisonRow[] {
  return FIGURE_NAMES.map((name) => {
    const { label, unit, kind } = FIGURES[name];
    return row(label, unit, estimates.map((result) => figureValue(result, name)), (value) => formatInterval(value, kind));
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
    const heading: ComparisonRow = { label: sanitizeText(first.name), unit: '', cells: estimates.map(() => ({ text: '', differs: false })) };
    return [
      heading,
      ...CAPABILITY_FIGURE_NAMES.map((figure) =>
        row(
          `${CAPABILITY_INDENT}${CAPABILITY_FIGURES[figure].label}`,
          first.unit,
          found.map((capability) => (capability === null ? null : capabilityFigureValue(capability, figure))),
          (value) => formatInterval(value, 'count'),
        ),
      ),
    ];
  });
}

/** What sets a capability's figure rows under its name. */
const CAPABILITY_INDENT = '  ';
