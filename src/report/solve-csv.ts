/**
 * `forcecalc solve --format csv`: the header and one record, numbers exact:
 * `scenario,solveFor,from,forceTroopsMin,forceTroopsMax,min,max,unit`.
 */
import type { Solution } from '../core/analysis/solve.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';
import { SOLVE_UNITS } from './solve-rows.js';

/** The header record. */
export const SOLVE_CSV_HEADER = ['scenario', 'solveFor', 'from', 'forceTroopsMin', 'forceTroopsMax', 'min', 'max', 'unit'] as const;

/** The solution as CSV. */
export function formatSolveCsv(solution: Solution): string {
  return csvText([
    SOLVE_CSV_HEADER.map(csvTextCell),
    [
      csvTextCell(solution.scenario.id),
      csvTextCell(solution.target),
      csvTextCell(solution.force.kind),
      csvNumberCell(solution.forceTroops.min),
      csvNumberCell(solution.forceTroops.max),
      csvNumberCell(solution.answer.min),
      csvNumberCell(solution.answer.max),
      csvTextCell(SOLVE_UNITS[solution.target]),
    ],
  ]);
}
