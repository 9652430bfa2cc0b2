/**
 * The compare table as data: one row per factor and per figure, one cell per
 * scenario, each cell marked when it differs from the base (the first
 * scenario). Numbers come from the core's estimates and the report's formats.
 */
import { FACTOR_NAMES, FACTORS, FIGURE_NAMES, FIGURES, equals, figureValue, type Estimate, type FactorName, type Interval } from '../../core/index.js';
import { formatFactor, formatInterval, formatQuantity } from '../../report/number-format.js';

/** A scenario in the comparison. */
export interface CompareColumn {
  readonly estimate: Estimate;
  /** True when the planner changed its factors in this session. */
  readonly edited: boolean;
}

/** A scenario's value in a row, as text. */
export interface CompareCell {
  readonly text: string;
  /** False for the base column and for cells equal to the base. */
  readonly differs: boolean;
}

/** One factor or figure across the scenarios. */
export interface CompareRow {
  readonly label: string;
  /** The unit of every cell, in a column of its own so that the scenario columns stay narrow; empty where the cell says it ("25%", "3x"). */
  readonly unit: string;
  readonly cells: readonly CompareCell[];
}

function sameValue(a: Interval | null, b: Interval | null): boolean {
  return a === null || b === null ? a === b : equals(a, b);
}

function row(label: string, unit: string, values: readonly (Interval | null)[], text: (value: Interval) => string): CompareRow {
  const base = values[0] ?? null;
  return {
    label,
    unit,
    cells: values.map((value, index) => ({ text: value === null ? '-' : text(value), differs: index > 0 && !sameValue(value, base) })),
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
      return { unit, text: formatQuantity };
  }
}

/** The factors, then every figure, of each scenario. */
export function compareRows(columns: readonly CompareColumn[]): CompareRow[] {
  const factorRows = FACTOR_NAMES.map((name) => {
    const cell = factorCell(name);
    return row(FACTORS[name].label, cell.unit, columns.map((column) => column.estimate.factors[name].value), cell.text);
  });
  const figureRows = FIGURE_NAMES.map((name) => {
    const { label, unit, kind } = FIGURES[name];
    return row(label, unit, columns.map((column) => figureValue(column.estimate, name)), (value) => formatInterval(value, kind));
  });
  return [...factorRows, ...figureRows];
}
