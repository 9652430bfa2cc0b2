/**
 * The report formats every command prints (docs/cli.md), and the one
 * way a command's printers are chosen among: a printer per format, so that a
 * new format is a compile error in every command until each one prints it.
 */
/** The output formats of `estimate` and `compare` (docs/cli.md), and of the analyses. */
export const REPORT_FORMATS = ['table', 'json', 'csv', 'md'] as const;
/** One of REPORT_FORMATS: `table`, `json`, `csv` or `md`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A command's printer for each report format; only the table takes options (its width). */
export type ReportPrinters<Result, TableOptions> = Readonly<{
  table: (result: Result, options: TableOptions) => string;
  json: (result: Result) => string;
  csv: (result: Result) => string;
  md: (result: Result) => string;
}>;

/** `result` printed by the printer for `format`. */
export function printReport<Result, TableOptions>(
  printers: ReportPrinters<Result, TableOptions>,
  result: Result,
  format: ReportFormat,
  options: TableOptions,
): string {
  return format === 'table' ? printers.table(result, options) : printers[format](result);
}

/** How a report in the table format is laid out. */
export interface TableOptions {
  /** The widest line, in columns. @default 80 */
  readonly width?: number;
}

