// When a drawn line looks written as [latitude, longitude]: first on a land of rectangles worked out
// by hand, then on Natural Earth's land with the shipped lines (none may warn) and real lines swapped.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalEarthLand } from '../../src/atlas/natural-earth.js';
import { parseGeoJsonLines } from '../../src/geo/geojson.js';
import type { Line, LonLat } from '../../src/geo/geometry-problem.js';
import { createLandMask, type LandMask } from '../../src/geo/land-mask.js';
import { looksSwapped } from '../../src/geo/swapped-coordinates.js';
import { loadScenarioDir } from '../../src/scenarios/index.js';
import { valueOf } from './problem-text.js';

const swap = (line: Line): Line => line.map(([first, second]): LonLat => [second, first]);

// A continent from 30 to 40 E and 45 to 52 N (about where Ukraine is), and nothing else.
const CONTINENT = createLandMask([[[30, 45], [40, 45], [40, 52], [30, 52], [30, 45]]]);

describe('looksSwapped on a land worked out by hand', () => {
  // [what, lines, warns]
  const cases: [string, Line[], boolean][] = [
    ['a line on the continent, written [lon, lat]', [[[35, 48], [36, 49]]], false],
    ['the same line written [lat, lon]: at sea as written, on the continent swapped', [[[48, 35], [49, 36]]], true],
    ['a line at sea both ways', [[[0, 0], [1, 1]]], false],
    ['one point of the swapped line on land as written', [[[48, 35], [35, 48]]], false],
    ['one point that is at sea swapped too', [[[48, 35], [60, 10]]], false],
    ['two lines (a MultiLineString), both swapped', [[[48, 35], [49, 36]], [[50, 38], [51, 39]]], true],
    ['two lines, only one of them swapped', [[[48, 35], [49, 36]], [[35, 48], [36, 49]]], false],
    ['a first coordinate that is no latitude: written as it should be', [[[120, 35], [49, 36]]], false],
    ['no points', [], false],
    ['lines with no points', [[]], false],
  ];
  it.each(cases)('%s: %s', (_what, lines, warns) => {
    expect(looksSwapped(lines, CONTINENT)).toBe(warns);
  });
});

const longitude = fc.double({ min: -180, max: 180, noNaN: true });
const latitude = fc.double({ min: -90, max: 90, noNaN: true });
// Points valid both ways round: each coordinate within -90..90.
const swappable = fc.array(fc.tuple(latitude, latitude), { minLength: 2, maxLength: 8 });
const anyLine = fc.array(fc.tuple(longitude, latitude), { minLength: 2, maxLength: 8 });
// Lands of a few rectangles anywhere: lines and their swaps meet both land and sea.
const rectangles = fc.array(
  fc.tuple(fc.double({ min: -90, max: 80, noNaN: true }), fc.double({ min: -90, max: 80, noNaN: true }), fc.double({ min: 1, max: 60, noNaN: true }), fc.double({ min: 1, max: 60, noNaN: true })),
  { minLength: 1, maxLength: 6 },
);
const landOf = (boxes: readonly (readonly [number, number, number, number])[]): LandMask =>
  createLandMask(boxes.map(([west, south, width, height]) => [[west, south], [west + width, south], [west + width, south + height], [west, south + height]]));

describe('looksSwapped: properties', () => {
  it('never warns for both a line and its swap, on any land', () => {
    fc.assert(
      fc.property(rectangles, swappable, (boxes, line) => {
        const land = landOf(boxes);
        expect(looksSwapped([line], land) && looksSwapped([swap(line)], land)).toBe(false);
      }),
    );
  });

  it('warns for a line at sea whose swap is on land, whatever the land', () => {
    fc.assert(
      fc.property(rectangles, swappable, (boxes, line) => {
        const land = landOf(boxes);
        const expected = line.every((point) => !land.isLand(point)) && swap(line).every((point) => land.isLand(point));
        expect(looksSwapped([line], land)).toBe(expected);
      }),
    );
  });

  it('never warns for a line with a point on land', () => {
    fc.assert(
      fc.property(rectangles, anyLine, fc.nat(), (boxes, line, pick) => {
        const land = landOf(boxes);
        const [west, south, width, height] = boxes[pick % boxes.length] ?? [0, 0, 1, 1];
        const onLand: LonLat = [west + width / 2, south + height / 2];
        // Rectangles that overlap make a lake where they do (an even number of coasts around it).
        fc.pre(land.isLand(onLand));
        expect(looksSwapped([[...line, onLand]], land)).toBe(false);
      }),
    );
  });
});

/** Natural Earth's land at 1:50m, as the map and the warnings use it. */
function earth(): LandMask {
  const land = naturalEarthLand();
  if (!land.ok) throw new Error(land.reason);
  return land.value;
}

describe("looksSwapped on Natural Earth's land", () => {
  it('finds no swapped line in any shipped scenario', () => {
    const { scenarios, problems } = loadScenarioDir(new URL('../../scenarios/', import.meta.url).pathname);
    expect(problems).toEqual([]);
    const drawn = scenarios.flatMap((scenario) => scenario.sectors.flatMap((sector) => (sector.geometry === undefined ? [] : [sector.geometry.lines])));
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    for (const lines of drawn) expect(looksSwapped(lines, earth())).toBe(false);
  });

  it.each(readdirSync(new URL('../../scenarios/geo/', import.meta.url)).filter((name) => name.endsWith('.geojson')))(
    'finds the shipped line %s written the right way round, even the coast that is half at sea at 1:50m',
    (file) => {
      const lines = valueOf(parseGeoJsonLines(readFileSync(new URL(`../../scenarios/geo/${file}`, import.meta.url), 'utf8')));
      expect(looksSwapped(lines, earth())).toBe(false);
    },
  );

  // Real lines, from public coordinates of the towns and landmarks they run through, [lon, lat].
  const realLines: [string, Line][] = [
    ['the Sinai border, Rafah to Taba', [[34.2, 31.3], [34.9, 29.5]]],
    ['the Golan ceasefire line', [[35.7, 32.7], [35.85, 33.3]]],
    ['the Gaza perimeter', [[34.22, 31.32], [34.49, 31.59]]],
    ['the Line of Control in Kashmir', [[74.0, 34.0], [74.5, 34.5], [75.5, 34.6], [76.5, 34.7], [77.4, 35.3]]],
    ['the Irish border, Derry to Newry', [[-7.25, 55.07], [-7.6, 54.7], [-8.1, 54.5], [-7.0, 54.1], [-6.3, 54.05]]],
  ];
  it.each(realLines)('warns for %s written [lat, lon] (in the sea as written), not for it written right', (_name, line) => {
    expect(looksSwapped([swap(line)], earth())).toBe(true);
    expect(looksSwapped([line], earth())).toBe(false);
  });

  it("cannot tell Ukraine's line of contact written [lat, lon]: it lands in northern Iran, land too (the map's borders show it)", () => {
    const front: Line = [[32.0, 46.5], [35.0, 47.4], [37.6, 48.1], [38.0, 49.0], [37.0, 50.3]];
    expect(looksSwapped([swap(front)], earth())).toBe(false);
  });

  it('never warns for both a line and its swap', () => {
    const land = earth();
    fc.assert(fc.property(swappable, (line) => !(looksSwapped([line], land) && looksSwapped([swap(line)], land))), { numRuns: 300 });
  });
});
