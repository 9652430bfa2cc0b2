// Sectors drawn as lines: `path:` inline, `geojson:` through the injected file
// reader (in memory here, so parseScenarioText stays free of I/O), `tortuosity`,
// and exactly one of length, path and geojson. The fs reader is tested in
// read-referenced-file.test.ts, the fixture files in fixtures.test.ts.
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../src/core/index.js';
import {
  formatProblem,
  parseScenarioText,
  type ReadReferencedFile,
  type ReferencedFileKind,
} from '../../src/scenarios/index.js';
import { serializeScenario } from '../../src/scenarios/serialize.js';
import { withoutPlaces, yaml } from './expect-scenario.js';

// One degree of longitude along the equator: WGS84's equatorial radius, 6,378.137 km, x pi / 180.
// Points on the equator less than 179 degrees apart are joined by the equator itself.
const EQUATOR_DEGREE_KM = (6_378.137 * Math.PI) / 180;
// One degree of latitude from the equator to 1 N along a meridian (the WGS84 meridian arc, published as 110.574 km).
const MERIDIAN_FIRST_DEGREE_KM = 110.574;

const FILE = 'scenarios/x.yaml';

/** A reader over files held in memory, named as loadScenarioFile's reader would name them; records what was asked. */
function memoryReader(files: Readonly<Record<string, string>>): ReadReferencedFile & { calls: [string, ReferencedFileKind][] } {
  const calls: [string, ReferencedFileKind][] = [];
  const read = (reference: string, kind: ReferencedFileKind) => {
    calls.push([reference, kind]);
    const text = files[reference];
    return text === undefined
      ? { ok: false as const, expected: `a ${kind.noun}`, received: `no such file at scenarios/${reference}` }
      : { ok: true as const, file: `scenarios/${reference}`, text };
  };
  return Object.assign(read, { calls });
}

/** A scenario of the given sector lines (each item a YAML line under `sectors:`). */
const sectors = (...lines: string[]): string => yaml('title: T', 'sectors:', ...lines);

function load(text: string, files: Readonly<Record<string, string>> = {}) {
  return parseScenarioText(text, { file: FILE, id: 'x', readFile: memoryReader(files) });
}

