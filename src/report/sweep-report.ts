/** `forcecalc sweep --format <format>`: the data table in one of the report formats. */
import type { Sweep } from '../core/analysis/sweep.js';
import type { ReportFormat } from './index.js';
import { formatSweepCsv } from './sweep-csv.js';
import { formatSweepJson } from './sweep-json.js';
import { formatSweepMarkdown } from './sweep-markdown.js';
import { formatSweepTable, type SweepTableOptions } from './sweep-table.js';

/** The sweep as `forcecalc sweep --format <format>` prints it. */
export function formatSweep(sweep: Sweep, format: ReportFormat = 'table', options: SweepTableOptions = {}): string {
  switch (format) {
    case 'table':
      return formatSweepTable(sweep, options);
    case 'json':
      return formatSweepJson(sweep);
    case 'csv':
      return formatSweepCsv(sweep);
    case 'md':
      return formatSweepMarkdown(sweep);
  }
}
