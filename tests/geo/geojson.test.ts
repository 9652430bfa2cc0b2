import { describe, expect, it } from 'vitest';
import { multiLineLengthKm } from '../../src/geo/geodesic-length.js';
import { MAX_GEOJSON_BYTES, parseGeoJsonLines } from '../../src/geo/geojson.js';
import { MAX_LISTED_PROBLEMS } from '../../src/geo/geometry-problem.js';
import { problemLines, valueOf } from './problem-text.js';

const lineString = (coordinates: unknown): object => ({ type: 'LineString', coordinates });
const feature = (geometry: unknown): object => ({ type: 'Feature', properties: { name: 'x' }, geometry });
const collection = (...features: unknown[]): object => ({ type: 'FeatureCollection', features });
const parse = (value: unknown): ReturnType<typeof parseGeoJsonLines> => parseGeoJsonLines(JSON.stringify(value));

const ROOT = 'a "type" of LineString, MultiLineString, Feature or FeatureCollection';
const GEOMETRY = 'a geometry "type" of LineString or MultiLineString';
const POSITION = 'a position [longitude, latitude] or [longitude, latitude, altitude]';
const TWO = `at least two points, each ${POSITION}`;
const LONGITUDE = 'a longitude in degrees from -180 to 180';
const LATITUDE = 'a latitude in degrees from -90 to 90';

describe('parseGeoJsonLines: the accepted shapes', () => {
  const kyivKharkiv = [[30.5234, 50.4501], [36.2304, 49.9935]];
  it.each([
    ['a LineString', lineString(kyivKharkiv), [kyivKharkiv]],
    ['a MultiLineString, one line per part', { type: 'MultiLineString', coordinates: [kyivKharkiv, [[0, 0], [1, 1], [2, 2]]] }, [kyivKharkiv, [[0, 0], [1, 1], [2, 2]]]],
    ['a Feature of a LineString', feature(lineString(kyivKharkiv)), [kyivKharkiv]],
    ['a FeatureCollection, lines in order', collection(feature(lineString([[1, 1], [2, 2]])), feature({ type: 'MultiLineString', coordinates: [[[3, 3], [4, 4]]] })), [[[1, 1], [2, 2]], [[3, 3], [4, 4]]]],
    ['positions with an altitude (dropped)', lineString([[30, 50, 120.5], [31, 51, -3]]), [[[30, 50], [31, 51]]]],
    ['the extremes of the ranges', lineString([[-180, -90], [180, 90]]), [[[-180, -90], [180, 90]]]],
    ['foreign members and a bbox', { ...lineString(kyivKharkiv), bbox: [30, 49, 37, 51], title: 'ignored' }, [kyivKharkiv]],
  ])('reads %s', (_name, geojson, lines) => {
    expect(valueOf(parse(geojson))).toEqual(lines);
  });

  it('measures a MultiLineString as the sum of its parts, the gap between them not counted', () => {
    // An equator degree (111.319 km) and, 10 degrees east, a meridian degree from the equator (110.574 km).
    const lines = valueOf(parse({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 0]], [[11, 0], [11, 1]]] }));
    expect(multiLineLengthKm(lines).toFixed(3)).toBe('221.894');
  });

  it('reads text that starts with a byte-order mark, as some Windows tools write it', () => {
    expect(valueOf(parseGeoJsonLines(`\uFEFF${JSON.stringify(lineString(kyivKharkiv))}`))).toEqual([kyivKharkiv]);
  });
});