function scenarioOf(text: string, files: Readonly<Record<string, string>> = {}): Scenario {
  const result = load(text, files);
  if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

/** The problems as formatted, the scenario's file name left off where it leads. */
function problemsOf(text: string, files: Readonly<Record<string, string>> = {}): string[] {
  const result = load(text, files);
  if (result.ok) return [];
  return result.problems.map((problem) => formatProblem(problem).replace(`${FILE}:`, ''));
}

const lineString = (coordinates: unknown): string => JSON.stringify({ type: 'LineString', coordinates });
const feature = (geometry: unknown): unknown => ({ type: 'Feature', properties: {}, geometry });

describe('a drawn sector measures its line on WGS84', () => {
  test('an inline path: two degrees of the equator, the line kept as drawn', () => {
    const [sector] = scenarioOf(sectors('  - name: A', '    path: [[0, 0], [1, 0], [2, 0]]')).sectors;
    expect(sector?.lengthKm.min).toBeCloseTo(2 * EQUATOR_DEGREE_KM, 6);
    expect(sector?.lengthKm.max).toBe(sector?.lengthKm.min);
    expect(sector?.geometry).toEqual({
      lines: [[[0, 0], [1, 0], [2, 0]]],
      measuredKm: sector?.lengthKm.min,
      method: 'geodesic on WGS84 (GeographicLib, Karney 2013)',
      tortuosity: { min: 1, max: 1 },
      // Line 4 of the text, column 11: where the path's list starts, for a warning about it.
      place: { file: FILE, line: 4, column: 11, path: 'sectors[0].path' },
    });
    expect(sector?.geometry).not.toHaveProperty('file');
  });

  test('a path written as a block list, along a meridian', () => {
    const [sector] = scenarioOf(sectors('  - name: A', '    path:', '      - [0, 0]', '      - [0, 1]')).sectors;
    expect(sector?.lengthKm.min).toBeCloseTo(MERIDIAN_FIRST_DEGREE_KM, 3);
  });

  test.each<[string, unknown, number, number]>([
    ['a LineString', JSON.parse(lineString([[10, 0], [11, 0]])), 1, 1],
    ['a MultiLineString (the gap between its parts not counted)', { type: 'MultiLineString', coordinates: [[[20, 0], [21, 0]], [[22, 0], [23, 0]]] }, 2, 2],
    ['a Feature, its altitudes dropped', feature({ type: 'LineString', coordinates: [[30, 0, 100], [31.5, 0, 120]] }), 1.5, 1],
    [
      'a FeatureCollection of a LineString and a MultiLineString',
      { type: 'FeatureCollection', features: [feature(JSON.parse(lineString([[40, 0], [41, 0]]))), feature({ type: 'MultiLineString', coordinates: [[[42, 0], [42.5, 0]], [[43, 0], [43.5, 0]]] })] },
      2,
      3,
    ],
  ])('a GeoJSON file holding %s', (_case, geojson, degrees, lineCount) => {
    const files = { 'geo/line.geojson': JSON.stringify(geojson) };
    const [sector] = scenarioOf(sectors('  - name: A', '    geojson: geo/line.geojson'), files).sectors;
    expect(sector?.lengthKm.min).toBeCloseTo(degrees * EQUATOR_DEGREE_KM, 6);
    expect(sector?.geometry?.lines).toHaveLength(lineCount);
    expect(sector?.geometry?.lines.flat().every((point) => point.length === 2)).toBe(true);
    // The file as the scenario names it: a saved scenario writes it back as it was.
    expect(sector?.geometry?.file).toBe('geo/line.geojson');
  });

  test('the reader is asked for a GeoJSON file of at most 5 MiB, once however many sectors name it', () => {
    const reader = memoryReader({ 'geo/line.geojson': lineString([[0, 0], [1, 0]]) });
    const text = sectors('  - name: A', '    geojson: geo/line.geojson', '  - name: B', '    geojson: geo/line.geojson');
    const result = parseScenarioText(text, { file: FILE, id: 'x', readFile: reader });
    expect(result.ok).toBe(true);
    expect(reader.calls).toEqual([['geo/line.geojson', { noun: 'GeoJSON file', maxBytes: 5 * 1024 * 1024 }]]);
  });

  test.each<[string, string, [number, number]]>([
    ['no tortuosity: the line as drawn', '', [1, 1]],
    ['a number', '    tortuosity: 1.5', [1.5, 1.5]],
    ['a multiplier written with x', '    tortuosity: 1.5x', [1.5, 1.5]],
    ['a range', '    tortuosity: 1.52..1.56', [1.52, 1.56]],
    ['a range as a list', '    tortuosity: [1, 5]', [1, 5]],
  ])('tortuosity: %s', (_case, line, [low, high]) => {
    const [sector] = scenarioOf(sectors('  - name: A', '    path: [[0, 0], [1, 0]]', ...(line === '' ? [] : [line]))).sectors;
    expect(sector?.geometry?.tortuosity).toEqual({ min: low, max: high });
    expect(sector?.lengthKm.min).toBeCloseTo(EQUATOR_DEGREE_KM * low, 6);
    expect(sector?.lengthKm.max).toBeCloseTo(EQUATOR_DEGREE_KM * high, 6);
  });

  // A distributed tortuosity scales into a distributed length (what simulate samples), not a plain range.
  test.each<[string, string, Record<string, number | string>]>([
    ['pert', 'pert(1, 1.2, 1.5)', { kind: 'pert', low: 1, mode: 1.2, high: 1.5 }],
    ['triangular', 'triangular(1, 1.2, 1.5)', { kind: 'triangular', low: 1, mode: 1.2, high: 1.5 }],
    ['uniform', 'uniform(1.1, 1.4)', { kind: 'uniform', low: 1.1, high: 1.4 }],
    ['normal (mean and sd)', 'normal(1.5, 0.1)', { kind: 'normal', mean: 1.5, sd: 0.1 }],
  ])('a %s tortuosity gives a length of the same distribution, scaled by the km drawn', (_case, written, tortuosity) => {
    const [sector] = scenarioOf(sectors('  - name: A', '    path: [[0, 0], [1, 0]]', `    tortuosity: ${written}`)).sectors;
    const drawnKm = sector?.geometry?.measuredKm ?? Number.NaN;
    expect(drawnKm).toBeCloseTo(EQUATOR_DEGREE_KM, 6);
    expect(sector?.geometry?.tortuosity.distribution).toEqual(tortuosity);
    const scaled = Object.fromEntries(Object.entries(tortuosity).map(([key, value]) => [key, typeof value === 'number' ? value * drawnKm : value]));
    expect(sector?.lengthKm.distribution).toEqual(scaled);
    expect(sector?.lengthKm.min).toBeCloseTo(drawnKm * (sector?.geometry?.tortuosity.min ?? Number.NaN), 6);
    expect(sector?.lengthKm.max).toBeCloseTo(drawnKm * (sector?.geometry?.tortuosity.max ?? Number.NaN), 6);
  });

  test('a sector given by length has no geometry; density still applies to a drawn one', () => {
    const scenario = scenarioOf(sectors('  - name: A', '    length: 100 km', '  - name: B', '    path: [[0, 0], [1, 0]]', '    density: 5 / km'));
    expect(scenario.sectors[0]).not.toHaveProperty('geometry');
    expect(scenario.sectors[1]?.density).toEqual({ min: 5, max: 5 });
  });
});

describe('exactly one of length, path and geojson, and tortuosity only on a drawn line', () => {
  test.each<[string, string[], string[]]>([
    ['none of them', ['  - name: A', '    density: 3 / km'], ['3:5 sectors[0].length: expected a length such as "120 km", a path or a geojson file (required), got nothing']],
    [
      'length and path: the second is refused',
      ['  - name: A', '    length: 100 km', '    path: [[0, 0], [1, 0]]'],
      ['5:5 sectors[0].path: expected one of length, path or geojson, not several, got "path"'],
    ],
    [
      'all three, in the order written',
      ['  - name: A', '    geojson: geo/line.geojson', '    path: [[0, 0], [1, 0]]', '    length: 100 km'],
      [
        '5:5 sectors[0].path: expected one of length, path or geojson, not several, got "path"',
        '6:5 sectors[0].length: expected one of length, path or geojson, not several, got "length"',
      ],
    ],
    [
      'tortuosity with a length',
      ['  - name: A', '    length: 100 km', '    tortuosity: 1.5'],
      ['5:5 sectors[0].tortuosity: expected tortuosity only with a drawn line, path or geojson (a length is used as given), got a sector with a length'],
    ],
    ['tortuosity below 1', ['  - name: A', '    path: [[0, 0], [1, 0]]', '    tortuosity: 0.5'], ['5:17 sectors[0].tortuosity: expected a multiplier of at least 1, got "0.5"']],
    ['tortuosity above 5', ['  - name: A', '    path: [[0, 0], [1, 0]]', '    tortuosity: 6'], ['5:17 sectors[0].tortuosity: expected a multiplier of at most 5, got "6"']],
    ['tortuosity with nothing', ['  - name: A', '    path: [[0, 0], [1, 0]]', '    tortuosity:'], ['5:16 sectors[0].tortuosity: expected a multiplier such as "1.5", got nothing']],
  ])('%s', (_case, lines, messages) => {
    expect(problemsOf(sectors(...lines), { 'geo/line.geojson': lineString([[0, 0], [1, 0]]) })).toEqual(messages);
  });
});

describe('a drawn line that cannot be a sector', () => {
  test.each<[string, string, string]>([
    ['two points in one place', '[[30, 50], [30, 50]]', '4:11 sectors[0].path: expected a line of positive length, got a line of 0 km (its points coincide)'],
    // Held to a written length's lower bound, 0.001 km: 1e-8 degrees of longitude at 50 degrees north is 0.7 mm.
    ['two points under a metre apart', '[[30, 50], [30.00000001, 50]]', '4:11 sectors[0].path: expected a line of at least 1 m, got a line of 0.000717 m'],
    // 0.0000081 degrees on the equator: 0.0000081 x 6,378,137 m x pi / 180 = 0.901688 m; 1.35 m at tortuosity 1.5, but 0.9 m at 1.
    ['two points 0.9 m apart, at the low end of a tortuosity range', '[[0, 0], [0.0000081, 0]]\n    tortuosity: 1..1.5', '4:11 sectors[0].path: expected a line of at least 1 m, got a line of 0.901688 m'],
    ['a single point', '[[30, 50]]', '4:11 sectors[0].path: expected at least two points, each a point [longitude, latitude], got a list of 1 point'],
    ['an empty list', '[]', '4:11 sectors[0].path: expected at least two points, each a point [longitude, latitude], got a list of 0 points'],
    ['a mapping', '{lon: 30, lat: 50}', '4:11 sectors[0].path: expected at least two points, each a point [longitude, latitude], got "{lon: 30, lat: 50}"'],
    ['a latitude out of range, placed at the number', '[[30, 50], [31, -91]]', '4:27 sectors[0].path[1][1]: expected a latitude in degrees from -90 to 90, got -91'],
    ['latitude and longitude swapped past 90', '[[50, 30], [95, 30], [30, 95]]', '4:37 sectors[0].path[2][1]: expected a latitude in degrees from -90 to 90, got 95'],
    ['an altitude (GeoJSON allows one, a path does not)', '[[30, 50, 100], [31, 50]]', '4:12 sectors[0].path[0]: expected a point [longitude, latitude], got an array of 3 items'],
  ])('%s', (_case, path, message) => {
    expect(problemsOf(sectors('  - name: A', `    path: ${path}`))).toEqual([message]);
  });

  test('a line longer than 100,000 km once tortuosity is applied', () => {
    // Round the equator but for 2 degrees: 358 x 111.3194908 = 39,852.38 km drawn; x 3 = 119,557.13 km.
    const text = sectors('  - name: A', '    path: [[-179, 0], [-90, 0], [0, 0], [90, 0], [179, 0]]', '    tortuosity: 3');
    expect(problemsOf(text)).toEqual([
      '4:11 sectors[0].path: expected a line of at most 100,000 km, got 119,557.1 km after tortuosity (39,852.4 km drawn)',
    ]);
  });

  test('more than 100 bad points: the first 100 listed, the rest counted', () => {
    const points = Array.from({ length: 150 }, (_, index) => `[${index}, 91]`).join(', ');
    const problems = problemsOf(sectors('  - name: A', `    path: [${points}]`));
    expect(problems).toHaveLength(101);
    // By position: the count stands at the path, before its first point.
    expect(problems.slice(0, 2)).toEqual([
      '4:11 sectors[0].path: expected no more problems, got 50 more problems, not listed',
      '4:16 sectors[0].path[0][1]: expected a latitude in degrees from -90 to 90, got 91',
    ]);
  });
});

describe('GeoJSON problems name the file and the place inside it', () => {
  const files = {
    'geo/front.geojson': JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature(JSON.parse(lineString([[30, 50], [31, 50]]))),
        feature({ type: 'Polygon', coordinates: [] }),
        feature(JSON.parse(lineString([[30, 50], [31, 95]]))),
      ],
    }),
    'geo/point.geojson': JSON.stringify({ type: 'Point', coordinates: [30, 50] }),
    'geo/broken.geojson': '{"type": "LineString",',
    'geo/environment.geojson': 'IS_SANDBOX=1\nSECRET_TOKEN=hunter2\n',
    'geo/shadow.geojson': 'root:*:20212:0:99999:7:::\n',
    'geo/number.geojson': '42',
  };

  test('problems inside the geometry: listed once under the file name, counted at every sector that names the file', () => {
    const text = sectors('  - name: A', '    geojson: geo/front.geojson', '  - name: B', '    length: 3 kg', '  - name: C', '    geojson: geo/front.geojson');
    expect(problemsOf(text, files)).toEqual([
      '4:14 sectors[0].geojson: expected GeoJSON lines forcecalc can measure, got 2 problems in scenarios/geo/front.geojson',
      '6:13 sectors[1].length: expected a length such as "120 km", got "3 kg"',
      '8:14 sectors[2].geojson: expected GeoJSON lines forcecalc can measure, got 2 problems in scenarios/geo/front.geojson',
      // The scenario's own problems by position come first, then the file's, in the order found.
      'scenarios/geo/front.geojson features[1].geometry.type: expected a geometry "type" of LineString or MultiLineString, got "Polygon"',
      'scenarios/geo/front.geojson features[2].geometry.coordinates[1][1]: expected a latitude in degrees from -90 to 90, got 95',
    ]);
  });

  test.each<[string, string, string]>([
    [
      'another geometry type at the root',
      'geo/point.geojson',
      '4:14 sectors[0].geojson: expected a "type" of LineString, MultiLineString, Feature or FeatureCollection, got "Point" in scenarios/geo/point.geojson',
    ],
    [
      'JSON that is not an object',
      'geo/number.geojson',
      '4:14 sectors[0].geojson: expected a GeoJSON object with a "type" of LineString, MultiLineString, Feature or FeatureCollection, got 42 in scenarios/geo/number.geojson',
    ],
    ['a missing file (the reader says why)', 'geo/none.geojson', '4:14 sectors[0].geojson: expected a GeoJSON file, got no such file at scenarios/geo/none.geojson'],
  ])('the whole file unusable: %s, at the geojson: value', (_case, reference, message) => {
    expect(problemsOf(sectors('  - name: A', `    geojson: ${reference}`), files)).toEqual([message]);
  });

  // Never JSON.parse's message: V8 quotes the text around the fault, which may be a file of secrets.
  test.each([
    ['JSON cut short', 'geo/broken.geojson', 'an end before the JSON is complete at line 1, column 23'],
    ['a file of environment variables', 'geo/environment.geojson', 'a character that starts no JSON value at line 1, column 1'],
    ['a password file', 'geo/shadow.geojson', 'a character that starts no JSON value at line 1, column 1'],
  ])('text that is not JSON (%s): where and why, none of its content, at the geojson: value', (_case, reference, reason) => {
    const problems = problemsOf(sectors('  - name: A', `    geojson: ${reference}`), files);
    expect(problems).toEqual([`4:14 sectors[0].geojson: expected GeoJSON text, got text that is not JSON (${reason}) in scenarios/${reference}`]);
    expect(problems.join('\n')).not.toMatch(/IS_SANDBOX|hunter2|root|LineString/);
  });

  test('a reader that throws anyway is still a problem, not a crash', () => {
    const throwing: ReadReferencedFile = () => {
      throw new Error('disk on fire');
    };
    const result = parseScenarioText(sectors('  - name: A', '    geojson: geo/x.geojson'), { file: FILE, id: 'x', readFile: throwing });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${FILE}: expected a file forcecalc can read, got an internal error (Error: disk on fire)`,
    ]);
  });

  test('without a file reader (text given in memory), a geojson: reference is a problem', () => {
    const result = parseScenarioText(sectors('  - name: A', '    geojson: geo/front.geojson'), { file: FILE, id: 'x' });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${FILE}:4:14 sectors[0].geojson: expected a scenario loaded from a file (a geojson: path is read from the scenario file's folder), got a scenario given as text, with no file reader`,
    ]);
  });
});

describe('a drawn scenario saved and loaded again keeps its lines', () => {
  test('an inline path and its tortuosity, the points one to a line', () => {
    const text = sectors('  - name: A', '    path: [[30.5, 50.25], [31.125, 50.5], [32, 51]]', '    tortuosity: 1.25..1.5', '  - name: B', '    geojson: geo/line.geojson');
    const files = { 'geo/line.geojson': lineString([[0, 0], [1, 0]]) };
    const scenario = scenarioOf(text, files);
    const saved = serializeScenario(scenario, {});
    expect(saved).toContain('path:\n      - [ 30.5, 50.25 ]\n      - [ 31.125, 50.5 ]\n      - [ 32, 51 ]\n    tortuosity: 1.25..1.5\n');
    expect(saved).toContain('geojson: geo/line.geojson\n');
    expect(withoutPlaces(scenarioOf(saved, files))).toEqual(withoutPlaces(scenario));
  });
});
