/** `forcecalc solve --format <format>`: the answer in one of the report formats. */
import type { Solution } from '../core/analysis/solve.js';
import { formatSolveCsv } from './solve-csv.js';
import { solveDocument } from './solve-document.js';
import { formatSolveJson } from './solve-json.js';
import { documentMarkdown } from './document-markdown.js';
import { documentText } from './document-text.js';
import { printReport, type ReportFormat, type ReportPrinters, type TableOptions } from './report-format.js';

/** How the solve report is laid out. */
export type SolveTableOptions = TableOptions;

const SOLVE_PRINTERS: ReportPrinters<Solution, SolveTableOptions> = { table: formatSolveTable, json: formatSolveJson, csv: formatSolveCsv, md: formatSolveMarkdown };

/** The solution as `forcecalc solve --format <format>` prints it. */
export function formatSolution(solution: Solution, format: ReportFormat = 'table', options: SolveTableOptions = {}): string {
  return printReport(SOLVE_PRINTERS, solution, format, options);
}

/** The answer as an aligned text report of at most `width` columns (80 by default); long lines wrap under their label. */
export function formatSolveTable(solution: Solution, options: SolveTableOptions = {}): string {
  return documentText(solveDocument(solution), options.width ?? 80);
}

/** The answer as Markdown, ending in a newline. */
export function formatSolveMarkdown(solution: Solution): string {
  return documentMarkdown(solveDocument(solution));
}
