import { describe, expect, it } from 'vitest';
import { GEODESIC_METHOD, lineLengthKm, multiLineLengthKm, segmentLengthKm } from '../../src/geo/geodesic-length.js';
import type { LonLat } from '../../src/geo/geometry-problem.js';

/** A length in km as printed to `decimals` places, the way the reference figures are published. */
const km = (value: number, decimals: number): string => value.toFixed(decimals);

describe('segmentLengthKm: published geodesic distances on WGS84', () => {
  // [from, to, km as published, decimals published, source]
  const cases: [LonLat, LonLat, string, number, string][] = [
    [[0, 0], [1, 0], '111.319', 3, 'a degree of longitude on the equator: a x pi / 180 = 111.319491 km'],
    [[0, 0], [0, 1], '110.574', 3, 'a degree of the meridian from the equator (WGS84 tables: 110.574 km)'],
    [[-73.8, 40.6], [-0.5, 51.6], '5551.759400', 6, 'JFK to LHR, GeographicLib documentation example: 5551759.400319 m'],
    [[174.81, -41.32], [-5.5, 40.96], '19959.679267', 6, 'Wellington to Salamanca, GeographicLib documentation: 19959679.267 m'],
    // First line of Karney's GeodTest.dat (doi:10.5281/zenodo.32156), the library's own reference set.
    [[-139.44815, 35.60777], [-69.95921, -11.17491], '8935.244560', 6, 'GeodTest.dat line 1: 8935244.5604818305 m'],
    [[0, 0], [180, 0], '20003.931459', 6, 'half the meridian (antipodal on the equator): 20003931.4586254 m'],
  ];
  it.each(cases)('%j to %j is %s km', (from, to, expected, decimals) => {
    expect(km(segmentLengthKm(from, to), decimals)).toBe(expected);
    expect(km(segmentLengthKm(to, from), decimals)).toBe(expected);
  });
});

describe('lineLengthKm', () => {
  it('sums the geodesics of consecutive points', () => {
    // Three equator degrees in three steps, and the same as one segment: on the equator the geodesic is the equator.
    expect(km(lineLengthKm([[0, 0], [1, 0], [2, 0], [3, 0]]), 6)).toBe(km(3 * segmentLengthKm([0, 0], [1, 0]), 6));
    expect(km(lineLengthKm([[0, 0], [1, 0], [2, 0], [3, 0]]), 6)).toBe(km(segmentLengthKm([0, 0], [3, 0]), 6));
  });

  it('goes out and back: a line that returns doubles the distance', () => {
    expect(lineLengthKm([[30, 50], [36, 48], [30, 50]])).toBeCloseTo(2 * segmentLengthKm([30, 50], [36, 48]), 9);
  });

  it.each([
    ['no points', []],
    ['one point', [[30, 50]]],
    ['the same point twice', [[30, 50], [30, 50]]],
  ] as [string, LonLat[]][])('is 0 for %s', (_name, points) => {
    expect(lineLengthKm(points)).toBe(0);
  });

  it('crosses the antimeridian the short way', () => {
    expect(km(lineLengthKm([[179.5, 0], [-179.5, 0]]), 3)).toBe('111.319');
  });

  it.each([
    [[181, 0]],
    [[0, -90.5]],
    [[Number.NaN, 0]],
    [[0, Number.POSITIVE_INFINITY]],
  ] as [LonLat][])('throws a RangeError (a programmer error) for the unchecked point %j', (point) => {
    expect(() => lineLengthKm([[0, 0], point])).toThrow(RangeError);
  });
});

describe('multiLineLengthKm', () => {
  it('adds the lines without joining them', () => {
    const west: LonLat[] = [[0, 0], [1, 0]];
    const east: LonLat[] = [[10, 0], [10, 1]];
    // The gap from (1, 0) to (10, 0) is not part of any line.
    expect(km(multiLineLengthKm([west, east]), 3)).toBe(km(111.319491 + 110.574389, 3));
    expect(multiLineLengthKm([])).toBe(0);
  });
});

it('names its method for reports', () => {
  expect(GEODESIC_METHOD).toBe('geodesic on WGS84 (GeographicLib, Karney 2013)');
});
