// The CSV outputs opened by a spreadsheet: LibreOffice Calc imports each file (comma, double
// quote, UTF-8, the columns read as English (USA), as its import dialog offers) and saves it as
// flat XML, where each cell says whether Calc took it for a number and which. Every plain number
// must come back a number of the same value, every other cell as text, in a table of the same
// shape. LibreOffice is large and not a dependency: where `soffice` is not on the PATH
// (Debian: apt-get install libreoffice-calc-nogui) this is skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { csvRecords, PLAIN_NUMBER } from './csv-records.js';
import { shippedCsvOutputs } from './shipped-csv-outputs.js';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 30_000 });
const sofficeVersion = soffice.status === 0 ? soffice.stdout.trim() : null;
const SKIPPED = 'skipped: LibreOffice (soffice) is not installed';

// Calc's CSV filter options: comma (44), double quote (34), UTF-8 (76), from line 1, standard
// column types, English (USA) (1033) for reading numbers.
const CSV_IMPORT = 'CSV:44,34,76,1,,1033';

/** A cell as Calc saved it: a number, text, or nothing. */
type SheetCell = { readonly kind: 'float'; readonly value: number } | { readonly kind: 'string' } | { readonly kind: 'empty' };

/** The rows of the first table of a flat XML spreadsheet (.fods), repeated rows and cells written out. */
function sheetRows(fods: string): SheetCell[][] {
  const table = /<table:table [^>]*>([\s\S]*?)<\/table:table>/.exec(fods)?.[1] ?? '';
  const rows: SheetCell[][] = [];
  for (const [, rowAttributes = '', rowBody = ''] of table.matchAll(/<table:table-row([^>]*)>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: SheetCell[] = [];
    for (const [, attributes = ''] of rowBody.matchAll(/<table:(?:covered-)?table-cell([^>]*?)\/?>/g)) {
      const type = /office:value-type="([^"]+)"/.exec(attributes)?.[1];
      const cell: SheetCell =
        type === 'float' ? { kind: 'float', value: Number(/office:value="([^"]+)"/.exec(attributes)?.[1]) } : type === undefined ? { kind: 'empty' } : { kind: 'string' };
      const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1);
      for (let count = 0; count < repeated; count += 1) cells.push(cell);
    }
    while (cells.at(-1)?.kind === 'empty') cells.pop();
    const repeatedRows = Number(/table:number-rows-repeated="(\d+)"/.exec(rowAttributes)?.[1] ?? 1);
    for (let count = 0; count < repeatedRows; count += 1) rows.push(cells);
  }
  while (rows.at(-1)?.length === 0) rows.pop();
  return rows;
}

/** What Calc should make of one CSV cell. */
function expectedCell(cell: string): SheetCell {
  if (cell === '') return { kind: 'empty' };
  return PLAIN_NUMBER.test(cell) ? { kind: 'float', value: Number(cell) } : { kind: 'string' };
}

describe.skipIf(sofficeVersion === null)(`a spreadsheet reads every CSV output (${sofficeVersion ?? SKIPPED})`, () => {
  const outputs = shippedCsvOutputs();
  const folder = mkdtempSync(join(tmpdir(), 'forcecalc-calc-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const files = outputs.map((output, index) => {
    const file = join(folder, `${index}.csv`);
    writeFileSync(file, output.text);
    return file;
  });
  const converted = join(folder, 'fods');
  mkdirSync(converted);
  // A profile of its own, so that two runs at once do not share LibreOffice's lock.
  const profile = pathToFileURL(join(folder, 'profile')).href;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', `--infilter=${CSV_IMPORT}`, '--convert-to', 'fods', '--outdir', converted, ...files], {
    encoding: 'utf8',
    timeout: 120_000,
  });

  it('converts every file', () => {
    expect({ status: run.status, error: run.error }).toEqual({ status: 0, error: undefined });
  });

  it.each(outputs.map((output, index) => [output.name, output, index] as const))('%s', (_name, { text }, index) => {
    const sheet = sheetRows(readFileSync(join(converted, `${index}.fods`), 'utf8'));
    const expected = csvRecords(text).map((record) => {
      const cells = record.map(expectedCell);
      while (cells.at(-1)?.kind === 'empty') cells.pop();
      return cells;
    });
    // Calc writes 15 significant digits, the last one its own rounding: the same number to 13 digits.
    const sameNumber = (value: number): unknown => expect.closeTo(value, 13 - (value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)))));
    expect(sheet).toEqual(expected.map((row) => row.map((cell) => (cell.kind === 'float' ? { kind: 'float', value: sameNumber(cell.value) } : cell))));
  });
});
