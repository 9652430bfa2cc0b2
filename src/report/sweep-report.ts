/** `forcecalc sweep --format <format>`: the data table in one of the report formats. */
import type { Sweep } from '../core/analysis/sweep.js';
import { formatSweepCsv } from './sweep-csv.js';
import { formatSweepJson } from './sweep-json.js';
import { formatSweepMarkdown } from './sweep-markdown.js';
import { formatSweepTable, type SweepTableOptions } from './sweep-table.js';
import { printReport, type ReportFormat, type ReportPrinters } from './report-format.js';

const SWEEP_PRINTERS: ReportPrinters<Sweep, SweepTableOptions> = { table: formatSweepTable, json: formatSweepJson, csv: formatSweepCsv, md: formatSweepMarkdown };

/** The sweep as `forcecalc sweep --format <format>` prints it. */
export function formatSweep(sweep: Sweep, format: ReportFormat = 'table', options: SweepTableOptions = {}): string {
  return printReport(SWEEP_PRINTERS, sweep, format, options);
}
