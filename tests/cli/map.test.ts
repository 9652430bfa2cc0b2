// `forcecalc map` and `forcecalc estimate --format geojson`, run in-process
// (run-cli.ts). Each run sees TERM=xterm and the variables the test gives, and
// nothing of the machine running the tests, so that its FORCE_COLOR or
// NO_COLOR cannot change what is checked. tests/cli/process.test.ts shows the
// built executable reading the same variables from its environment.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWO_LINES_ASCII_FRAME, TWO_LINES_BRAILLE_FRAME } from '../fixtures/two-lines-map-frames.js';
import { runMap } from '../../src/cli/commands/map.js';
import { PLAIN_STYLE } from '../../src/cli/terminal-style.js';
import { FIXTURES, runCli, SHIPPED, STACK_LINE, type CliRun } from './run-cli.js';

/** Runs forcecalc in the CLI fixtures with only TERM=xterm and `env` set; stdout is a pipe. */
function run(args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun {
  return runCli(args, { env: { TERM: 'xterm', ...env } });
}

const ESCAPE = '\u001b';
const indent = (count: number): string => ' '.repeat(count);
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const stripColour = (text: string): string => text.replace(/\u001b\[\d+m/g, '');

// drawn/two-lines.yaml at 48 x 16: the frames the renderer's test works out by hand at 48 x 14, with the
// two rows naming the source of the base map under them (at 48 columns it wraps), so the map keeps its 7 rows.
const SOURCE_ROWS = ['Borders and coasts: Natural Earth (1:50m,', 'version 4.1.0)'];
const BRAILLE_FRAME = [...TWO_LINES_BRAILLE_FRAME, ...SOURCE_ROWS];
// Under the lines, Natural Earth's São Tomé (6.467 to 6.748 E, 0.047 to 0.405 N at 1:50m): in ASCII at
// x = round(19.5 + 4 lon), y = 1 + round(2 (1 - lat)), columns 45-46 of map rows 2-3 (rows 3-4 of the
// block, under the title). In braille the map is 9.5 dots a degree from dot 38: 6 E is dot 95, the last,
// so the island is out of view and the braille frame is the renderer's own.
const withSaoTome = (row: string | undefined): string => `${(row ?? '').padEnd(45)}..`;
const ASCII_FRAME = TWO_LINES_ASCII_FRAME.map((row, index) => (index === 3 || index === 4 ? withSaoTome(row) : row)).concat(SOURCE_ROWS);
const SMALL = ['map', 'drawn/two-lines.yaml', '--width', '48', '--height', '16'];
const textOf = (frame: readonly string[]): string => `${frame.join('\n')}\n`;

describe('forcecalc map', () => {
  it('draws the whole block in braille on a pipe: no colour, exit 0', () => {
    expect(run(SMALL)).toEqual({ status: 0, stdout: textOf(BRAILLE_FRAME), stderr: '' });
  });

  it('draws one ASCII character a cell under TERM=dumb, the base map as "."', () => {
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

  it('draws borders and coasts in grey (90) braille when colour is allowed, "·" without it', () => {
    // The shipped line of contact runs beside the Russian border and the Azov coast.
    const coloured = run(['map', 'line-of-contact-2025-drawn', '--scenarios', SHIPPED], { FORCE_COLOR: '1' });
    expect(coloured.stdout).toMatch(new RegExp(`${ESCAPE}\\[90m[\\u2801-\\u28ff]+${ESCAPE}\\[39m`));
    expect(coloured.stdout).not.toContain('·');
    const plain = run(['map', 'line-of-contact-2025-drawn', '--scenarios', SHIPPED]);
    expect(plain.stdout).toContain('·');
    expect(plain.stdout).toContain('Borders and coasts: Natural Earth (1:50m, version 4.1.0)');
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
    [['map', 'a', '--height', 'tall'], '--height must be a whole number of rows from 6 to 1000; got "tall"'],
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

describe('forcecalc map --height: the whole output fits', () => {
  // Scenarios written for these tests: 60 drawn sectors; a GeoJSON sector, one given as a length and a
  // path (the tester's case); and the shortest line the loader takes, 0.00002 degrees at 50 N (1.43 m).
  let folder = '';
  const file = (name: string): string => join(folder, name);
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'forcecalc-map-'));
    const sixty = Array.from({ length: 60 }, (_, index) => {
      const west = (20 + index * 0.3).toFixed(2);
      const east = (20.3 + index * 0.3).toFixed(2);
      return `  - name: Sector number ${index + 1}\n    path: [[${west}, 48], [${east}, ${48 + (index % 5) / 10}]]\n    tortuosity: 1.1..1.3\n`;
    });
    writeFileSync(file('sixty.yaml'), `title: Sixty sectors\nsectors:\n${sixty.join('')}`);
    mkdirSync(file('geo'));
    copyFileSync(join(FIXTURES, 'drawn', 'geo', 'two-parts.geojson'), file('geo/two-parts.geojson'));
    writeFileSync(
      file('mixed.yaml'),
      'title: Mixed sectors\nsectors:\n  - name: From a file\n    geojson: geo/two-parts.geojson\n' +
        '  - name: Given length\n    length: 5 km\n  - name: A path\n    path: [[0, 1], [1, 1.5], [2, 1]]\n',
    );
    writeFileSync(file('tiny.yaml'), 'title: Tiny line\nsectors:\n  - name: Tiny\n    path: [[30, 50], [30.00002, 50]]\n');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs `map` and returns its rows (the text without its last newline, split). */
  const mapRows = (args: readonly string[], env: Readonly<Record<string, string>> = {}): string[] => {
    const result = run(['map', ...args], env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout.replace(/\n$/, '').split('\n');
  };

  it.each<[string, string[]]>([
    ['line-of-contact-2025-drawn', ['--width', '40', '--height', '10']],
    ['northern-border-drawn', ['--width', '20', '--height', '8']],
    ['line-of-contact-2025-drawn', ['--width', '20', '--height', '8']],
    ['northern-border-drawn', ['--width', '80', '--height', '9']],
    ['sixty.yaml', []],
    ['sixty.yaml', ['--height', '8']],
    ['sixty.yaml', ['--width', '20', '--height', '8']],
    ['sixty.yaml', ['--width', '33', '--height', '40']],
    ['sixty.yaml', ['--width', '120', '--height', '100']],
    ['mixed.yaml', ['--width', '20', '--height', '8']],
    ['mixed.yaml', ['--width', '20', '--height', '12']],
    ['tiny.yaml', ['--width', '20', '--height', '8']],
  ])('%s %j: at most the rows asked (23 by default), none wider than asked (80)', (scenario, size) => {
    const ref = scenario.endsWith('.yaml') ? file(scenario) : scenario;
    const option = (name: string, fallback: number): number => (size.includes(name) ? Number(size[size.indexOf(name) + 1]) : fallback);
    const [width, height] = [option('--width', 80), option('--height', 23)];
    for (const env of [{ TERM: 'xterm' }, { TERM: 'dumb' }]) {
      const rows = mapRows([ref, '--scenarios', SHIPPED, ...size], env);
      expect(rows.length).toBeLessThanOrEqual(height);
      for (const row of rows) expect(stringWidth(row), row).toBeLessThanOrEqual(width);
    }
  });

  it('shows the line of contact at 40 x 10 in 10 rows, its planning length whole', () => {
    const rows = mapRows(['line-of-contact-2025-drawn', '--scenarios', SHIPPED, '--width', '40', '--height', '10']);
    expect(rows).toHaveLength(10);
    // 40 columns: the whole entry (49) fits nowhere, so the name is cut for the planning length.
    expect(rows.slice(-3)).toEqual(['1 Line of contact,…  1,219.7..1,251.8 km', 'Lengths: geodesic on WGS84 x tortuosity', 'Borders and coasts: Natural Earth']);
  });

  it('lists the first 13 of 60 sectors at 80 x 23, then how many more', () => {
    // Title, scale bar, method and the base map's source take 4 rows and the map keeps 5: 14 rows for 13 entries and the count.
    const rows = mapRows([file('sixty.yaml')]);
    expect(rows).toHaveLength(23);
    expect(rows[7]).toMatch(/^1 Sector number 1 {2,}\d/);
    expect(rows[19]).toMatch(/^D Sector number 13 {2,}\d/);
    expect(rows.slice(20)).toEqual([
      '… and 47 more sectors',
      'Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x tortuosity',
      'Borders and coasts: Natural Earth (1:50m, version 4.1.0)',
    ]);
  });

  it('keeps the undrawn sector readable at 20 columns: its length on a row of its own', () => {
    const rows = mapRows([file('mixed.yaml'), '--width', '20', '--height', '30']);
    expect(rows).toContain('  Given length');
    expect(rows).toContain(`${indent(5)}5 km, not drawn`);
  });

  it('refuses, as bad usage, a height below the 6 rows a titled map needs (the parser asks for 8 already)', () => {
    expect(runMap('drawn/two-lines.yaml', { width: 48, height: 5 }, FIXTURES, PLAIN_STYLE)).toEqual({
      stdout: '',
      stderr: 'forcecalc: --height must be at least 6 rows for a map; got 5\nRun forcecalc --help for usage.\n',
      exitCode: 2,
    });
    expect(runMap(join(FIXTURES, 'drawn/two-lines.yaml'), { width: 48, height: 6 }, FIXTURES, PLAIN_STYLE).exitCode).toBe(0);
  });

  it('gives a line of a metre or two a scale bar in metres', () => {
    // 1.43 m across 155 dots between the margins: 0.93 cm a dot; at most 64 dots (59 cm): 0.5 m is 54 dots,
    // 28 cells with the end tick.
    const rows = mapRows([file('tiny.yaml')]);
    expect(rows).toContain(`⣇${'⣀'.repeat(26)}⡇ 0.5 m`);
    expect(rows).toHaveLength(23);
  });
});

describe('forcecalc estimate --format geojson', () => {
  // geo/two-parts.geojson: 1 + 0.5 degrees of the equator, the gap between them not counted, 166.98 km;
  // x 1..2 = 166.98..333.96 km; at 20 /km: 3,339.6..6,679.2, rounded up 3,340..6,680 troops.
  const DEGREE_KM = (6_378.137 * Math.PI) / 180;

  interface Collection {
    type: string;
    scenario: unknown;
    features: { type: string; geometry: unknown; properties: Record<string, unknown> }[];
    undrawnSectors: unknown[];
  }

  it('prints a FeatureCollection of the drawn sectors with their figures; the others in undrawnSectors', () => {
    const result = run(['estimate', 'drawn/from-file.yaml', '--format', 'geojson']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const collection = JSON.parse(result.stdout) as Collection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.scenario).toEqual({ id: 'from-file', title: 'A line in two parts, from a GeoJSON file' });
    expect(collection).not.toHaveProperty('properties');
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
