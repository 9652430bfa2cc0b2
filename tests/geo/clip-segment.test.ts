import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipSegment, type PlaneBox, type PlanePoint } from '../../src/geo/clip-segment.js';

// The box of a 10 x 8 grid of dots: 0..9 across, 0..7 down.
const BOX: PlaneBox = { minX: 0, minY: 0, maxX: 9, maxY: 7 };

describe('clipSegment: cases', () => {
  // [what, from, to, the part inside or null]
  const cases: [string, PlanePoint, PlanePoint, readonly [PlanePoint, PlanePoint] | null][] = [
    ['wholly inside: unchanged', [1, 1], [8, 6], [[1, 1], [8, 6]]],
    ['wholly left of the box', [-5, 1], [-1, 6], null],
    ['wholly below it', [2, 8], [7, 12], null],
    ['across the whole box, left to right', [-10, 4], [20, 4], [[0, 4], [9, 4]]],
    ['in from the left, ending inside', [-3, 2], [3, 2], [[0, 2], [3, 2]]],
    ['out through the top, the direction kept', [4, 4], [4, -4], [[4, 4], [4, 0]]],
    ['a diagonal cut at both ends', [-1, -1], [10, 10], [[0, 0], [7, 7]]],
    ['along an edge: inside (edges belong to the box)', [-2, 0], [12, 0], [[0, 0], [9, 0]]],
    ['just past an edge, parallel to it', [-2, -0.5], [12, -0.5], null],
    ['past a corner without touching the box', [-2, 3], [3, -2], [[0, 1], [1, 0]]],
    ['missing the corner by a little', [-2, 1], [1, -2], null],
    ['a single point inside', [3, 3], [3, 3], [[3, 3], [3, 3]]],
    ['a single point outside', [30, 3], [30, 3], null],
  ];
  it.each(cases)('%s', (_what, from, to, part) => {
    expect(clipSegment(from, to, BOX)).toEqual(part);
  });
});

const coordinate = fc.double({ min: -50, max: 50, noNaN: true });
const planePoint = fc.tuple(coordinate, coordinate);
const box = fc
  .tuple(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }))
  .map(([minX, minY, width, height]): PlaneBox => ({ minX, minY, maxX: minX + width, maxY: minY + height }));

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
/** The point a fraction of the way across and down the box. */
const at = ({ minX, minY, maxX, maxY }: PlaneBox, across: number, down: number): PlanePoint => [
  Math.min(minX + across * (maxX - minX), maxX),
  Math.min(minY + down * (maxY - minY), maxY),
];

const roomyBox = fc
  .tuple(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0.5, max: 30, noNaN: true }), fc.double({ min: 0.5, max: 30, noNaN: true }))
  .map(([minX, minY, width, height]): PlaneBox => ({ minX, minY, maxX: minX + width, maxY: minY + height }));

const inBox = ([x, y]: PlanePoint, { minX, minY, maxX, maxY }: PlaneBox, slack = 1e-9): boolean =>
  x >= minX - slack && x <= maxX + slack && y >= minY - slack && y <= maxY + slack;

/** How far `point` is from the line through `from` and `to` (0 on it), scaled by the segment's length. */
const offLine = (point: PlanePoint, from: PlanePoint, to: PlanePoint): number =>
  Math.abs((to[0] - from[0]) * (point[1] - from[1]) - (to[1] - from[1]) * (point[0] - from[0]));

describe('clipSegment: properties', () => {
  it('keeps the part in the box and on the segment', () => {
    fc.assert(
      fc.property(planePoint, planePoint, box, (from, to, within) => {
        const part = clipSegment(from, to, within);
        if (part === null) return;
        const scale = Math.max(1, Math.hypot(to[0] - from[0], to[1] - from[1]));
        for (const end of part) {
          expect(inBox(end, within)).toBe(true);
          expect(offLine(end, from, to)).toBeLessThan(1e-9 * scale * 100);
        }
      }),
    );
  });

  it('leaves a segment with both ends in the box as it is', () => {
    fc.assert(
      fc.property(box, fraction, fraction, fraction, fraction, (within, ax, ay, bx, by) => {
        const from = at(within, ax, ay);
        const to = at(within, bx, by);
        expect(clipSegment(from, to, within)).toEqual([from, to]);
      }),
    );
  });

  it('finds a part whenever some point of the segment lies in the box', () => {
    fc.assert(
      // A segment through a point well inside the box, reaching anywhere either side of it.
      fc.property(roomyBox, fraction, fraction, planePoint, fc.double({ min: 0.001, max: 0.999, noNaN: true }), (within, px, py, from, t) => {
        const inside = at(within, 0.01 + 0.98 * px, 0.01 + 0.98 * py);
        // The point divides the segment at t: to = from + (inside - from) / t.
        const to: PlanePoint = [from[0] + (inside[0] - from[0]) / t, from[1] + (inside[1] - from[1]) / t];
        expect(clipSegment(from, to, within)).not.toBeNull();
      }),
    );
  });

  it('clips a segment and its reverse to the same part, reversed (a touch at a corner may go either way)', () => {
    fc.assert(
      fc.property(planePoint, planePoint, box, (from, to, within) => {
        const forward = clipSegment(from, to, within);
        const backward = clipSegment(to, from, within);
        const length = (part: readonly [PlanePoint, PlanePoint] | null): number => (part === null ? 0 : Math.hypot(part[1][0] - part[0][0], part[1][1] - part[0][1]));
        if (forward === null || backward === null) {
          expect(Math.max(length(forward), length(backward))).toBeLessThan(1e-6);
          return;
        }
        for (const [a, b] of [[forward[0], backward[1]], [forward[1], backward[0]]] as const) {
          expect(a[0]).toBeCloseTo(b[0], 6);
          expect(a[1]).toBeCloseTo(b[1], 6);
        }
      }),
    );
  });
});
