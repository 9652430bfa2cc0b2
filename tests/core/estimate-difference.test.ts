// estimateDifference: every figure, capability and factor of B against A, bound by bound;
// the numbers the compare table writes as text and JSON and CSV print.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_FIGURE_NAMES, capabilityFigureValue, estimate, estimateDifference, FACTOR_NAMES, FIGURE_NAMES, figureValue } from '../../src/core/index.js';
import { partsArb } from './analysis/scenario-arbitraries.js';
import { buildScenario, type ScenarioParts } from './build-scenario.js';

const LINE: ScenarioParts = { sectors: [{ km: 1_200 }], factors: { density: 3, brigadeSize: [3_000, 5_000] } };
const HOT_SPOT: ScenarioParts = {
  sectors: [{ km: 1_000 }, { km: 200, density: 20 }],
  factors: { density: 3, brigadeSize: [3_000, 5_000], rotation: 3 },
  capabilities: [{ name: 'EW team', per: 100, need: 1 }],
  coalition: [{ country: 'France', troops: 5_000, provides: { 'ew TEAM': 4 } }],
};

describe('estimateDifference, worked by hand', () => {
  const difference = estimateDifference(estimate(buildScenario(LINE)), estimate(buildScenario(HOT_SPOT)));

  it.each<[string, [number, number], [number | null, number | null]]>([
    // 3,600 to 7,000 troops; 1..2 to 2..3 brigades; the same 1,200 km.
    ['troops', [3_400, 3_400], [3_400 / 3_600, 3_400 / 3_600]],
    ['brigades', [1, 1], [1, 0.5]],
    ['coverageKm', [0, 0], [0, 0]],
    ['enablers', [0, 0], [null, null]],
  ])('%s', (name, change, share) => {
    const figure = difference.figures[name as 'troops'];
    expect([figure?.low.change, figure?.high.change]).toEqual(change);
    expect([figure?.low.share, figure?.high.share]).toEqual(share);
  });

  it('has no difference of a coalition figure where A has no coalition, and none of a capability A lacks', () => {
    expect(difference.figures.shortfallTroops).toBeNull();
    expect(difference.capabilities.map((capability) => capability.name)).toEqual(['Air cover', 'EW team']);
    expect(difference.capabilities[1]?.figures).toEqual({ need: null, pledged: null, shortfall: null, shortfallWithoutBackstop: null });
    expect(difference.factors.rotation).toEqual({ low: { change: 2, share: 2 }, high: { change: 2, share: 2 } });
  });

  it('matches capabilities by name in any case', () => {
    const renamed: ScenarioParts = { ...HOT_SPOT, capabilities: [{ name: 'ew team', per: 100, need: 2 }] };
    const moved = estimateDifference(estimate(buildScenario(HOT_SPOT)), estimate(buildScenario(renamed)));
    // 12 teams to 24; 4 provided to each: 8 short to 20.
    expect(moved.capabilities[1]?.figures.need).toEqual({ low: { change: 12, share: 1 }, high: { change: 12, share: 1 } });
    expect(moved.capabilities[1]?.figures.shortfall?.low.change).toBe(12);
  });
});

describe('estimateDifference, for any two scenarios', () => {
  it('property: A + change is B at each bound, for every figure, capability and factor; A against itself changes nothing', () => {
    fc.assert(
      fc.property(partsArb, partsArb, (partsA, partsB) => {
        const a = estimate(buildScenario(partsA));
        const b = estimate(buildScenario(partsB));
        const difference = estimateDifference(a, b);
        for (const name of FIGURE_NAMES) {
          const [valueA, valueB, moved] = [figureValue(a, name), figureValue(b, name), difference.figures[name]];
          if (valueA === null || valueB === null) {
            expect(moved).toBeNull();
            continue;
          }
          expect(valueA.min + (moved?.low.change ?? Number.NaN)).toBeCloseTo(valueB.min, 6);
          expect(valueA.max + (moved?.high.change ?? Number.NaN)).toBeCloseTo(valueB.max, 6);
        }
        for (const name of FACTOR_NAMES) expect(a.factors[name].value.min + difference.factors[name].low.change).toBeCloseTo(b.factors[name].value.min, 9);
        b.capabilities.forEach((capability, index) => {
          const base = a.capabilities.find((other) => other.name.toLowerCase() === capability.name.toLowerCase());
          for (const figure of CAPABILITY_FIGURE_NAMES) {
            const valueA = base === undefined ? null : capabilityFigureValue(base, figure);
            const valueB = capabilityFigureValue(capability, figure);
            const moved = difference.capabilities[index]?.figures[figure] ?? null;
            if (valueA === null || valueB === null) expect(moved).toBeNull();
            else expect(valueA.max + (moved?.high.change ?? Number.NaN)).toBe(valueB.max);
          }
        });
        const same = estimateDifference(a, a);
        for (const name of FIGURE_NAMES) {
          const moved = same.figures[name];
          if (moved !== null) expect([moved.low.change, moved.high.change]).toEqual([0, 0]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
