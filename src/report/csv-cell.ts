/**
 * CSV cells (RFC 4180) that a spreadsheet reads as data. Text is sanitised
 * first (no escape sequences or control characters reach a terminal that
 * prints the file); then a cell starting, perhaps after spaces, with `=`, `+`,
 * `-` or `@`, or with a tab or carriage return, would be run as a formula (CSV
 * injection), so it gets a leading `'`; a cell holding a comma, a quote or a
 * line break is quoted, with quotes doubled.
 */
import { sanitizeText } from '../text/sanitize.js';

const FORMULA_START = /^(?:\s*[=+\-@]|[\t\r])/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A cell of text from a file or the model (an id, a figure name, a unit). */
export function csvTextCell(text: string): string {
  const clean = sanitizeText(text);
  const neutralised = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return NEEDS_QUOTES.test(neutralised) ? `"${neutralised.replaceAll('"', '""')}"` : neutralised;
}

/** A cell holding a number, exact (JavaScript's shortest round-trip form, never rounded). */
export function csvNumberCell(n: number): string {
  return String(n);
}

/** Records joined with CRLF, the last one ending in CRLF too (RFC 4180). */
export function csvText(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.join(',')}\r\n`).join('');
}
