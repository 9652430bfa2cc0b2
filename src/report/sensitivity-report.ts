/** `forcecalc sensitivity --format <format>`: the sensitivity in one of the report formats. */
import type { Sensitivity } from '../core/analysis/sensitivity.js';
import { formatSensitivityCsv } from './sensitivity-csv.js';
import { sensitivityDocument } from './sensitivity-document.js';
import { formatSensitivityJson } from './sensitivity-json.js';
import { documentMarkdown } from './document-markdown.js';
import { documentText } from './document-text.js';
import { printReport, type ReportFormat, type ReportPrinters, type TableOptions } from './report-format.js';

/** How the sensitivity table is laid out. */
export type SensitivityTableOptions = TableOptions;

const SENSITIVITY_PRINTERS: ReportPrinters<Sensitivity, SensitivityTableOptions> = {
  table: formatSensitivityTable,
  json: formatSensitivityJson,
  csv: formatSensitivityCsv,
  md: formatSensitivityMarkdown,
};

/** The sensitivity as `forcecalc sensitivity --format <format>` prints it. */
export function formatSensitivity(result: Sensitivity, format: ReportFormat = 'table', options: SensitivityTableOptions = {}): string {
  return printReport(SENSITIVITY_PRINTERS, result, format, options);
}

/** The sensitivity as an aligned text report of at most `width` columns (80 by default). */
export function formatSensitivityTable(result: Sensitivity, options: SensitivityTableOptions = {}): string {
  return documentText(sensitivityDocument(result), options.width ?? 80);
}

/** The sensitivity as Markdown, ending in a newline. */
export function formatSensitivityMarkdown(result: Sensitivity): string {
  return documentMarkdown(sensitivityDocument(result));
}
