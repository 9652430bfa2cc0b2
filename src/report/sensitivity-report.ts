/** `forcecalc sensitivity --format <format>`: the sensitivity in one of the report formats. */
import type { Sensitivity } from '../core/analysis/sensitivity.js';
import type { ReportFormat } from './index.js';
import { formatSensitivityCsv } from './sensitivity-csv.js';
import { formatSensitivityJson } from './sensitivity-json.js';
import { formatSensitivityMarkdown } from './sensitivity-markdown.js';
import { formatSensitivityTable, type SensitivityTableOptions } from './sensitivity-table.js';

/** The sensitivity as `forcecalc sensitivity --format <format>` prints it. */
export function formatSensitivity(result: Sensitivity, format: ReportFormat = 'table', options: SensitivityTableOptions = {}): string {
  switch (format) {
    case 'table':
      return formatSensitivityTable(result, options);
    case 'json':
      return formatSensitivityJson(result);
    case 'csv':
      return formatSensitivityCsv(result);
    case 'md':
      return formatSensitivityMarkdown(result);
  }
}
