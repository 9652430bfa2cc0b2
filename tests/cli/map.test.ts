// `forcecalc map` and `forcecalc estimate --format geojson` through the built
// executable, as a user runs them. The environment is built from scratch for
// each run, so that a FORCE_COLOR or NO_COLOR of the machine running the tests
// cannot change what is checked.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TWO_LINES_ASCII_FRAME, TWO_LINES_BRAILLE_FRAME } from '../fixtures/two-lines-map-frames.js';
import { EXECUTABLE, FIXTURES, ROOT, STACK_LINE, type CliRun } from './run-cli.js';

const SHIPPED = join(ROOT, 'scenarios');

/** Runs forcecalc in the CLI fixtures with only PATH, TERM=xterm and `env` set; stdout is a pipe. */
function run(args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun {
  const result = spawnSync(process.execPath, [EXECUTABLE, ...args], {
    cwd: FIXTURES,
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const ESCAPE = '\u001b';
const indent = (count: number): string => ' '.repeat(count);
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const stripColour = (text: string): string => text.replace(/\u001b\[\d+m/g, '');

// drawn/two-lines.yaml at 48 x 14: the frames the renderer's test works out by hand.
const BRAILLE_FRAME = TWO_LINES_BRAILLE_FRAME;
const ASCII_FRAME = TWO_LINES_ASCII_FRAME;
const SMALL = ['map', 'drawn/two-lines.yaml', '--width', '48', '--height', '14'];
const textOf = (frame: readonly string[]): string => `${frame.join('\n')}\n`;

describe('forcecalc map', () => {
  it('draws the whole block in braille on a pipe: no colour, exit 0', () => {
    expect(run(SMALL)).toEqual({ status: 0, stdout: textOf(BRAILLE_FRAME), stderr: '' });
  });

  it('draws one ASCII character a cell under TERM=dumb', () => {
    expect(run(SMALL, { TERM: 'dumb' })).toEqual({ status: 0, stdout: textOf(ASCII_FRAME), stderr: '' });
  });

  it('colours each sector (its cells and its legend marker) when FORCE_COLOR asks, and changes nothing else', () => {
    const coloured = run(SMALL, { FORCE_COLOR: '1' });
    expect(coloured.status).toBe(0);
    const rows = coloured.stdout.split('\n');
    // Sector 1 in cyan (36), sector 2 in yellow (33); 39 returns to the default colour.
    expect(rows[4]).toBe(`${indent(19)}${ESCAPE}[36m⠤⠤⠤⠤⠤1⠤⠤⠤⠤${ESCAPE}[39m`);
    expect(rows[3]).toBe(`${indent(24)}${ESCAPE}[33m2${ESCAPE}[39m`);
    expect(rows[9]).toBe(`${ESCAPE}[36m1${ESCAPE}[39m Equator${indent(25)}222.6 km drawn`);
    expect(stripColour(coloured.stdout)).toBe(textOf(BRAILLE_FRAME));
  });

  it.each([
    ['NO_COLOR=1 beside FORCE_COLOR=0', { NO_COLOR: '1', FORCE_COLOR: '0' }],
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['CI=true', { CI: 'true' }],
  ])('writes no escape sequence under %s', (_case, env) => {
    const plain = run(SMALL, env);
    expect(plain.stdout).not.toContain(ESCAPE);
    expect(plain.stdout).toBe(textOf(BRAILLE_FRAME));
  });

  it.each(['line-of-contact-2025-drawn', 'northern-border-drawn'])('fits the shipped %s into 80 x 23 by default', (id) => {
    const { status, stdout } = run(['map', id, '--scenarios', SHIPPED]);
    expect(status).toBe(0);
    const rows = stdout.replace(/\n$/, '').split('\n');
    expect(rows.length).toBeLessThanOrEqual(23);
    expect(Math.max(...rows.map((row) => Array.from(row).length))).toBeLessThanOrEqual(80);
    expect(stdout).toContain('Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x tortuosity');
    expect(stdout).toMatch(/ km drawn x 1\.\d+/);
  });

  it('says there is nothing to map when no sector is drawn: exit 1, nothing on stdout', () => {
    expect(run(['map', 'drawn/not-drawn.yaml'])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'forcecalc: not-drawn: no sector is drawn, so there is nothing to map; give a sector a path: list of ' +
        '[longitude, latitude] points or a geojson: file instead of its length\n',
    });
  });

  it('reports an invalid scenario as every command does: file:line:col, exit 1', () => {
    expect(run(['map', 'drawn/bad-line.yaml'])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'drawn/bad-line.yaml:4:27 sectors[0].path[1][1]: expected a latitude in degrees from -90 to 90, got 95\n',
    });
  });

  it.each([
    [['map'], 'map needs one scenario'],
    [['map', 'a', 'b'], 'map needs one scenario: an id in the scenarios folder or a file; got 2: "a" "b"'],
    [['map', 'a', '--width', '19'], '--width must be a whole number of columns from 20 to 1000; got "19"'],
    [['map', 'a', '--width', '80.5'], '--width must be a whole number of columns from 20 to 1000; got "80.5"'],
    [['map', 'a', '--height', 'tall'], '--height must be a whole number of rows from 8 to 1000; got "tall"'],
    [['map', 'a', '--format', 'json'], '--format does not apply to map; it takes --scenarios, --width or --height'],
    [['estimate', 'a', '--width', '100'], '--width does not apply to estimate'],
  ])('%j is bad usage: exit 2', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('has its own help', () => {
    const help = run(['map', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: forcecalc map <id\|file> \[--width N\] \[--height N\]/);
    expect(Math.max(...help.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});

describe('forcecalc estimate --format geojson', () => {
  // geo/two-parts.geojson: 1 + 0.5 degrees of the equator, the gap between them not counted, 166.98 km;
  // x 1..2 = 166.98..333.96 km; at 20 /km: 3,339.6..6,679.2, rounded up 3,340..6,680 troops.
  const DEGREE_KM = (6_378.137 * Math.PI) / 180;

  interface Collection {
    type: string;
    properties: unknown;
    features: { type: string; geometry: unknown; properties: Record<string, unknown> }[];
    undrawnSectors: unknown[];
  }

  it('prints a FeatureCollection of the drawn sectors with their figures; the others in undrawnSectors', () => {
    const result = run(['estimate', 'drawn/from-file.yaml', '--format', 'geojson']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const collection = JSON.parse(result.stdout) as Collection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.properties).toEqual({ scenario: { id: 'from-file', title: 'A line in two parts, from a GeoJSON file' } });
    expect(collection.features).toHaveLength(1);
    const [feature] = collection.features;
    expect(feature?.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 0]], [[2, 0], [2.5, 0]]] });
    expect(feature?.properties).toMatchObject({
      name: 'Two parts',
      index: 0,
      tortuosity: { min: 1, max: 2 },
      method: 'geodesic on WGS84 (GeographicLib, Karney 2013)',
      density: { min: 20, max: 20 },
      troops: { min: 3_340, max: 6_680 },
      file: 'geo/two-parts.geojson',
    });
    expect(feature?.properties.measuredKm).toBeCloseTo(1.5 * DEGREE_KM, 6);
    const lengthKm = feature?.properties.lengthKm as { min: number; max: number };
    expect([lengthKm.min, lengthKm.max].map((km) => km / DEGREE_KM)).toEqual([expect.closeTo(1.5, 9), expect.closeTo(3, 9)]);
    expect(collection.undrawnSectors).toEqual([
      { name: 'Given', index: 1, lengthKm: { min: 10, max: 10 }, density: { min: 3, max: 3 }, troops: { min: 30, max: 30 } },
    ]);
  });

  it('applies --set as the other formats do', () => {
    const result = run(['estimate', 'drawn/from-file.yaml', '--format', 'geojson', '--set', 'density=5/km']);
    const collection = JSON.parse(result.stdout) as Collection;
    // The drawn sector keeps its own 20 /km; the given one takes the new scenario density.
    expect(collection.undrawnSectors).toEqual([expect.objectContaining({ density: { min: 5, max: 5 }, troops: { min: 50, max: 50 } })]);
  });

  it('is an estimate format only: compare refuses it', () => {
    const result = run(['compare', 'drawn/from-file.yaml', '--format', 'geojson']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format for compare must be table, json, csv or md; got "geojson"');
  });
});
