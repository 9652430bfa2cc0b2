// What forcecalc prints for each shipped scenario, in each format of
// `estimate`, and the overview of them all: pinned as files in goldens/
// (review them in the diff; `npx vitest run tests/cli/shipped-goldens.test.ts -u`
// rewrites them after a deliberate change). Dropping a file into scenarios/
// adds its goldens.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SHIPPED } from './run-cli.js';

const IDS = readdirSync(SHIPPED)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();

/** The format's file extension, so that a reviewer's tools show each golden as what it is. */
const FORMATS = { table: 'txt', json: 'json', csv: 'csv', md: 'md' } as const;

/** Runs forcecalc in the repository's root, whose ./scenarios is the shipped folder. */
const shipped = (args: readonly string[]) => runCli(args, { cwd: ROOT });

describe('the shipped scenarios as forcecalc prints them', () => {
  it('has scenarios to pin', () => {
    expect(IDS.length).toBeGreaterThanOrEqual(9);
  });

  describe.each(IDS)('%s', (id) => {
    it.each(Object.entries(FORMATS))('estimate --format %s', async (format, extension) => {
      const run = shipped(['estimate', id, '--format', format]);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      await expect(run.stdout).toMatchFileSnapshot(`goldens/${id}.${extension}`);
    });
  });

  it('forcecalc (no command, not a terminal): the overview of them all', async () => {
    const run = shipped([]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    await expect(run.stdout).toMatchFileSnapshot('goldens/overview.txt');
  });
});
