/**
 * `forcecalc sweep --format csv`: long format, one record per cell, row by
 * row, numbers exact: `scenario,<factor>[,<factor>],brigadesMin,brigadesMax,
 * troopsMin,troopsMax`. The form for grids too wide for a terminal.
 */
import type { Sweep } from '../core/analysis/sweep.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';

/** The sweep as CSV, the varied factors' names in the header. */
export function formatSweepCsv(sweep: Sweep): string {
  const header = ['scenario', ...sweep.axes.map((axis) => axis.factor), 'brigadesMin', 'brigadesMax', 'troopsMin', 'troopsMax'];
  const records = sweep.cells.map((cell) => [
    csvTextCell(sweep.scenario.id),
    ...cell.values.map(csvNumberCell),
    csvNumberCell(cell.brigades.min),
    csvNumberCell(cell.brigades.max),
    csvNumberCell(cell.troops.min),
    csvNumberCell(cell.troops.max),
  ]);
  return csvText([header.map(csvTextCell), ...records]);
}
