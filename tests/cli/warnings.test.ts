// Warnings: a scenario that loads but looks wrong (a drawn line written [latitude, longitude]) is
// reported on stderr as file:line:col: warning: ..., by check, estimate, validate and map alike; stdout and the
// exit code are what they would be without it. Run in-process (run-cli.ts) in tests/fixtures/cli.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/index.js';
import { warningLines } from '../../src/cli/warning-lines.js';
import { loadScenarioFile } from '../../src/scenarios/index.js';
import { FIXTURES, runCli } from './run-cli.js';

const SWAPPED = 'drawn/swapped.yaml';
// Line 7, column 11: the path's list; line 9, column 14: the geojson: file name.
const WARNINGS =
  'drawn/swapped.yaml:7:11: warning: sectors[0].path: the points look written as [latitude, longitude] ' +
  '(as written all at sea, swapped all on land); write each as [longitude, latitude]\n' +
  'drawn/swapped.yaml:9:14: warning: sectors[1].geojson: the points of geo/irish-border-swapped.geojson look written as ' +
  '[latitude, longitude] (as written all at sea, swapped all on land); write each as [longitude, latitude]\n';

describe('the swapped-coordinates warning on the command line', () => {
  it('estimate: the report on stdout as ever, the warnings on stderr, exit 0', () => {
    const run = runCli(['estimate', SWAPPED]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(WARNINGS);
    expect(run.stdout).toContain('Two lines written latitude first');
  });

  it('estimate --format json: stdout stays one JSON document', () => {
    const run = runCli(['estimate', SWAPPED, '--format', 'json']);
    expect(run.stderr).toBe(WARNINGS);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });

  it('check: the same warnings, the exit code of the check alone', () => {
    const run = runCli(['check', SWAPPED]);
    expect(run).toEqual({ status: 0, stdout: 'SKIP swapped: no expect: block\n0 passed, 0 failed, 1 without expect:\n', stderr: WARNINGS });
  });

  it('validate: the file is ok, the warnings follow on stderr', () => {
    expect(runCli(['validate', SWAPPED])).toEqual({ status: 0, stdout: 'drawn/swapped.yaml: ok\n', stderr: WARNINGS });
  });

  it('map: the map on stdout, the warnings on stderr', () => {
    const run = runCli(['map', SWAPPED]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(WARNINGS);
    expect(run.stdout).toContain('Borders and coasts: Natural Earth');
  });

  it.each([
    ['a drawn scenario written the right way round', ['estimate', 'drawn/two-lines.yaml']],
    ['a scenario of written lengths', ['estimate', 'two-sectors']],
    ['a folder checked whole', ['check']],
  ])('says nothing for %s', (_what, args) => {
    expect(runCli(args).stderr).toBe('');
  });
});

describe('warningLines', () => {
  const loaded = loadScenarioFile(`${FIXTURES}/${SWAPPED}`);
  const swapped: Scenario[] = loaded.ok ? [loaded.scenario] : [];

  it('says once that the lines were not checked when the land cannot be read, and why', () => {
    expect(swapped).toHaveLength(1);
    const unreadable = () => ({ ok: false, reason: 'world-atlas/countries-50m.json is not installed (run npm install)' }) as const;
    expect(warningLines(swapped, unreadable)).toBe(
      'forcecalc: warning: drawn lines not checked for swapped coordinates: world-atlas/countries-50m.json is not installed (run npm install)\n',
    );
  });

  it('does not read the land for scenarios with no drawn line', () => {
    const never = (): never => {
      throw new Error('the land was read');
    };
    const undrawn = swapped.map((scenario) => ({ ...scenario, sectors: scenario.sectors.filter((sector) => sector.geometry === undefined) }));
    expect(warningLines(undrawn, never)).toBe('');
  });
});
