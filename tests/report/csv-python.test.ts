// The CSV outputs read by Python's csv module (the reader most scripts use): each file gives
// the records our own strict reading gives, and each plain number the same float. Python is
// not a dependency: where `python3` is not on the PATH this is skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvRecords, PLAIN_NUMBER } from './csv-records.js';
import { shippedCsvOutputs } from './shipped-csv-outputs.js';

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const pythonVersion = python.status === 0 ? python.stdout.trim() : null;
const SKIPPED = 'skipped: python3 is not installed';

// Reads each file named on the command line as Python's documentation says to (newline='',
// strict=True), and prints its records with float() of each cell written as a plain number.
const READER = String.raw`
import csv, json, re, sys
plain = re.compile(r'-?\d+(\.\d+)?\Z')
out = []
for path in sys.argv[1:]:
    with open(path, newline='', encoding='utf-8') as f:
        records = list(csv.reader(f, strict=True))
    out.append({'records': records, 'numbers': [float(c) for r in records for c in r if plain.match(c)]})
print(json.dumps(out))
`;

describe.skipIf(pythonVersion === null)(`Python's csv module reads every CSV output (${pythonVersion ?? SKIPPED})`, () => {
  const outputs = shippedCsvOutputs();
  const folder = mkdtempSync(join(tmpdir(), 'forcecalc-csv-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const files = outputs.map((output, index) => {
    const file = join(folder, `${index}.csv`);
    writeFileSync(file, output.text);
    return file;
  });
  const run = spawnSync('python3', ['-c', READER, ...files], { encoding: 'utf8', timeout: 30_000, maxBuffer: 256 * 1024 * 1024 });
  const read = run.status === 0 ? (JSON.parse(run.stdout) as { records: string[][]; numbers: number[] }[]) : [];

  it('runs without an error', () => {
    expect({ status: run.status, stderr: run.stderr, error: run.error }).toEqual({ status: 0, stderr: '', error: undefined });
    expect(read).toHaveLength(outputs.length);
  });

  it.each(outputs.map((output, index) => [output.name, output, index] as const))('%s', (_name, { text }, index) => {
    const records = csvRecords(text);
    expect(read[index]?.records).toEqual(records);
    expect(read[index]?.numbers).toEqual(records.flat().filter((cell) => PLAIN_NUMBER.test(cell)).map(Number));
  });
});
