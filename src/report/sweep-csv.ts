/**
 * `forcecalc sweep --format csv`: long format, one record per cell, row by
 * row, numbers exact: `scenario,<factor>[,<factor>],brigadesMin,brigadesMax,
 * troopsMin,troopsMax,committedBrigadesMin,committedBrigadesMax,
 * committedTroopsMin,committedTroopsMax,airCoverMin,airCoverMax` (every figure
 * a cell has, whatever was varied: the columns do not move). The form for
 * grids too wide for a terminal.
 */
import type { Sweep, SweepCell } from '../core/analysis/sweep.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';

/** Every figure of a cell, in the order of the columns. */
const CELL_FIGURES = ['brigades', 'troops', 'committedBrigades', 'committedTroops', 'airCover'] as const satisfies readonly (keyof SweepCell)[];

/** The sweep as CSV, the varied factors' names in the header. */
export function formatSweepCsv(sweep: Sweep): string {
  const header = ['scenario', ...sweep.axes.map((axis) => axis.factor), ...CELL_FIGURES.flatMap((figure) => [`${figure}Min`, `${figure}Max`])];
  const records = sweep.cells.map((cell) => [
    csvTextCell(sweep.scenario.id),
    ...cell.values.map(csvNumberCell),
    ...CELL_FIGURES.flatMap((figure) => [csvNumberCell(cell[figure].min), csvNumberCell(cell[figure].max)]),
  ]);
  return csvText([header.map(csvTextCell), ...records]);
}
