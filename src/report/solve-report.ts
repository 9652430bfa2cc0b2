/** `forcecalc solve --format <format>`: the answer in one of the report formats. */
import type { Solution } from '../core/analysis/solve.js';
import type { ReportFormat } from './index.js';
import { formatSolveCsv } from './solve-csv.js';
import { formatSolveJson } from './solve-json.js';
import { formatSolveMarkdown } from './solve-markdown.js';
import { formatSolveTable, type SolveTableOptions } from './solve-table.js';

/** The solution as `forcecalc solve --format <format>` prints it. */
export function formatSolution(solution: Solution, format: ReportFormat = 'table', options: SolveTableOptions = {}): string {
  switch (format) {
    case 'table':
      return formatSolveTable(solution, options);
    case 'json':
      return formatSolveJson(solution);
    case 'csv':
      return formatSolveCsv(solution);
    case 'md':
      return formatSolveMarkdown(solution);
  }
}
