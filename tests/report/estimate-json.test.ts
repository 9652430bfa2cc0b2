import { describe, expect, it } from 'vitest';
import { estimate, FACTOR_NAMES, interval, point } from '../../src/core/index.js';
import { estimateToJson, formatComparisonJson, formatEstimateJson } from '../../src/report/estimate-json.js';
import { pledgeBrigades, scenario, sector, twoSectorEstimate } from './scenario-builder.js';

// The keys of docs/cli.md, in its order, plus those the report adds (nextBrigadeKm, capabilities, assumptions, sources, notes).
const TOP_LEVEL_KEYS = [
  'scenario', 'factors', 'sectors', 'coverageKm', 'troops', 'lineDensity', 'brigades', 'brigadeCoverageKm', 'airCover', 'enablers',
  'deployedTroops', 'committedTroops', 'committedBrigades', 'nextBrigadeKm', 'coalition', 'capabilities', 'assumptions', 'sources', 'notes',
];
const COALITION_KEYS = [
  'pledgedTroops', 'pledgedCoverageKm', 'pledgedDensity', 'shortfallTroops', 'rotatedTroops',
  'start', 'horizonDays', 'timeline', 'coveredFromDay', 'contributors',
];

const parse = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

describe('formatEstimateJson', () => {
  it('prints the keys of docs/cli.md in order', () => {
    const json = parse(formatEstimateJson(twoSectorEstimate()));
    expect(Object.keys(json)).toEqual(TOP_LEVEL_KEYS);
    expect(Object.keys(json.coalition as object)).toEqual(COALITION_KEYS);
    expect(Object.keys(json.factors as object)).toEqual([...FACTOR_NAMES]);
    expect(json.scenario).toEqual({ id: 'two-sectors', title: 'Two sectors with rotation' });
  });

  it('gives every count, length and density as {min, max}, exact', () => {
    const json = parse(formatEstimateJson(twoSectorEstimate()));
    expect(json).toMatchObject({
      coverageKm: { min: 1_200, max: 1_200 },
      troops: { min: 7_000, max: 7_000 },
      // 7,000 troops over 1,200 km: the line's density, at which a brigade covers its km (exact, not rounded to 514.29).
      lineDensity: { min: 7_000 / 1_200, max: 7_000 / 1_200 },
      brigades: { min: 2, max: 3 },
      brigadeCoverageKm: { min: 3_000 / (7_000 / 1_200), max: 5_000 / (7_000 / 1_200) },
      airCover: { min: 2, max: 3 },
      enablers: { min: 0, max: 0 },
      deployedTroops: { min: 7_000, max: 7_000 },
      committedTroops: { min: 21_000, max: 21_000 },
      committedBrigades: { min: 6, max: 9 },
      sectors: [
        { name: 'Line of contact', lengthKm: { min: 1_000, max: 1_000 }, density: { min: 3, max: 3 }, troops: { min: 3_000, max: 3_000 } },
        { name: 'Hot spot', lengthKm: { min: 200, max: 200 }, density: { min: 20, max: 20 }, troops: { min: 4_000, max: 4_000 } },
      ],
      coalition: {
        pledgedTroops: { min: 4_500, max: 6_500 },
        pledgedCoverageKm: { min: 4_500 / (7_000 / 1_200), max: 6_500 / (7_000 / 1_200) },
        pledgedDensity: { min: 4_500 / 1_200, max: 6_500 / 1_200 },
        shortfallTroops: { min: 500, max: 2_500 },
        // Each pledge is one contingent over the horizon where no tour is given.
        rotatedTroops: { min: 4_500, max: 6_500 },
        start: null,
        horizonDays: 365,
        timeline: [{ day: 0, date: null, pledgedTroops: { min: 4_500, max: 6_500 }, shortfallTroops: { min: 500, max: 2_500 } }],
        coveredFromDay: { min: null, max: null },
        contributors: [
          { country: 'France', troops: { min: 3_000, max: 5_000 }, arrivesDay: { min: 0, max: 0 }, leavesDay: null, tourDays: null, contingents: null },
          { country: 'Poland', troops: { min: 1_500, max: 1_500 }, arrivesDay: { min: 0, max: 0 }, leavesDay: null, tourDays: null, contingents: null },
        ],
      },
    });
  });

  it('gives the timeline under the coalition: each step with its date, the day covered from, each contributor when it is there', () => {
    const result = estimate(
      scenario({
        start: '2026-06-01',
        horizonDays: 180,
        sectors: [sector('Line', 1_000)],
        coalition: [
          { ...pledgeBrigades('France', 1), arrives: interval(10, 20), tour: point(90) },
          { country: 'Poland', pledge: { kind: 'troops', troops: point(1_000) }, leaves: point(100) },
        ],
      }),
    );
    const json = estimateToJson(result).coalition;
    expect(json).toMatchObject({
      start: '2026-06-01',
      horizonDays: 180,
      timeline: [
        { day: 0, date: '2026-06-01', pledgedTroops: { min: 1_000, max: 1_000 }, shortfallTroops: { min: 2_000, max: 2_000 } },
        { day: 10, date: '2026-06-11', pledgedTroops: { min: 1_000, max: 6_000 }, shortfallTroops: { min: 0, max: 2_000 } },
        { day: 20, date: '2026-06-21', pledgedTroops: { min: 4_000, max: 6_000 }, shortfallTroops: { min: 0, max: 0 } },
        { day: 100, date: '2026-09-09', pledgedTroops: { min: 3_000, max: 5_000 }, shortfallTroops: { min: 0, max: 0 } },
      ],
      coveredFromDay: { min: 10, max: 20 },
      // France: ceil((180 - 20) / 90) = 2 to ceil((180 - 10) / 90) = 2 contingents of 3,000..5,000; Poland once.
      rotatedTroops: { min: 7_000, max: 11_000 },
      contributors: [
        { country: 'France', arrivesDay: { min: 10, max: 20 }, leavesDay: null, tourDays: { min: 90, max: 90 }, contingents: { min: 2, max: 2 } },
        { country: 'Poland', arrivesDay: { min: 0, max: 0 }, leavesDay: { min: 100, max: 100 }, tourDays: null, contingents: null },
      ],
    });
  });

  it('says where each factor came from', () => {
    const json = parse(formatEstimateJson(estimate(scenario({ factors: { rotation: point(3) } }), { overrides: { density: point(5) }, overrideSource: '--set' })));
    expect(json.assumptions).toMatchObject({
      density: { origin: 'override', source: '--set' },
      rotation: { origin: 'scenario', source: 'scenario "one-line"' },
      brigadeSize: { origin: 'default', source: expect.stringContaining('3,000 to 5,000') },
    });
    expect(json.factors).toMatchObject({ density: { min: 5, max: 5 }, rotation: { min: 3, max: 3 } });
  });

  it('prints coalition null without contributors', () => {
    expect(parse(formatEstimateJson(estimate(scenario()))).coalition).toBeNull();
  });

  it('keeps names as the file holds them but escapes what a terminal would act on', () => {
    const name = 'Evil\u001b[2J \u202Eeman\u0085|';
    const text = formatEstimateJson(estimate(scenario({ title: name, sectors: [sector(name, 1)], coalition: [pledgeBrigades(name, 1)] })));
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(text).toContain('\\u202E');
    const json = parse(text) as { scenario: { title: string }; sectors: { name: string }[] };
    expect(json.scenario.title).toBe(name);
    expect(json.sectors[0]?.name).toBe(name);
  });

  it('copies intervals into plain {min, max} objects', () => {
    const json = estimateToJson(estimate(scenario({ factors: { density: interval(3, 4) } })));
    expect(Object.keys(json.factors.density)).toEqual(['min', 'max']);
  });
});

describe('formatComparisonJson', () => {
  it('prints an array of estimate objects in the order given', () => {
    const json = JSON.parse(formatComparisonJson([twoSectorEstimate(), estimate(scenario())])) as { scenario: { id: string } }[];
    expect(json.map((item) => item.scenario.id)).toEqual(['two-sectors', 'one-line']);
    // Of two, the second ends in how it differs from the first.
    expect(Object.keys(json[1] ?? {})).toEqual([...TOP_LEVEL_KEYS, 'difference']);
    expect(Object.keys(json[0] ?? {})).toEqual(TOP_LEVEL_KEYS);
  });
});
