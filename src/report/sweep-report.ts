/** `forcecalc sweep --format <format>`: the data table in one of the report formats. */
import type { Sweep } from '../core/analysis/sweep.js';
import { formatSweepCsv } from './sweep-csv.js';
import { sweepDocument } from './sweep-document.js';
import { formatSweepJson } from './sweep-json.js';
import { documentMarkdown } from './document-markdown.js';
import { documentText } from './document-text.js';
import { printReport, type ReportFormat, type ReportPrinters, type TableOptions } from './report-format.js';

/** How the sweep table is laid out (wider grids overflow). */
export type SweepTableOptions = TableOptions;

const SWEEP_PRINTERS: ReportPrinters<Sweep, SweepTableOptions> = { table: formatSweepTable, json: formatSweepJson, csv: formatSweepCsv, md: formatSweepMarkdown };

/** The sweep as `forcecalc sweep --format <format>` prints it. */
export function formatSweep(sweep: Sweep, format: ReportFormat = 'table', options: SweepTableOptions = {}): string {
  return printReport(SWEEP_PRINTERS, sweep, format, options);
}

/** The sweep as a data table; lines within `width` columns (80 by default) except a grid too wide to fit. */
export function formatSweepTable(sweep: Sweep, options: SweepTableOptions = {}): string {
  return documentText(sweepDocument(sweep), options.width ?? 80);
}

/** The sweep as Markdown, ending in a newline. */
export function formatSweepMarkdown(sweep: Sweep): string {
  return documentMarkdown(sweepDocument(sweep));
}
