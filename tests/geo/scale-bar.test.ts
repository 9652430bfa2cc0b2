import { describe, expect, it } from 'vitest';
import { kmPerDegreeOfLongitude } from '../../src/geo/ellipsoid-scale.js';
import { fitProjection } from '../../src/geo/map-projection.js';
import { scaleBar, scaleLabel } from '../../src/geo/scale-bar.js';

describe('scaleBar: a round length, km or metres', () => {
  it.each([
    // [km a dot, width, braille, km chosen]: the bar takes at most 40% of the width.
    [10, 80, true, 500], // 32 cells = 64 dots = 640 km: 500 km is 50 dots, 26 cells
    [1, 80, true, 50], // 64 km: 50 km
    [3, 80, true, 100], // 192 km: 100 km
    [10, 80, false, 200], // one dot a cell: 320 km: 200 km
    [0.01, 80, true, 0.5], // 0.64 km: 0.5 km
    [250, 80, true, 10_000], // 16,000 km: 10,000 km
    // A line of a metre or two (the shortest the loader takes) across 80 cells: 1.4 m over 150 dots.
    [0.0000093, 80, true, 0.0005], // 64 dots = 0.595 m: 0.5 m
    [0.0000093, 20, false, 0.00005], // one dot a cell: 8 cells = 7.4 cm: 5 cm
    // A single point: the projection's least extent, 1e-6 degrees (11 cm) over 35 dots.
    // 16 dots = 5.1 cm, but 5 cm is 16 dots apart, 9 cells with the end tick: 2 cm (6 dots).
    [0.0000032, 20, true, 0.00002],
  ])('%f km a dot, %i wide (braille %s): %f km', (kmPerDot, width, braille, km) => {
    const bar = scaleBar(kmPerDot, width, braille);
    expect(bar.km).toBe(km);
    expect(bar.text).toHaveLength(width);
    expect(bar.text.trimEnd().endsWith(` ${scaleLabel(km)}`)).toBe(true);
  });

  it('spaces the ticks the chosen length apart, to within half a dot', () => {
    // ASCII: 7.3 km a cell, 80 wide: at most 32 cells = 233.6 km: 200 km = 27.4 cells, drawn 27 apart.
    expect(scaleBar(7.3, 80, false).text.trimEnd()).toBe(`|${'-'.repeat(26)}| 200 km`);
  });

  it.each([
    [Number.POSITIVE_INFINITY, 80],
    [0, 80],
    [100, 4], // no bar of at least 2 dots fits in 40% of 4 cells with its label
  ])('gives no bar for %f km a dot, %i wide', (kmPerDot, width) => {
    expect(scaleBar(kmPerDot, width, true)).toEqual({ km: null, text: ' '.repeat(width) });
  });

  it.each([
    [200, '200 km'], [2000, '2,000 km'], [10_000, '10,000 km'], [1, '1 km'],
    // Below a kilometre in metres, down to the millimetre the bar can reach.
    [0.5, '500 m'], [0.05, '50 m'], [0.002, '2 m'], [0.001, '1 m'], [0.0005, '0.5 m'], [0.00002, '0.02 m'], [0.000001, '0.001 m'],
  ])('labels %f as %s', (km, label) => {
    expect(scaleLabel(km)).toBe(label);
  });
});

describe('the scale at the map latitude', () => {
  it.each([
    // WGS84 length of a degree of longitude: a pi / 180 on the equator; 55.800 km at 60 degrees (the series below).
    [0, '111.319'],
    [48, '74.63'], // 111,412.84 cos 48 - 93.5 cos 144 + 0.118 cos 240 m (the usual series) = 74,625 m
    [60, '55.800'],
  ])('a degree of longitude at %i degrees is %s km', (latitude, km) => {
    const decimals = km.split('.')[1]?.length ?? 0;
    expect(kmPerDegreeOfLongitude(latitude).toFixed(decimals)).toBe(km);
  });

  it('sizes a dot by the centre parallel, so a line along it measures what the bar says', () => {
    const projection = fitProjection(
      { west: 30, east: 40, south: 47, north: 49 },
      { width: 161, height: 81, dotAspect: 1, marginX: 0, marginY: 0 },
    );
    const [westX] = projection.toDot([30, 48]);
    const [eastX] = projection.toDot([40, 48]);
    // 10 degrees of longitude along 48 N over the dots between them (160: the box fills the width).
    expect(eastX - westX).toBe(160);
    expect(((eastX - westX) * projection.kmPerDotX).toFixed(1)).toBe((10 * kmPerDegreeOfLongitude(48)).toFixed(1));
    expect(projection.centreLatitude).toBe(48);
  });
});
