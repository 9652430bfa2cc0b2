// `estimate --format geojson` read by a strict RFC 7946 validator that no one here wrote
// (@placemarkio/check-geojson), with the rules it leaves out (rfc7946-issues.ts): every
// shipped scenario's export, and lines drawn across the antimeridian.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate, type Scenario } from '../../src/core/index.js';
import { formatEstimateGeoJson } from '../../src/report/index.js';
import { formatProblem, loadScenarioDir, loadScenarioFile } from '../../src/scenarios/index.js';
import { ROOT } from '../cli/run-cli.js';
import { rfc7946Issues } from './rfc7946-issues.js';

const geojsonOf = (scenario: Scenario): string => formatEstimateGeoJson(scenario, estimate(scenario));

function loaded(path: string): Scenario {
  const result = loadScenarioFile(path);
  if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

describe('rfc7946Issues: the checks themselves', () => {
  const line = (coordinates: number[][]): object => ({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: {} });
  const polygon = (rings: number[][][]): object => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates: rings }, properties: null });
  const collection = (features: object[], members: object = {}): string => JSON.stringify({ type: 'FeatureCollection', ...members, features });
  const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
  const hole = [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]];

  it('passes a valid collection with foreign members, lines and a polygon with a hole', () => {
    expect(rfc7946Issues(collection([line([[179, 0], [180, 0]]), polygon([square, hole])], { scenario: { id: 'a' } }))).toEqual([]);
  });

  // [what, text, the start of the one issue expected]
  const refused: [string, string, string][] = [
    ['scenario metadata in the collection`s properties (the export before RFC 7946)', collection([], { properties: { scenario: {} } }), 'at character'],
    ['a geometry member on a collection', collection([], { geometry: null }), '$: a FeatureCollection with a member named geometry'],
    ['coordinates on a Feature', collection([{ ...line([[0, 0], [1, 1]]), coordinates: [] }]), '$.features[0]: a Feature with a member named coordinates'],
    ['a segment across the antimeridian, uncut', collection([line([[179, 0], [-179, 0]])]), '$.features[0].geometry.coordinates: a segment from longitude 179 to -179'],
    ['latitude first', collection([line([[50, 30], [50.5, 95]])]), '$.features[0].geometry.coordinates: latitude 95 outside'],
    ['a longitude past 180', collection([line([[180.5, 0], [179, 0]])]), '$.features[0].geometry.coordinates: longitude 180.5 outside'],
    ['an exterior ring clockwise', collection([polygon([[...square].reverse()])]), '$.features[0].geometry.coordinates: an exterior ring clockwise'],
    ['a hole counterclockwise', collection([polygon([square, [...hole].reverse()])]), '$.features[0].geometry.coordinates: a hole counterclockwise'],
    ['a crs member', collection([], { crs: { type: 'name' } }), '$: a crs member'],
  ];
  it.each(refused)('refuses %s', (_what, text, issue) => {
    const issues = rfc7946Issues(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${issue.replace(/[$.[\]]/g, '\\$&')}`));
  });

  it('reports the validator`s own message for a collection with properties', () => {
    expect(rfc7946Issues(collection([], { properties: {} }))).toEqual(['at character 28: FeatureCollection objects cannot contain a member named properties']);
  });
});

describe('estimate --format geojson of every shipped scenario is valid RFC 7946', () => {
  const { scenarios, problems } = loadScenarioDir(join(ROOT, 'scenarios'));

  it('loads every shipped scenario, some of them drawn', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    expect(scenarios.filter((scenario) => scenario.sectors.some((sector) => sector.geometry !== undefined)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s', (_id, scenario) => {
    const text = geojsonOf(scenario);
    expect(rfc7946Issues(text)).toEqual([]);
    const drawn = scenario.sectors.filter((sector) => sector.geometry !== undefined).length;
    expect((JSON.parse(text) as { features: unknown[] }).features).toHaveLength(drawn);
  });
});

describe('a line drawn across the antimeridian', () => {
  const scenario = loaded(join(ROOT, 'tests/fixtures/valid/across-the-antimeridian.yaml'));
  const text = geojsonOf(scenario);

  it('is valid RFC 7946', () => {
    expect(rfc7946Issues(text)).toEqual([]);
  });

  it('is cut at 180 degrees into parts that each stay on one side', () => {
    const { features } = JSON.parse(text) as { features: { geometry: unknown }[] };
    expect(features.map((feature) => feature.geometry)).toEqual([
      { type: 'MultiLineString', coordinates: [[[179, 0], [180, 0]], [[-180, 0], [-179, 0]]] },
      { type: 'MultiLineString', coordinates: [[[179.5, 0], [180, 0]], [[-180, 0], [-179.5, 0], [-180, 0]], [[180, 0], [179.5, 0]]] },
    ]);
  });

  it('would be refused written as drawn, uncut', () => {
    const uncut = JSON.parse(text) as { features: { geometry: object }[] };
    uncut.features.forEach((feature, index) => {
      feature.geometry = { type: 'LineString', coordinates: scenario.sectors[index]?.geometry?.lines[0] };
    });
    expect(rfc7946Issues(JSON.stringify(uncut))).toHaveLength(3);
  });
});
