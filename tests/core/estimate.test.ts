import { describe, expect, it } from 'vitest';
import { estimate, FACTOR_NAMES, FACTORS } from '../../src/core/index.js';
import { buildScenario, type ScenarioParts } from './build-scenario.js';
import { expectEstimate, type ExpectedFigures } from './expect-estimate.js';

/** The loader's conversion: a statute mile is exactly 1.609344 km. */
const KM_PER_MI = 1.609344;

type Case = readonly [string, ScenarioParts, ExpectedFigures];

/** Line troops equal to `troops` (density 1 /km), to test the formulas downstream of troops. */
const troopsOf = (troops: number): ScenarioParts['sectors'] => [{ km: troops, density: 1 }];

describe('docs/model.md, worked examples', () => {
  it.each<Case>([
    ['one brigade, density 3 /km, brigadeSize 3,000..5,000', { sectors: [{ km: 1_000 }], factors: { density: 3, brigadeSize: [3_000, 5_000] } },
      { brigadeCoverageKm: [1_000, 1_666.67] }],
    ['1,200 km at 3 /km', { sectors: [{ km: 1_200 }], factors: { density: 3 } },
      { troops: 3_600, brigades: [1, 2], airCover: [1, 2] }],
    ['750 mi at 3 /km', { sectors: [{ km: 750 * KM_PER_MI }], factors: { density: 3 } },
      { coverageKm: 1_207.008, troops: 3_622, brigades: [1, 2] }],
    ['1,000 km at 3 /km + 200 km at 20 /km, rotation 3', { sectors: [{ km: 1_000 }, { km: 200, density: 20 }], factors: { density: 3, rotation: 3 } },
      { troops: 7_000, brigades: [2, 3], committedBrigades: [6, 9] }],
    ['600 km at 5 /km + 200 km at 40 /km, brigadeSize 4,000, pledges 13,500',
      { sectors: [{ km: 600, density: 5 }, { km: 200, density: 40 }], factors: { brigadeSize: 4_000 }, coalition: [{ country: 'A', troops: 13_500 }] },
      { troops: 11_000, lineDensity: 13.75, brigadeCoverageKm: 290.91, pledgedCoverageKm: 981.82 }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });
});

describe('the preset "palisa-minimum" (docs/model.md defaults)', () => {
  it('is 3 /km, 3,000..5,000 per brigade, 1 air-cover package, no enablers, no rotation', () => {
    const { factors } = estimate(buildScenario({ sectors: [{ km: 1_200 }] }));
    expect(Object.fromEntries(FACTOR_NAMES.map((name) => [name, factors[name].value]))).toEqual({
      density: { min: 3, max: 3 },
      brigadeSize: { min: 3_000, max: 5_000 },
      airCoverPerBrigade: { min: 1, max: 1 },
      enablerShare: { min: 0, max: 0 },
      rotation: { min: 1, max: 1 },
    });
  });
});

describe('coverageKm = sum of sector lengths', () => {
  it.each<Case>([
    ['one sector', { sectors: [{ km: 1_200 }] }, { coverageKm: 1_200 }],
    ['line of contact + quiet borders (Syrskyi, Sep 2025)', { sectors: [{ km: 1_250 }, { km: 2_400 }] }, { coverageKm: 3_650 }],
    ['Belarus + Russia land borders', { sectors: [{ km: 1_084.2 }, { km: 1_974.04 }] }, { coverageKm: 3_058.24 }],
    ['a range of lengths', { sectors: [{ km: [1_000, 1_300] }, { km: 2_400 }] }, { coverageKm: [3_400, 3_700] }],
    ['a sector with its own density still counts its length once', { sectors: [{ km: 1_000 }, { km: 200, density: 20 }] }, { coverageKm: 1_200 }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });
});

describe('troops = ceil(sum of length x density)', () => {
  it.each<Case>([
    ['1,250 km at 3 /km', { sectors: [{ km: 1_250 }] }, { troops: 3_750 }],
    ['a density range', { sectors: [{ km: 1_200 }], factors: { density: [3, 12.5] } }, { troops: [3_600, 15_000] }],
    ['a length range', { sectors: [{ km: [1_200, 1_300] }] }, { troops: [3_600, 3_900] }],
    ['sector densities override the scenario density', { sectors: [{ km: 1_090 }, { km: 60, density: 80 }, { km: 100, density: 12.5 }] },
      { troops: 3_270 + 4_800 + 1_250 }],
    ['the scenario density leaves a sector with its own alone', { sectors: [{ km: 1_000 }, { km: 200, density: 20 }], factors: { density: 5 } },
      { troops: 5_000 + 4_000 }],
    ['sums before rounding: 2 x 0.5 km at 3 /km is 3, not 2 + 2', { sectors: [{ km: 0.5 }, { km: 0.5 }] }, { troops: 3 }],
    ['float noise: 8.3 km x 30 /km is 249, not 250', { sectors: [{ km: 8.3 }], factors: { density: 30 } }, { troops: 249 }],
    ['just above a whole number rounds up: 1,200.004 km x 3', { sectors: [{ km: 1_200.004 }] }, { troops: 3_601 }],
    ['a fraction of a soldier is a soldier: 0.1 km x 3', { sectors: [{ km: 0.1 }] }, { troops: 1 }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });
});

describe('brigades = ceil(troops / brigadeSize), min over the largest brigade, max over the smallest', () => {
  it.each<Case>([
    ['3,600 troops in brigades of 3,000..5,000', { sectors: troopsOf(3_600) }, { brigades: [1, 2] }],
    ['3,000 troops fill one brigade at either size', { sectors: troopsOf(3_000) }, { brigades: [1, 1] }],
    ['6,000 troops are two brigades at either size', { sectors: troopsOf(6_000) }, { brigades: [2, 2] }],
    ['15,000 troops', { sectors: troopsOf(15_000) }, { brigades: [3, 5] }],
    ['one soldier over a brigade is another brigade', { sectors: troopsOf(3_001), factors: { brigadeSize: 3_000 } }, { brigades: 2 }],
    ['a US IBCT of 4,413 (2014), 25,000 troops', { sectors: troopsOf(25_000), factors: { brigadeSize: 4_413 } }, { brigades: 6 }],
    ['a troops range', { sectors: [{ km: 1_200 }], factors: { density: [3, 12.5] } }, { brigades: [1, 5] }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });
});

describe('lineDensity = sum of length x density / coverageKm, the length-weighted mean of the sector densities', () => {
  it.each<Case>([
    ['every sector at the scenario density: that density', { sectors: [{ km: 1_250 }, { km: 2_400 }] }, { lineDensity: 3 }],
    ['a scenario density range', { sectors: [{ km: 1_200 }], factors: { density: [3, 12.5] } }, { lineDensity: [3, 12.5] }],
    ['no sector at the scenario density: the sectors\' own, not the scenario\'s 3', { sectors: [{ km: 100, density: 80 }, { km: 300, density: 20 }] }, { lineDensity: 35 }],
    // 1,000 km at 3 + 200 km at 20: 7,000 troops over 1,200 km.
    ['a hot spot raises the line\'s density', { sectors: [{ km: 1_000 }, { km: 200, density: 20 }] }, { lineDensity: 5.83 }],
    ['unrounded: 0.1 km at 3 /km is 3 /km, though it needs a whole soldier', { sectors: [{ km: 0.1 }] }, { lineDensity: 3 }],
    // The extremes take the dense sector long and the quiet one short (and the other way round):
    // (1,000 x 3 + 300 x 20) / 1,300 = 6.92 and (1,200 x 3 + 100 x 20) / 1,300 = 4.31, not 5,000 / 1,400 .. 9,600 / 1,100.
    ['exact bounds where lengths and densities both vary', { sectors: [{ km: [1_000, 1_200] }, { km: [100, 300], density: 20 }] }, { lineDensity: [4.31, 6.92] }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });
});

describe('brigadeCoverageKm = brigadeSize / lineDensity', () => {
  it.each<Case>([
    ['Palisa: 3,000..5,000 at 3 /km', { sectors: [{ km: 1 }] }, { brigadeCoverageKm: [1_000, 1_666.67] }],
    ['4,000 at 20 /km', { sectors: [{ km: 1 }], factors: { brigadeSize: 4_000, density: 20 } }, { brigadeCoverageKm: 200 }],
    ['a density range: min takes the smallest brigade at the highest density',
      { sectors: [{ km: 1 }], factors: { density: [3, 12.5] } }, { brigadeCoverageKm: [240, 1_666.67] }],
    ['a sector\'s own density, not the scenario\'s', { sectors: [{ km: 100, density: 80 }] }, { brigadeCoverageKm: [37.5, 62.5] }],
    // 7,000 troops over 1,200 km: 5.83 /km, so a brigade of 3,000..5,000 covers 514.29..857.14 km of this line.
    ['a line with a hot spot', { sectors: [{ km: 1_000 }, { km: 200, density: 20 }] }, { brigadeCoverageKm: [514.29, 857.14] }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });

  it('covers the whole line with the brigades the line needs, at the bounds the brigades are counted at', () => {
    // 600 km at 5 + 200 km at 40 in brigades of 4,000: 3 brigades cover 872.73 km, more than the line's 800.
    const result = estimate(buildScenario({ sectors: [{ km: 600, density: 5 }, { km: 200, density: 40 }], factors: { brigadeSize: 4_000 } }));
    expect(result.figures.brigades.min * result.figures.brigadeCoverageKm.min).toBeGreaterThanOrEqual(result.figures.coverageKm.max);
  });
});

describe('airCover = ceil(brigades x airCoverPerBrigade)', () => {
  it.each<Case>([
    ['one package a brigade', { sectors: troopsOf(3_600) }, { brigades: [1, 2], airCover: [1, 2] }],
    ['two packages a brigade', { sectors: troopsOf(3_600), factors: { airCoverPerBrigade: 2 } }, { airCover: [2, 4] }],
    ['half a package a brigade rounds up', { sectors: troopsOf(3_600), factors: { airCoverPerBrigade: 0.5 } }, { airCover: [1, 1] }],
    ['a range of packages', { sectors: troopsOf(3_600), factors: { airCoverPerBrigade: [1, 1.5] } }, { airCover: [1, 3] }],
    ['no air cover', { sectors: troopsOf(3_600), factors: { airCoverPerBrigade: 0 } }, { airCover: [0, 0] }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });
});

describe('enablers = ceil(troops x enablerShare); deployedTroops = troops + enablers', () => {
  it.each<Case>([
    ['none by default', { sectors: troopsOf(3_600) }, { enablers: 0, deployedTroops: 3_600 }],
    ['a quarter', { sectors: troopsOf(3_600), factors: { enablerShare: 0.25 } }, { enablers: 900, deployedTroops: 4_500 }],
    ['a range of shares', { sectors: troopsOf(3_600), factors: { enablerShare: [0.1, 0.2] } }, { enablers: [360, 720], deployedTroops: [3_960, 4_320] }],
    ['rounds up: 3,601 x 0.25 = 900.25', { sectors: troopsOf(3_601), factors: { enablerShare: 0.25 } }, { enablers: 901, deployedTroops: 4_502 }],
    ['float noise: 3,600 x 0.07 is 252, not 253', { sectors: troopsOf(3_600), factors: { enablerShare: 0.07 } }, { enablers: 252 }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });
});

describe('committedTroops = ceil(deployedTroops x rotation); committedBrigades = ceil(brigades x rotation)', () => {
  it.each<Case>([
    ['no rotation by default', { sectors: troopsOf(3_600) }, { committedTroops: 3_600, committedBrigades: [1, 2] }],
    ['rule of thirds', { sectors: troopsOf(3_600), factors: { rotation: 3 } }, { committedTroops: 10_800, committedBrigades: [3, 6] }],
    ['rotation multiplies deployed troops, enablers included',
      { sectors: troopsOf(3_600), factors: { enablerShare: 0.25, rotation: 2.5 } }, { committedTroops: 11_250, committedBrigades: [3, 5] }],
    ['a range of rotations (Gady 2.5 to the rule of thirds)',
      { sectors: troopsOf(3_600), factors: { rotation: [2.5, 3] } }, { committedTroops: [9_000, 10_800], committedBrigades: [3, 6] }],
    ['float noise: 3,600 x 1.1 is 3,960, not 3,961', { sectors: troopsOf(3_600), factors: { rotation: 1.1 } }, { committedTroops: 3_960 }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });
});

describe('coalition figures', () => {
  it.each<Case>([
    ['troop pledges add up', { sectors: [{ km: 1_200 }], coalition: [{ country: 'France', troops: 10_000 }, { country: 'United Kingdom', troops: 5_000 }] },
      { pledgedTroops: 15_000, pledgedCoverageKm: 5_000, pledgedDensity: 12.5, shortfallTroops: 0 }],
    ['a brigade pledge is brigadeSize troops, as a range', { sectors: [{ km: 1_200 }], coalition: [{ country: 'France', brigades: 1 }] },
      { pledgedTroops: [3_000, 5_000], pledgedCoverageKm: [1_000, 1_666.67], pledgedDensity: [2.5, 4.17], shortfallTroops: [0, 600] }],
    // 6,600 troops over 1,350 km: 4.89 /km, so 8,000..10,000 troops cover 1,636.36..2,045.45 km of this line.
    ['docs/scenario-files.md example: a brigade and 5,000 troops against 1,200 km + 150 km at 20 /km',
      { sectors: [{ km: 1_200 }, { km: 150, density: 20 }], coalition: [{ country: 'France', brigades: 1 }, { country: 'United Kingdom', troops: 5_000 }] },
      { troops: 6_600, brigades: [2, 3], lineDensity: 4.89, pledgedTroops: [8_000, 10_000], pledgedCoverageKm: [1_636.36, 2_045.45], pledgedDensity: [5.93, 7.41], shortfallTroops: 0 }],
    ['half a brigade', { sectors: [{ km: 1_200 }], coalition: [{ country: 'Estonia', brigades: 0.5 }] }, { pledgedTroops: [1_500, 2_500] }],
    ['brigade pledges take the scenario brigade size', { sectors: [{ km: 1_200 }], factors: { brigadeSize: 4_000 }, coalition: [{ country: 'France', brigades: 2 }] },
      { pledgedTroops: 8_000 }],
    ['pledgedCoverageKm divides by the line density (here the scenario density, which every sector uses)',
      { sectors: [{ km: 1_200 }], factors: { density: 12.5 }, coalition: [{ country: 'France', troops: 10_000 }] }, { pledgedCoverageKm: 800 }],
    ['pledgedCoverageKm at the line\'s own density, never the scenario density no sector uses',
      { sectors: [{ km: 500, density: 10 }, { km: 500, density: 30 }], coalition: [{ country: 'A', troops: 10_000 }] }, { lineDensity: 20, pledgedCoverageKm: 500 }],
    ['a fixed shortfall', { sectors: [{ km: 1_250 }, { km: 2_400 }], coalition: [{ country: 'UNMEE', troops: 4_200 }] }, { shortfallTroops: 10_950 - 4_200 }],
    ['shortfall min = deployed.min - pledged.max, max = deployed.max - pledged.min',
      { sectors: [{ km: 1_200 }], factors: { density: [3, 12.5] }, coalition: [{ country: 'A', troops: [2_000, 4_000] }] }, { shortfallTroops: [0, 13_000] }],
    ['the shortfall counts enablers', { sectors: troopsOf(3_600), factors: { enablerShare: 0.25 }, coalition: [{ country: 'A', troops: 4_000 }] },
      { deployedTroops: 4_500, shortfallTroops: 500 }],
    ['the shortfall ignores rotation (sustaining a pledge is the contributor\'s burden)',
      { sectors: troopsOf(3_600), factors: { enablerShare: 0.25, rotation: 3 }, coalition: [{ country: 'A', troops: 4_000 }] },
      { committedTroops: 13_500, shortfallTroops: 500 }],
    ['an empty coalition pledges nothing', { sectors: [{ km: 1_200 }], coalition: [] },
      { pledgedTroops: 0, pledgedCoverageKm: 0, pledgedDensity: 0, shortfallTroops: 3_600 }],
  ])('%s', (_name, parts, expected) => {
    expectEstimate(parts, expected);
  });

  it('is null without a coalition', () => {
    expect(estimate(buildScenario({ sectors: [{ km: 1_200 }] })).coalition).toBeNull();
  });

  it('lists each contributor with its pledge in troops, and brigades where pledged in brigades', () => {
    const result = estimate(buildScenario({
      sectors: [{ km: 1_200 }],
      coalition: [{ country: 'France', brigades: 1 }, { country: 'United Kingdom', troops: 5_000 }],
    }));
    // Without a schedule each is there from day 0, stays past the horizon and has no tour.
    const always = { arrivesDay: { min: 0, max: 0 }, leavesDay: null, tourDays: null, contingents: null };
    expect(result.coalition?.contributors).toEqual([
      { country: 'France', pledgeKind: 'brigades', troops: { min: 3_000, max: 5_000 }, pledgedBrigades: { min: 1, max: 1 }, provides: [], backstop: false, ...always },
      { country: 'United Kingdom', pledgeKind: 'troops', troops: { min: 5_000, max: 5_000 }, pledgedBrigades: null, provides: [], backstop: false, ...always },
    ]);
  });
});

describe('sector estimates', () => {
  it('give each sector its density, whether it is its own, and its whole soldiers', () => {
    const result = estimate(buildScenario({
      sectors: [{ name: 'Line', km: 1_000 }, { name: 'Hot spot', km: 8.3, density: 30 }, { name: 'Range', km: [100, 200] }],
    }));
    expect(result.sectors).toEqual([
      { name: 'Line', lengthKm: { min: 1_000, max: 1_000 }, density: { min: 3, max: 3 }, ownDensity: false, troops: { min: 3_000, max: 3_000 } },
      { name: 'Hot spot', lengthKm: { min: 8.3, max: 8.3 }, density: { min: 30, max: 30 }, ownDensity: true, troops: { min: 249, max: 249 } },
      { name: 'Range', lengthKm: { min: 100, max: 200 }, density: { min: 3, max: 3 }, ownDensity: false, troops: { min: 300, max: 600 } },
    ]);
  });

  it('round each sector up on its own while the total rounds the exact sum once', () => {
    const result = estimate(buildScenario({ sectors: [{ km: 0.5 }, { km: 0.5 }] }));
    expect(result.sectors.map((sector) => sector.troops.min)).toEqual([2, 2]);
    expect(result.figures.troops).toEqual({ min: 3, max: 3 });
  });
});

describe('factor provenance', () => {
  it('names the preset and its source for every factor the scenario leaves out', () => {
    const { factors } = estimate(buildScenario({ sectors: [{ km: 1_200 }] }));
    for (const name of FACTOR_NAMES) {
      expect(factors[name], name).toMatchObject({ name, origin: 'default', source: FACTORS[name].defaultSource });
      expect(factors[name].source.length, name).toBeGreaterThan(0);
    }
    expect(factors.density.source).toContain('Politico');
    expect(factors.brigadeSize.source).toContain('3,000 to 5,000');
  });

  it('names the scenario for a factor the scenario sets', () => {
    const { factors } = estimate(buildScenario({ id: 'gcsp-buffer', sectors: [{ km: 1_200 }], factors: { density: 12.5 } }));
    expect(factors.density).toMatchObject({ origin: 'scenario', value: { min: 12.5, max: 12.5 } });
    expect(factors.density.source).toContain('gcsp-buffer');
    expect(factors.brigadeSize.origin).toBe('default');
  });

  it('names who set an override, which wins over the scenario and reaches every figure', () => {
    const result = expectEstimate(
      { sectors: [{ km: 1_200 }], factors: { density: 12.5 }, coalition: [{ country: 'France', brigades: 1 }] },
      { troops: 24_000, brigadeCoverageKm: 200, pledgedTroops: 4_000, pledgedCoverageKm: 200, shortfallTroops: 20_000 },
      { overrides: { density: { min: 20, max: 20 }, brigadeSize: { min: 4_000, max: 4_000 } }, overrideSource: '--set' },
    );
    expect(result.factors.density).toMatchObject({ origin: 'override', source: '--set', value: { min: 20, max: 20 } });
    expect(result.factors.brigadeSize).toMatchObject({ origin: 'override', source: '--set' });
    expect(result.factors.rotation.origin).toBe('default');
  });

  it('says an override came from the planner when no one is named', () => {
    const { factors } = estimate(buildScenario({ sectors: [{ km: 1_200 }] }), { overrides: { rotation: { min: 3, max: 3 } } });
    expect(factors.rotation.origin).toBe('override');
    expect(factors.rotation.source.length).toBeGreaterThan(0);
  });
});

describe('the estimate as a whole', () => {
  it('carries the scenario id, title, description and sources', () => {
    const result = estimate(buildScenario({ id: 'x', sectors: [{ km: 1 }] }));
    expect(result.scenario).toEqual({ id: 'x', title: 'Test scenario', description: '' });
    expect(result.sources).toEqual(['built in code by the test']);
  });

  it('is pure: the same scenario gives the same estimate and is left as it was', () => {
    const scenario = buildScenario({
      sectors: [{ km: 1_000 }, { km: 200, density: 20 }],
      factors: { rotation: 3, enablerShare: 0.1 },
      coalition: [{ country: 'France', brigades: 1 }],
    });
    const before = structuredClone(scenario);
    const frozen = deepFreeze(scenario);
    expect(estimate(frozen)).toEqual(estimate(frozen));
    expect(frozen).toEqual(before);
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