describe('parseGeoJsonLines: every problem, with its message', () => {
  it.each([
    ['another geometry (Point)', { type: 'Point', coordinates: [30, 50] }, [`type: expected ${ROOT}, got "Point"`]],
    ['a Polygon', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, [`type: expected ${ROOT}, got "Polygon"`]],
    ['a GeometryCollection', { type: 'GeometryCollection', geometries: [lineString([[0, 0], [1, 1]])] }, [`type: expected ${ROOT}, got "GeometryCollection"`]],
    ['no type', { coordinates: [[0, 0], [1, 1]] }, [`type: expected ${ROOT}, got nothing`]],
    ['a type of the wrong case', { type: 'linestring', coordinates: [[0, 0], [1, 1]] }, [`type: expected ${ROOT}, got "linestring"`]],
    ['a number', 42, [`: expected a GeoJSON object with ${ROOT}, got 42`]],
    ['an array', [[0, 0], [1, 1]], [`: expected a GeoJSON object with ${ROOT}, got an array of 2 items`]],
    ['null', null, [`: expected a GeoJSON object with ${ROOT}, got null`]],
    ['a Feature of a Polygon', feature({ type: 'Polygon', coordinates: [] }), [`geometry.type: expected ${GEOMETRY}, got "Polygon"`]],
    ['a Feature without geometry', feature(null), ['geometry: expected a LineString or MultiLineString geometry, got null']],
    ['a FeatureCollection without features', { type: 'FeatureCollection' }, ['features: expected an array of one or more Features, got nothing']],
    ['an empty FeatureCollection', collection(), ['features: expected an array of one or more Features, got an array of 0 items']],
    ['a collection member that is not a Feature', collection(lineString([[0, 0], [1, 1]])), ['features[0].type: expected "Feature", got "LineString"']],
    ['a collection member that is not an object', collection('x'), ['features[0]: expected a Feature, got "x"']],
    ['a Point in the third feature', collection(feature(lineString([[0, 0], [1, 1]])), feature(lineString([[0, 0], [1, 1]])), feature({ type: 'Point', coordinates: [0, 0] })), [`features[2].geometry.type: expected ${GEOMETRY}, got "Point"`]],
    ['coordinates that are not an array', lineString('30,50 31,51'), [`coordinates: expected ${TWO}, got "30,50 31,51"`]],
    ['no coordinates', { type: 'LineString' }, [`coordinates: expected ${TWO}, got nothing`]],
    ['one point', lineString([[30, 50]]), [`coordinates: expected ${TWO}, got an array of 1 item`]],
    ['no points', lineString([]), [`coordinates: expected ${TWO}, got an array of 0 items`]],
    ['a flat list of numbers', lineString([30, 50, 31, 51]), [0, 1, 2, 3].map((index) => `coordinates[${index}]: expected ${POSITION}, got ${[30, 50, 31, 51][index]}`)],
    ['a position of one number', lineString([[30], [31, 51]]), [`coordinates[0]: expected ${POSITION}, got an array of 1 item`]],
    ['a position of four numbers', lineString([[30, 50, 0, 0], [31, 51]]), [`coordinates[0]: expected ${POSITION}, got an array of 4 items`]],
    ['a longitude out of range', lineString([[30, 50], [180.5, 51]]), [`coordinates[1][0]: expected ${LONGITUDE}, got 180.5`]],
    ['a latitude out of range', lineString([[30, 50], [31, -90.01]]), [`coordinates[1][1]: expected ${LATITUDE}, got -90.01`]],
    ['latitude and longitude swapped past 90', lineString([[50, 30], [51, 130]]), [`coordinates[1][1]: expected ${LATITUDE}, got 130`]],
    ['a number as a string', lineString([['30.5', 50], [31, 51]]), [`coordinates[0][0]: expected ${LONGITUDE}, got "30.5"`]],
    ['null coordinates', lineString([[null, null], [31, 51]]), [`coordinates[0][0]: expected ${LONGITUDE}, got null`, `coordinates[0][1]: expected ${LATITUDE}, got null`]],
    ['a non-number altitude', lineString([[30, 50, 'high'], [31, 51]]), ['coordinates[0][2]: expected an altitude in metres (a number), got "high"']],
    ['an empty MultiLineString', { type: 'MultiLineString', coordinates: [] }, ['coordinates: expected an array of one or more lines, got an array of 0 items']],
    ['a MultiLineString part of one point', { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2]]] }, [`coordinates[1]: expected ${TWO}, got an array of 1 item`]],
    ['a deep path in a collection', collection(feature(lineString([[0, 0], [1, 1]])), feature({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[0, 0], [1, 91]]] })), [`features[1].geometry.coordinates[1][1][1]: expected ${LATITUDE}, got 91`]],
  ])('%s', (_name, geojson, messages) => {
    expect(problemLines(parse(geojson))).toEqual(messages);
  });

  it.each([
    ['1e400 (Infinity once parsed)', '{"type":"LineString","coordinates":[[1e400,0],[1,1]]}', [`coordinates[0][0]: expected ${LONGITUDE}, got Infinity`]],
    ['empty text', '', [': expected GeoJSON text, got text that is not JSON (an end before the JSON is complete at line 1, column 1)']],
    ['an escape sequence in a string, escaped for display', '{"type":"Line\\u001b[2JString"}', [`type: expected ${ROOT}, got "Line\\u001b[2JString"`]],
  ])('%s', (_name, text, messages) => {
    expect(problemLines(parseGeoJsonLines(text))).toEqual(messages);
  });

  it('gives the line and column of a syntax error when JSON.parse names a position', () => {
    const [message] = problemLines(parseGeoJsonLines('{\n  "type": "LineString",\n  "coordinates": [[0, 0], [1, 1]\n}'));
    expect(message).toMatch(/^: expected GeoJSON text, got text that is not JSON \(.*\)$/);
    // V8 names a position for this error (Node 20: "Expected ',' or ']' after array element in JSON at position 58").
    if (message?.includes('line')) expect(message).toContain('at line 4, column 1)');
  });

  it('counts the position of a syntax error after a byte-order mark from the first real character', () => {
    const [message] = problemLines(parseGeoJsonLines('\uFEFF{\n  "type": "LineString",\n  "coordinates": [[0, 0], [1, 1]\n}'));
    if (message?.includes('line')) expect(message).toContain('at line 4, column 1)');
  });

  it('says where a raw control character is, without quoting it', () => {
    const [message] = problemLines(parseGeoJsonLines('{"type":"Line\u0007String"}'));
    expect(message).toBe(': expected GeoJSON text, got text that is not JSON (a control character inside a string at line 1, column 14)');
  });

  it('reports every problem at once, across features', () => {
    const result = parse(collection(
      feature(lineString([[200, 50], [31, 95]])),
      feature({ type: 'Point', coordinates: [0, 0] }),
      feature(lineString([[30, 50]])),
    ));
    expect(problemLines(result)).toEqual([
      `features[0].geometry.coordinates[0][0]: expected ${LONGITUDE}, got 200`,
      `features[0].geometry.coordinates[1][1]: expected ${LATITUDE}, got 95`,
      `features[1].geometry.type: expected ${GEOMETRY}, got "Point"`,
      `features[2].geometry.coordinates: expected ${TWO}, got an array of 1 item`,
    ]);
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems and counts the rest`, () => {
    const result = parse(lineString(Array.from({ length: 250 }, () => [0, 100])));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
      expect(result.unlistedProblems).toBe(150);
    }
  });
});

describe('parseGeoJsonLines: hostile and oversized input', () => {
  it.each([
    ['at the root', '{"type":"LineString","__proto__":{"polluted":1},"coordinates":[[0,0],[1,1]]}', '__proto__'],
    ['in a Feature', '{"type":"Feature","__proto__":{},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}', '__proto__'],
    ['in a geometry', '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"__proto__":{},"type":"LineString","coordinates":[[0,0],[1,1]]}}]}', 'features[0].geometry.__proto__'],
  ])('refuses a __proto__ key %s, and pollutes nothing', (_name, text, path) => {
    expect(problemLines(parseGeoJsonLines(text))).toEqual([`${path}: expected no "__proto__" key, got a "__proto__" key`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses text over 5 MiB before parsing it', () => {
    const padding = ' '.repeat(MAX_GEOJSON_BYTES);
    expect(problemLines(parseGeoJsonLines(`${padding}{}`))).toEqual([': expected GeoJSON of at most 5 MiB, got more than 5 MiB of text']);
  });

  it('counts UTF-8 bytes, not characters, against the 5 MiB limit', () => {
    // 2 MiB characters of "é" are 4 MiB of UTF-8 and fit; 3 MiB characters are 6 MiB and do not.
    const withName = (characters: number): string => JSON.stringify({ ...lineString([[0, 0], [1, 1]]), name: 'é'.repeat(characters) });
    expect(parseGeoJsonLines(withName(2 * 1024 * 1024)).ok).toBe(true);
    expect(problemLines(parseGeoJsonLines(withName(3 * 1024 * 1024)))).toEqual([': expected GeoJSON of at most 5 MiB, got more than 5 MiB of text']);
  });

  it('refuses more than 200,000 points in all, once, and stops reading', () => {
    const line = Array.from({ length: 100_001 }, (_, index) => [index % 180, 0]);
    const result = parse({ type: 'MultiLineString', coordinates: [line, line, [[0, 0], [1, 1]]] });
    expect(problemLines(result)).toEqual([': expected at most 200,000 points in all, got more than 200,000 points']);
  });

  it('accepts exactly 200,000 points', () => {
    const line = Array.from({ length: 100_000 }, (_, index) => [index % 180, 0]);
    expect(parse({ type: 'MultiLineString', coordinates: [line, line] }).ok).toBe(true);
  });

  it('survives deeply nested arrays without a stack overflow', () => {
    const depth = 100_000;
    const text = `{"type":"LineString","coordinates":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(problemLines(parseGeoJsonLines(text))).toEqual([`coordinates: expected ${TWO}, got an array of 1 item`]);
  });
});
