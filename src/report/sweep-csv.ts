/**
 * `forcecalc sweep --format csv`: long format, one record per cell, row by
 * row, numbers exact: `scenario,<axis>[,<axis>]` (a factor's name, or an
 * input as the command line wrote it: `sector[Hot spot].length`), then
 * `<figure>Min,<figure>Max` for every figure a cell has (the swept figures of
 * the figure table, in its order: troops, brigades, airCover,
 * committedTroops, committedBrigades, and with a coalition pledgedTroops and
 * shortfallTroops), whatever was varied: the columns do not move. The form
 * for grids too wide for a terminal.
 */
import type { Sweep } from '../core/analysis/sweep.js';
import { SWEPT_COALITION_FIGURE_NAMES, SWEPT_FIGURE_NAMES } from '../core/figures.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';
import { axisColumnName, cellFigure } from './sweep-rows.js';

/** The sweep as CSV, the varied axes' names in the header. */
export function formatSweepCsv(sweep: Sweep): string {
  const count = sweep.cells[0]?.capabilities.length ?? 0;
  // Every figure of a cell, in the order of the columns: the coalition's where there is one.
  const figures = sweep.cells[0]?.coalition == null ? SWEPT_FIGURE_NAMES : [...SWEPT_FIGURE_NAMES, ...SWEPT_COALITION_FIGURE_NAMES];
  // Column names are letters and digits: capability k's name is a cell of its own column `capability<k>`, air cover first.
  // An input axis is named as written, text from the command line: csvTextCell quotes and defuses it as any cell.
  const header = [
    'scenario',
    ...sweep.axes.map(axisColumnName),
    ...figures.flatMap((figure) => [`${figure}Min`, `${figure}Max`]),
    ...Array.from({ length: count }, (_, index) => {
      const column = `capability${index + 1}`;
      return [column, `${column}NeedMin`, `${column}NeedMax`, `${column}ShortfallMin`, `${column}ShortfallMax`];
    }).flat(),
  ];
  const bounds = (value: { min: number; max: number } | null): string[] => (value === null ? ['', ''] : [csvNumberCell(value.min), csvNumberCell(value.max)]);
  const records = sweep.cells.map((cell) => [
    csvTextCell(sweep.scenario.id),
    ...cell.values.map(csvNumberCell),
    ...figures.flatMap((figure) => bounds(cellFigure(cell, figure))),
    ...cell.capabilities.flatMap((capability) => [csvTextCell(capability.name), ...bounds(capability.need), ...bounds(capability.shortfall)]),
  ]);
  return csvText([header.map(csvTextCell), ...records]);
}
