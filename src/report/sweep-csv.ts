/**
 * `forcecalc sweep --format csv`: long format, one record per cell, row by
 * row, numbers exact: `scenario,<factor>[,<factor>]`, then `<figure>Min,
 * <figure>Max` for every figure a cell has (the swept figures of the figure
 * table, in its order: troops, brigades, airCover, committedTroops,
 * committedBrigades), whatever was varied: the columns do not move. The form
 * for grids too wide for a terminal.
 */
import type { Sweep } from '../core/analysis/sweep.js';
import { SWEPT_FIGURE_NAMES } from '../core/figures.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';

/** Every figure of a cell, in the order of the columns. */
const CELL_FIGURES = SWEPT_FIGURE_NAMES;

/** The sweep as CSV, the varied factors' names in the header. */
export function formatSweepCsv(sweep: Sweep): string {
  const count = sweep.cells[0]?.capabilities.length ?? 0;
  // Column names are letters and digits: capability k's name is a cell of its own column `capability<k>`, air cover first.
  const header = [
    'scenario',
    ...sweep.axes.map((axis) => axis.factor),
    ...CELL_FIGURES.flatMap((figure) => [`${figure}Min`, `${figure}Max`]),
    ...Array.from({ length: count }, (_, index) => {
      const column = `capability${index + 1}`;
      return [column, `${column}NeedMin`, `${column}NeedMax`, `${column}ShortfallMin`, `${column}ShortfallMax`];
    }).flat(),
  ];
  const bounds = (value: { min: number; max: number } | null): string[] => (value === null ? ['', ''] : [csvNumberCell(value.min), csvNumberCell(value.max)]);
  const records = sweep.cells.map((cell) => [
    csvTextCell(sweep.scenario.id),
    ...cell.values.map(csvNumberCell),
    ...CELL_FIGURES.flatMap((figure) => [csvNumberCell(cell.figures[figure].min), csvNumberCell(cell.figures[figure].max)]),
    ...cell.capabilities.flatMap((capability) => [csvTextCell(capability.name), ...bounds(capability.need), ...bounds(capability.shortfall)]),
  ]);
  return csvText([header.map(csvTextCell), ...records]);
}
