/** `forcecalc solve --format <format>`: the answer in one of the report formats. */
import type { Solution } from '../core/analysis/solve.js';
import { formatSolveCsv } from './solve-csv.js';
import { formatSolveJson } from './solve-json.js';
import { formatSolveMarkdown } from './solve-markdown.js';
import { formatSolveTable, type SolveTableOptions } from './solve-table.js';
import { printReport, type ReportFormat, type ReportPrinters } from './report-format.js';

const SOLVE_PRINTERS: ReportPrinters<Solution, SolveTableOptions> = { table: formatSolveTable, json: formatSolveJson, csv: formatSolveCsv, md: formatSolveMarkdown };

/** The solution as `forcecalc solve --format <format>` prints it. */
export function formatSolution(solution: Solution, format: ReportFormat = 'table', options: SolveTableOptions = {}): string {
  return printReport(SOLVE_PRINTERS, solution, format, options);
}
