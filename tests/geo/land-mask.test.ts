import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Line, LonLat } from '../../src/geo/geometry-problem.js';
import { createLandMask } from '../../src/geo/land-mask.js';

/** A closed rectangle ring from its corners, counter-clockwise as GeoJSON writes outer rings. */
const rectangle = (west: number, south: number, east: number, north: number): Line => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const ISLAND = rectangle(0, 0, 10, 10);
const LAKE = rectangle(3, 3, 7, 7);
// An island across 180 degrees, written as Natural Earth writes Chukotka: its longitudes jump from 170 to -170.
const ACROSS_180: Line = [[170, 10], [-170, 10], [-170, 20], [170, 20], [170, 10]];
// A cap round the south pole below 70 S, written as Antarctica is: once round, back to where it began.
const SOUTH_CAP: Line = [[-180, -70], [-90, -70], [0, -70], [90, -70], [180, -70], [-180, -70]];

describe('createLandMask: cases', () => {
  // [what, rings, point, on land]
  const cases: [string, Line[], LonLat, boolean][] = [
    ['inside an island', [ISLAND], [5, 5], true],
    ['east of it', [ISLAND], [15, 5], false],
    ['west of it (the ray crosses it twice)', [ISLAND], [-1, 5], false],
    ['north of it', [ISLAND], [5, 12], false],
    ['on a lake inside it (a hole)', [ISLAND, LAKE], [5, 5], false],
    ['on its shore, between lake and coast', [ISLAND, LAKE], [1, 5], true],
    ['the same island in two pieces of coast that join up (as a TopoJSON mesh gives it)', [ISLAND.slice(0, 3), ISLAND.slice(2)], [5, 5], true],
    ['the pieces in the other order', [ISLAND.slice(2), ISLAND.slice(0, 3)], [11, 5], false],
    ['the same island written clockwise', [[...ISLAND].reverse()], [5, 5], true],
    ['a ray through a vertex of the island counted once', [[[0, 0], [10, 5], [0, 10], [0, 0]]], [2, 5], true],
    ['an island across 180 degrees, its east side', [ACROSS_180], [175, 15], true],
    ['the same island, its west side', [ACROSS_180], [-175, 15], true],
    ['not the band of the world it would span unwrapped', [ACROSS_180], [0, 15], false],
    ['west of it', [ACROSS_180], [160, 15], false],
    ['a polar cap, at the pole side', [SOUTH_CAP], [0, -80], true],
    ['the cap just east of 180 degrees', [SOUTH_CAP], [-179.9, -75], true],
    ['the cap just west of it', [SOUTH_CAP], [179.9, -75], true],
    ['north of the cap', [SOUTH_CAP], [0, -60], false],
    ['a coast that steps from 180 to -180 along the meridian', [[[170, 10], [180, 10], [-180, 20], [170, 20], [170, 10]]], [175, 15], true],
    ['no land at all', [], [5, 5], false],
  ];
  it.each(cases)('%s', (_what, rings, point, land) => {
    expect(createLandMask(rings).isLand(point)).toBe(land);
  });
});

describe('createLandMask: properties', () => {
  // Rectangles inside -179..179 and -85..85, and points kept off their edges so that the answer is sure.
  const rectangleOf = fc
    .tuple(fc.double({ min: -179, max: 170, noNaN: true }), fc.double({ min: -85, max: 80, noNaN: true }), fc.double({ min: 0.5, max: 9, noNaN: true }), fc.double({ min: 0.5, max: 5, noNaN: true }))
    .map(([west, south, width, height]) => ({ west, south, east: west + width, north: south + height }));
  const pointOf = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
  const EDGE = 1e-6;
  const clearOfEdges = ([x, y]: LonLat, r: { west: number; south: number; east: number; north: number }): boolean =>
    Math.abs(x - r.west) > EDGE && Math.abs(x - r.east) > EDGE && Math.abs(y - r.south) > EDGE && Math.abs(y - r.north) > EDGE;

  it('says a point is on a rectangle of land exactly when it is inside it', () => {
    fc.assert(
      fc.property(rectangleOf, pointOf, (r, point) => {
        fc.pre(clearOfEdges(point, r));
        const inside = point[0] > r.west && point[0] < r.east && point[1] > r.south && point[1] < r.north;
        expect(createLandMask([rectangle(r.west, r.south, r.east, r.north)]).isLand(point)).toBe(inside);
      }),
    );
  });

  it('gives the same answer for a rectangle moved across 180 degrees as for its own longitudes wrapped', () => {
    fc.assert(
      fc.property(fc.double({ min: 175, max: 179.5, noNaN: true }), fc.double({ min: 1, max: 8, noNaN: true }), pointOf, (west, width, point) => {
        const east = west + width;
        const r = { west, south: 0, east, north: 5 };
        // Written with the longitudes Natural Earth uses: past 180 as negative.
        const wrap = (longitude: number): number => (longitude > 180 ? longitude - 360 : longitude);
        const ring: Line = [[west, 0], [wrap(east), 0], [wrap(east), 5], [west, 5], [west, 0]];
        const unwrapped: LonLat = [point[0] < 0 ? point[0] + 360 : point[0], point[1]];
        fc.pre(clearOfEdges(unwrapped, r) && Math.abs(point[0]) < 180);
        const inside = unwrapped[0] > west && unwrapped[0] < east && point[1] > 0 && point[1] < 5;
        expect(createLandMask([ring]).isLand(point)).toBe(inside);
      }),
    );
  });

  it('does not mind the order of the rings', () => {
    fc.assert(
      fc.property(fc.array(rectangleOf, { minLength: 1, maxLength: 5 }), pointOf, (rectangles, point) => {
        const rings = rectangles.map((r) => rectangle(r.west, r.south, r.east, r.north));
        expect(createLandMask([...rings].reverse()).isLand(point)).toBe(createLandMask(rings).isLand(point));
      }),
    );
  });
});
