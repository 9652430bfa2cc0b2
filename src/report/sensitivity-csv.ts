/**
 * `forcecalc sensitivity --format csv`: long format, one record per input and
 * figure, in the sorted order, numbers exact:
 * `scenario,input,low,high,central,figure,atLow,atHigh,swing,opposite`.
 */
import type { Sensitivity } from '../core/analysis/sensitivity.js';
import { inputLabel } from './analysis-inputs.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';

/** The header record. */
export const SENSITIVITY_CSV_HEADER = ['scenario', 'input', 'low', 'high', 'central', 'figure', 'atLow', 'atHigh', 'swing', 'opposite'] as const;

/** The sensitivity as CSV; only the header when no input is uncertain. */
export function formatSensitivityCsv(result: Sensitivity): string {
  const records = result.rows.flatMap((row) =>
    row.swings.map((swing) => [
      csvTextCell(result.scenario.id),
      csvTextCell(inputLabel(row.input)),
      csvNumberCell(row.input.value.min),
      csvNumberCell(row.input.value.max),
      csvNumberCell(row.central),
      csvTextCell(swing.figure),
      csvNumberCell(swing.atLow),
      csvNumberCell(swing.atHigh),
      csvNumberCell(swing.swing),
      String(swing.opposite),
    ]),
  );
  return csvText([SENSITIVITY_CSV_HEADER.map(csvTextCell), ...records]);
}
