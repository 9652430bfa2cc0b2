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

// JavaScript's exponent form, as String writes numbers below 1e-6 or from 1e21 up: 1.5e-7, 1e+21.
const EXPONENT_FORM = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * A cell holding a number, exact and plain: JavaScript's shortest round-trip
 * digits (never rounded), with a dot for decimals, no thousands separators and
 * no exponent. String(n) writes a simulated probability of 1 in 10,000,000 as
 * 1e-7, which a spreadsheet set to another locale may read as text; it is
 * written out here, 0.0000001, the same digits and the same number.
 */
export function csvNumberCell(n: number): string {
  const text = String(n);
  const match = EXPONENT_FORM.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  // Where the decimal point falls among the digits once the exponent is applied.
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Records joined with CRLF, the last one ending in CRLF too (RFC 4180). */
export function csvText(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.join(',')}\r\n`).join('');
}
