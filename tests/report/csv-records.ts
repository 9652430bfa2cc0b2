/**
 * CSV text read back as RFC 4180 says: records end in CRLF, a field in
 * double quotes may hold commas, quotes (doubled) and line breaks. Strict:
 * a quote inside an unquoted field, text after a closing quote or a bare LF
 * is an error, so that a test fails on what a lenient reader would guess at.
 */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at character ${index} of the CSV`);
  };
  while (index < text.length) {
    if (text[index] === '"' && field === '') {
      const close = (from: number): number => {
        const at = text.indexOf('"', from);
        return at === -1 ? fail('an unclosed quote') : at;
      };
      let end = close(index + 1);
      while (text[end + 1] === '"') end = close(end + 2);
      field = text.slice(index + 1, end).replaceAll('""', '"');
      index = end + 1;
      if (![',', '\r', undefined].includes(text[index])) fail('text after a closing quote');
      continue;
    }
    const char = text[index] as string;
    if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else if (char === '"' || char === '\n' || char === '\r') {
      fail(char === '"' ? 'a quote inside an unquoted field' : 'a line break that is not CRLF');
    } else {
      field += char;
    }
    index += 1;
  }
  if (field !== '' || record.length > 0) fail('a last record without CRLF');
  return records;
}

/** A number as the CSV outputs write one: optional minus, digits, at most one dot and digits after it. */
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * True for a cell that a reader would take for a number in some notation:
 * with thousands separators (`1,000`, `1 000`), a decimal comma, an exponent,
 * a plus sign, or a non-finite value.
 */
export function looksNumeric(cell: string): boolean {
  if (/^[-+]?(?:NaN|Infinity)$/.test(cell)) return true;
  if (!/\d/.test(cell)) return false;
  return Number.isFinite(Number(cell.replace(/[,\s'\u00A0\u202F]/g, '')));
}
