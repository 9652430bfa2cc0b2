/**
 * Estimates as long-format CSV: one record per figure, `scenario,figure,min,
 * max,unit`, numbers exact. Coalition figures follow the core figures when the
 * scenario has a coalition. Several estimates (compare) stack in one table.
 */
import type { Estimate } from '../core/estimate.js';
import { COALITION_FIGURE_NAMES, CORE_FIGURE_NAMES, FIGURES, type FigureName } from '../core/figures.js';
import type { Interval } from '../core/interval.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';

/** The header record. */
export const CSV_HEADER = ['scenario', 'figure', 'min', 'max', 'unit'] as const;

function figureRecords(result: Estimate): string[][] {
  const record = (name: FigureName, value: Interval): string[] => [
    csvTextCell(result.scenario.id),
    csvTextCell(name),
    csvNumberCell(value.min),
    csvNumberCell(value.max),
    csvTextCell(FIGURES[name].unit),
  ];
  const coalition = result.coalition;
  return [
    ...CORE_FIGURE_NAMES.map((name) => record(name, result.figures[name])),
    ...(coalition === null ? [] : COALITION_FIGURE_NAMES.map((name) => record(name, coalition.figures[name]))),
  ];
}

/** `estimate --format csv`. */
export function formatEstimateCsv(result: Estimate): string {
  return formatComparisonCsv([result]);
}

/** `compare --format csv`: the records of each estimate in turn, under one header. */
export function formatComparisonCsv(results: readonly Estimate[]): string {
  return csvText([CSV_HEADER.map(csvTextCell), ...results.flatMap(figureRecords)]);
}
