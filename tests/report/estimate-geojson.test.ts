import { describe, expect, it } from 'vitest';
import { estimate, point, type LonLat, type Scenario, type Sector } from '../../src/core/index.js';
import { estimateToGeoJson, formatEstimateGeoJson } from '../../src/report/index.js';
import { scenario, sector } from './scenario-builder.js';

const METHOD = 'geodesic on WGS84 (GeographicLib, Karney 2013)';

function drawn(name: string, lines: LonLat[][], measuredKm: number, tortuosity = point(1), file?: string): Sector {
  return {
    name,
    lengthKm: { min: measuredKm * tortuosity.min, max: measuredKm * tortuosity.max },
    geometry: { lines, measuredKm, method: METHOD, tortuosity, ...(file === undefined ? {} : { file }) },
  };
}

// 100 km drawn x 1.5..2 = 150..200 km at 3 /km: 450..600 troops; 50 km drawn in two parts at 20 /km: 1,000;
// 10 km given at 3 /km: 30.
const MIXED: Scenario = scenario({
  id: 'mixed',
  title: 'Drawn and given',
  factors: { density: point(3) },
  sectors: [
    drawn('Front', [[[30, 50], [31, 50.5]]], 100, { min: 1.5, max: 2 }),
    sector('Given', 10),
    { ...drawn('Two parts', [[[32, 51], [32.5, 51]], [[33, 51], [33.5, 51.2]]], 50, point(1), 'geo/parts.geojson'), density: point(20) },
  ],
});

describe('estimateToGeoJson', () => {
  const geojson = estimateToGeoJson(MIXED, estimate(MIXED));

  it('is a FeatureCollection of the drawn sectors, with the scenario named in the foreign member scenario', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.scenario).toEqual({ id: 'mixed', title: 'Drawn and given' });
    // RFC 7946 section 7.1: a FeatureCollection must not have the members that define a Feature or a geometry.
    expect(Object.keys(geojson)).toEqual(['type', 'scenario', 'features', 'undrawnSectors']);
    expect(geojson.features.map((feature) => feature.properties.name)).toEqual(['Front', 'Two parts']);
  });

  it('writes one line as a LineString, several as a MultiLineString, points as [longitude, latitude]', () => {
    expect(geojson.features.map((feature) => feature.geometry)).toEqual([
      { type: 'LineString', coordinates: [[30, 50], [31, 50.5]] },
      { type: 'MultiLineString', coordinates: [[[32, 51], [32.5, 51]], [[33, 51], [33.5, 51.2]]] },
    ]);
  });

  it('gives each drawn sector its figures: length, measured length, tortuosity, method, density, troops', () => {
    expect(geojson.features.map((feature) => feature.properties)).toEqual([
      {
        name: 'Front', index: 0, lengthKm: { min: 150, max: 200 }, density: { min: 3, max: 3 }, troops: { min: 450, max: 600 },
        measuredKm: 100, tortuosity: { min: 1.5, max: 2 }, method: METHOD, file: null,
      },
      {
        name: 'Two parts', index: 2, lengthKm: { min: 50, max: 50 }, density: { min: 20, max: 20 }, troops: { min: 1000, max: 1000 },
        measuredKm: 50, tortuosity: { min: 1, max: 1 }, method: METHOD, file: 'geo/parts.geojson',
      },
    ]);
  });

  it('lists the sectors given by a length in undrawnSectors, so none is lost', () => {
    expect(geojson.undrawnSectors).toEqual([
      { name: 'Given', index: 1, lengthKm: { min: 10, max: 10 }, density: { min: 3, max: 3 }, troops: { min: 30, max: 30 } },
    ]);
  });

  it('is an empty collection, every sector listed as undrawn, when nothing is drawn', () => {
    const plain = scenario();
    expect(estimateToGeoJson(plain, estimate(plain))).toMatchObject({ features: [], undrawnSectors: [{ name: 'Line of contact', index: 0 }] });
  });

  it('refuses an estimate of another scenario (a programmer error)', () => {
    expect(() => estimateToGeoJson(MIXED, estimate(scenario()))).toThrow(RangeError);
  });
});

describe('formatEstimateGeoJson', () => {
  it('prints indented JSON that parses back to the same collection, a position to a line', () => {
    const text = formatEstimateGeoJson(MIXED, estimate(MIXED));
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(estimateToGeoJson(MIXED, estimate(MIXED)));
    expect(text).toContain('"coordinates": [\n          [30, 50],\n          [31, 50.5]\n        ]');
  });

  it('keeps every number of a position as JSON wrote it (negative, fractional, with an exponent)', () => {
    const far = scenario({ sectors: [drawn('Far', [[[-179.123456789, -89.5], [1e-7, 0.000001]]], 20_000)] });
    const text = formatEstimateGeoJson(far, estimate(far));
    expect(text).toContain('[-179.123456789, -89.5],');
    expect(text).toContain('[1e-7, 0.000001]');
    expect(JSON.parse(text)).toEqual(estimateToGeoJson(far, estimate(far)));
  });

  it('escapes the characters a terminal would act on, keeping the names as data', () => {
    const hostile = scenario({ sectors: [drawn('A\u202Eb\u009B', [[[0, 0], [1, 0]]], 111)] });
    const text = formatEstimateGeoJson(hostile, estimate(hostile));
    expect(text).not.toMatch(/[\u202E\u009B]/);
    expect((JSON.parse(text) as { features: { properties: { name: string } }[] }).features[0]?.properties.name).toBe('A\u202Eb\u009B');
  });
});
