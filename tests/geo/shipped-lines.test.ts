import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGeoJsonLines } from '../../src/geo/geojson.js';
import { GEODESIC_METHOD, lineLengthKm } from '../../src/geo/geodesic-length.js';
import type { Line } from '../../src/geo/geometry-problem.js';
import { renderTerminalMap } from '../../src/geo/terminal-map.js';
import { valueOf } from './problem-text.js';

const folder = new URL('../../scenarios/geo/', import.meta.url);

interface LineProperties {
  readonly name: string;
  readonly points: readonly { readonly name: string; readonly longitude: number; readonly latitude: number; readonly source: string }[];
  readonly computedLengthKm: number;
  readonly method: string;
  readonly publishedLengthKm: number;
  readonly tortuosity: number;
}

function load(file: string): { line: Line; properties: LineProperties } {
  const text = readFileSync(new URL(file, folder), 'utf8');
  const lines = valueOf(parseGeoJsonLines(text));
  expect(lines).toHaveLength(1);
  return { line: lines[0] ?? [], properties: (JSON.parse(text) as { properties: LineProperties }).properties };
}

/** The same line on a sphere of the mean Earth radius (IUGG R1): an independent estimate, within about 0.5%. */
function haversineKm(line: Line): number {
  const radians = Math.PI / 180;
  let km = 0;
  for (let index = 1; index < line.length; index += 1) {
    const [lon1, lat1] = line[index - 1] ?? [0, 0];
    const [lon2, lat2] = line[index] ?? [0, 0];
    const a = Math.sin(((lat2 - lat1) * radians) / 2) ** 2 +
      Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(((lon2 - lon1) * radians) / 2) ** 2;
    km += 2 * 6371.0088 * Math.asin(Math.sqrt(a));
  }
  return km;
}

// [file, pinned geodesic length in km, published length in km (docs/drawn-lines.md)]
const SHIPPED: [string, string, number][] = [
  ['line-of-contact-2025.geojson', '802.5', 1218],
  ['belarus-border.geojson', '627.3', 1084.2],
  ['russia-land-border.geojson', '1095.4', 1974.04],
  ['black-sea-mainland-coast.geojson', '409.1', 1006],
];

describe.each(SHIPPED)('scenarios/geo/%s', (file, pinnedKm, publishedKm) => {
  const { line, properties } = load(file);

  it(`measures ${pinnedKm} km on WGS84 (pinned: a change of a point shows here)`, () => {
    expect(lineLengthKm(line).toFixed(1)).toBe(pinnedKm);
  });

  it('agrees with a spherical estimate to within 0.5%', () => {
    expect(Math.abs(haversineKm(line) / lineLengthKm(line) - 1)).toBeLessThan(0.005);
  });

  it('states the length, method, published figure and tortuosity it was drawn with', () => {
    expect(properties.computedLengthKm.toFixed(1)).toBe(pinnedKm);
    expect(properties.method).toBe(GEODESIC_METHOD);
    expect(properties.publishedLengthKm).toBe(publishedKm);
    expect(properties.tortuosity).toBe(Math.round((publishedKm / Number(pinnedKm)) * 100) / 100);
    // A line through town points cuts corners, so the surveyed or reported line is always longer.
    expect(properties.tortuosity).toBeGreaterThan(1);
  });

  it('lists every point it draws through, in order, with where its coordinate came from', () => {
    expect(properties.points.map((point) => [point.longitude, point.latitude])).toEqual(line);
    for (const point of properties.points) {
      expect(point.name).not.toBe('');
      expect(['checked', 'recalled', 'derived']).toContain(point.source);
      // Ukraine and its neighbours' border towns.
      expect(point.longitude).toBeGreaterThan(22);
      expect(point.longitude).toBeLessThan(41);
      expect(point.latitude).toBeGreaterThan(45);
      expect(point.latitude).toBeLessThan(53);
    }
  });
});

it('draws all four shipped lines on one map, each visible', () => {
  const sectors = SHIPPED.map(([file]) => {
    const { line } = load(file);
    return { lines: [line] };
  });
  const map = renderTerminalMap(sectors, { width: 80, height: 24 });
  expect(new Set(map.cellSectors.flat())).toEqual(new Set([-1, 0, 1, 2, 3]));
  for (const row of [...map.rows, map.scaleBar]) expect([...row]).toHaveLength(80);
  expect(map.scaleBarKm).not.toBeNull();
});
