/** `forcecalc sensitivity --format <format>`: the sensitivity in one of the report formats. */
import type { Sensitivity } from '../core/analysis/sensitivity.js';
import { formatSensitivityCsv } from './sensitivity-csv.js';
import { formatSensitivityJson } from './sensitivity-json.js';
import { formatSensitivityMarkdown } from './sensitivity-markdown.js';
import { formatSensitivityTable, type SensitivityTableOptions } from './sensitivity-table.js';
import { printReport, type ReportFormat, type ReportPrinters } from './report-format.js';

const SENSITIVITY_PRINTERS: ReportPrinters<Sensitivity, SensitivityTableOptions> = { table: formatSensitivityTable, json: formatSensitivityJson, csv: formatSensitivityCsv, md: formatSensitivityMarkdown };

/** The sensitivity as `forcecalc sensitivity --format <format>` prints it. */
export function formatSensitivity(result: Sensitivity, format: ReportFormat = 'table', options: SensitivityTableOptions = {}): string {
  return printReport(SENSITIVITY_PRINTERS, result, format, options);
}
