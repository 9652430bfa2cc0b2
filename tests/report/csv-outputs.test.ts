// Every CSV that forcecalc prints, for every shipped scenario: estimate, compare, sensitivity,
// sweep, solve and simulate. Each reads as one table: a header of names, every record as wide
// as the header, and numbers plain (digits and a dot, no thousands separators, no exponent), so
// that Python's csv module and a spreadsheet in any locale read them as the same numbers.
// Python's own reading is checked in csv-python.test.ts.
import { describe, expect, it } from 'vitest';
import { csvRecords, looksNumeric, PLAIN_NUMBER } from './csv-records.js';
import { shippedCsvOutputs } from './shipped-csv-outputs.js';

const outputs = shippedCsvOutputs();

describe('every CSV output of every shipped scenario', () => {
  it('covers every command that prints CSV, for each shipped scenario', () => {
    const commands = new Set(outputs.map(({ name }) => name.split(' ')[0]));
    expect([...commands].sort()).toEqual(['compare', 'estimate', 'sensitivity', 'simulate', 'solve', 'sweep']);
    expect(outputs.filter(({ name }) => name.startsWith('estimate ')).length).toBeGreaterThanOrEqual(12);
  });

  it.each(outputs.map((output) => [output.name, output] as const))('%s', (_name, { text }) => {
    const [header = [], ...records] = csvRecords(text);
    // A header of names: letters and digits, each once.
    expect(header.filter((name) => !/^[A-Za-z][A-Za-z0-9]*$/.test(name))).toEqual([]);
    expect(new Set(header).size).toBe(header.length);
    expect(records.length).toBeGreaterThan(0);
    // One width per file.
    expect(records.filter((record) => record.length !== header.length)).toEqual([]);
    // Plain numbers: whatever a reader could take for a number is written digits-and-dot.
    const cells = records.flat();
    expect(cells.filter((cell) => looksNumeric(cell) && !PLAIN_NUMBER.test(cell))).toEqual([]);
    expect(cells.filter((cell) => PLAIN_NUMBER.test(cell)).length).toBeGreaterThan(0);
  });
});

describe('the checks themselves', () => {
  it.each([
    ['1,000', true],
    ['1 000', true],
    ['2,5', true],
    ['1e-7', true],
    ['+3', true],
    ['Infinity', true],
    ['NaN', true],
    ['3750', true],
    ['line-of-contact-2025', false],
    ['Brigade size', false],
    ['', false],
    ['/km', false],
  ])('looksNumeric(%j) is %s', (cell, numeric) => {
    expect(looksNumeric(cell)).toBe(numeric);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(csvRecords('a,"b,c","say ""hi""","two\r\nlines"\r\n,\r\n')).toEqual([['a', 'b,c', 'say "hi"', 'two\r\nlines'], ['', '']]);
  });

  it.each([
    ['a,b\n', 'a line break that is not CRLF'],
    ['a,b', 'a last record without CRLF'],
    ['a"b\r\n', 'a quote inside an unquoted field'],
    ['"a"b\r\n', 'text after a closing quote'],
    ['"a\r\n', 'an unclosed quote'],
  ])('refuses %j: %s', (text, problem) => {
    expect(() => csvRecords(text)).toThrow(problem);
  });
});
