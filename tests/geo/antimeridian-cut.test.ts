import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtAntimeridian } from '../../src/geo/antimeridian-cut.js';
import type { Line, LonLat } from '../../src/geo/geometry-problem.js';

describe('cutAtAntimeridian: cases', () => {
  // [what, line, parts]
  const cases: [string, Line, Line[]][] = [
    ['a line that stays on one side', [[170, 60], [175, 61]], [[[170, 60], [175, 61]]]],
    ['a line across 0 degrees (no antimeridian)', [[-1, 50], [1, 51]], [[[-1, 50], [1, 51]]]],
    ['a crossing eastward, cut halfway', [[179, 60], [-179, 62]], [[[179, 60], [180, 61]], [[-180, 61], [-179, 62]]]],
    ['a crossing westward', [[-179, 62], [179, 60]], [[[-179, 62], [-180, 61]], [[180, 61], [179, 60]]]],
    ['a crossing a quarter of the way', [[179.5, 0], [-178.5, 8]], [[[179.5, 0], [180, 2]], [[-180, 2], [-178.5, 8]]]],
    ['out and back: two cuts, three parts', [[179, 0], [-179, 0], [179, 0]], [[[179, 0], [180, 0]], [[-180, 0], [-179, 0], [-180, 0]], [[180, 0], [179, 0]]]],
    ['a start on the antimeridian, written on the side it goes to', [[180, 60], [-179, 60]], [[[-180, 60], [-179, 60]]]],
    ['a start at -180 going west', [[-180, 60], [179, 60]], [[[180, 60], [179, 60]]]],
    ['an end on the antimeridian, written on the side it comes from', [[179, 60], [-180, 60]], [[[179, 60], [180, 60]]]],
    ['a vertex on the antimeridian: the cut is there', [[179, 60], [180, 61], [-179, 62]], [[[179, 60], [180, 61]], [[-180, 61], [-179, 62]]]],
    ['the same vertex written -180', [[179, 60], [-180, 61], [-179, 62]], [[[179, 60], [180, 61]], [[-180, 61], [-179, 62]]]],
    ['a line along the antimeridian, its signs mixed', [[180, 60], [-180, 70]], [[[180, 60], [180, 70]]]],
    ['a segment exactly 180 degrees wide: either way is as short, kept whole', [[0, 0], [180, 0]], [[[0, 0], [180, 0]]]],
    ['the same across a pole', [[-90, 80], [90, 80]], [[[-90, 80], [90, 80]]]],
  ];
  it.each(cases)('%s', (_what, line, parts) => {
    expect(cutAtAntimeridian(line)).toEqual(parts);
  });

  it('returns no part for no points', () => {
    expect(cutAtAntimeridian([])).toEqual([]);
  });
});

// Points off the antimeridian; the cases above pin the points on it.
const longitude = fc.double({ min: -179.999, max: 179.999, noNaN: true });
const latitude = fc.double({ min: -90, max: 90, noNaN: true });
const line = fc.array(fc.tuple(longitude, latitude), { minLength: 2, maxLength: 12 });

/** The east-west distance of a segment the short way round, in degrees. */
const shortWidth = (from: LonLat, to: LonLat): number => Math.min(Math.abs(to[0] - from[0]), 360 - Math.abs(to[0] - from[0]));
/** The east-west distance a GeoJSON reader draws: the straight line between the coordinates. */
const drawnWidth = (from: LonLat, to: LonLat): number => Math.abs(to[0] - from[0]);
const total = (points: Line, width: (from: LonLat, to: LonLat) => number): number =>
  points.slice(1).reduce((sum, point, index) => sum + width(points[index] as LonLat, point), 0);
const crossings = (points: Line): number => points.slice(1).filter((point, index) => Math.abs(point[0] - (points[index] as LonLat)[0]) > 180).length;

describe('cutAtAntimeridian: properties', () => {
  it('gives parts of two or more points in range, none drawn across the antimeridian', () => {
    fc.assert(
      fc.property(line, (points) => {
        for (const part of cutAtAntimeridian(points)) {
          expect(part.length).toBeGreaterThanOrEqual(2);
          for (const [lon, lat] of part) {
            expect(Math.abs(lon)).toBeLessThanOrEqual(180);
            expect(Math.abs(lat)).toBeLessThanOrEqual(90);
          }
          expect(crossings(part)).toBe(0);
        }
      }),
    );
  });

  it('cuts once per crossing segment and returns a line without one unchanged', () => {
    fc.assert(
      fc.property(line, (points) => {
        const parts = cutAtAntimeridian(points);
        expect(parts).toHaveLength(1 + crossings(points));
        if (crossings(points) === 0) expect(parts).toEqual([points]);
      }),
    );
  });

  it('keeps every point in order, adding only a pair of points at the same latitude on either side of each cut', () => {
    fc.assert(
      fc.property(line, (points) => {
        const parts = cutAtAntimeridian(points);
        parts.slice(1).forEach((part, index) => {
          const end = (parts[index] as Line).at(-1) as LonLat;
          const start = part[0] as LonLat;
          expect(Math.abs(end[0])).toBe(180);
          expect(start).toEqual([-end[0], end[1]]);
        });
        const kept = parts.flatMap((part, index) => part.slice(index === 0 ? 0 : 1, index === parts.length - 1 ? undefined : -1));
        expect(kept).toEqual(points);
      }),
    );
  });

  it('draws each segment the short way round: as many degrees east-west as the geodesic crosses', () => {
    fc.assert(
      fc.property(line, (points) => {
        const drawn = cutAtAntimeridian(points).reduce((sum, part) => sum + total(part, drawnWidth), 0);
        expect(drawn).toBeCloseTo(total(points, shortWidth), 9);
      }),
    );
  });

  it('puts each cut between the latitudes of the segment it cuts', () => {
    fc.assert(
      fc.property(line, (points) => {
        const parts = cutAtAntimeridian(points);
        // Every part but the first starts with a cut point and every part but the last ends with one.
        let keptBefore = 0;
        parts.slice(0, -1).forEach((part, index) => {
          keptBefore += part.length - (index === 0 ? 1 : 2);
          const [from, to] = [points[keptBefore - 1], points[keptBefore]] as [LonLat, LonLat];
          const cutLatitude = (part.at(-1) as LonLat)[1];
          expect(cutLatitude).toBeGreaterThanOrEqual(Math.min(from[1], to[1]));
          expect(cutLatitude).toBeLessThanOrEqual(Math.max(from[1], to[1]));
        });
      }),
    );
  });
});
