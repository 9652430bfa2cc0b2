// sensitivity(): one input at a time from its low to its high end, the others at their
// central values. Expected values worked out by hand from docs/model.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, type Scenario } from '../../../src/core/index.js';
import { sensitivity, sensitivityFigureInterval, type Sensitivity } from '../../../src/core/analysis/sensitivity.js';
import type { InputRef } from '../../../src/core/analysis/scenario-inputs.js';
import { buildScenario, type ScenarioParts } from '../build-scenario.js';
import { partsArb } from './scenario-arbitraries.js';

/** A row as a test writes it: the input, its central value, then [at low, at high] per figure. */
type Expected = [string, number, ...(readonly [number, number])[]];

function refText(ref: InputRef): string {
  switch (ref.kind) {
    case 'factor':
      return ref.factor;
    case 'sectorLength':
      return `length ${ref.sector}`;
    case 'sectorDensity':
      return `density ${ref.sector}`;
    case 'pledge':
      return `pledge ${ref.contributor}`;
    case 'capabilityNeed':
      return `need ${ref.capability}`;
    case 'provides':
      return `provides ${ref.contributor}.${ref.provided}`;
    case 'arrival':
    case 'departure':
    case 'tour':
      return `${ref.kind} ${ref.contributor}`;
  }
}

/** The rows of a sensitivity in the shape of `Expected`, in its sorted order. */
function rowsOf(result: Sensitivity): Expected[] {
  return result.rows.map((row) => [refText(row.input.ref), row.central, ...row.swings.map((swing): [number, number] => [swing.atLow, swing.atHigh])]);
}

// 1,000 km at 3 /km + 200 km at 20 /km, rotation 3: France pledges one brigade, the UK 5,000 troops.
const twoSectors: ScenarioParts = {
  sectors: [{ km: 1_000 }, { km: 200, density: 20 }],
  factors: { rotation: 3 },
  coalition: [{ country: 'France', brigades: 1 }, { country: 'UK', troops: 5_000 }],
};

describe('sensitivity, worked by hand', () => {
  it('moves only the brigade size where nothing else is uncertain (committed brigades 9 at 3,000, 6 at 5,000)', () => {
    // Central 4,000: 7,000 troops in 2 brigades, x3 = 6; pledges 4,000 + 5,000 = 9,000 >= 7,000, no shortfall.
    const result = sensitivity(buildScenario(twoSectors));
    expect(result.figures).toEqual(['committedBrigades', 'troops', 'shortfallTroops']);
    expect(result.central).toEqual([6, 7_000, 0]);
    expect(rowsOf(result)).toEqual([['brigadeSize', 4_000, [9, 6], [7_000, 7_000], [0, 0]]]);
    expect(result.rows[0]?.swings.map((swing) => swing.opposite)).toEqual([true, false, false]);
  });

  it('sorts every uncertain input by swing: committed brigades, then troops, then the shortfall', () => {
    // Central: density 3, brigade size 4,000, rotation 2.5, border 650 km, UK 3,500, air cover 1.5.
    // Troops 3,000 + 4,000 + 1,950 = 8,950; 3 brigades; x2.5 = 7.5 -> 8; pledged 4,000 + 3,500, shortfall 1,450.
    const result = sensitivity(buildScenario({
      sectors: [{ km: 1_000 }, { km: 200, density: 20 }, { km: [500, 800] }],
      factors: { density: [2, 4], rotation: [2, 3], airCoverPerBrigade: [1, 2] },
      coalition: [{ country: 'France', brigades: 1 }, { country: 'UK', troops: [2_000, 5_000] }],
    }));
    expect(result.central).toEqual([8, 8_950, 1_450]);
    expect(rowsOf(result)).toEqual([
      // 2 /km: 7,300 troops, 2 brigades, 5 committed, no shortfall; 4 /km: 10,600, 3, 8, 3,100 short.
      ['density', 3, [5, 8], [7_300, 10_600], [0, 3_100]],
      // 3,000: 3 brigades, 8 committed, pledged 6,500 (2,450 short); 5,000: 2, 5, pledged 8,500 (450 short).
      ['brigadeSize', 4_000, [8, 5], [8_950, 8_950], [2_450, 450]],
      ['rotation', 2.5, [6, 9], [8_950, 8_950], [1_450, 1_450]],
      // 500 km: 8,500 troops (3 brigades, 8 committed), 1,000 short; 800 km: 9,400, still 8, 1,900 short.
      ['length 2', 650, [8, 8], [8_500, 9_400], [1_000, 1_900]],
      // 2,000: pledged 6,000, 2,950 short; 5,000: pledged 9,000, none short.
      ['pledge 1', 3_500, [8, 8], [8_950, 8_950], [2_950, 0]],
      ['airCoverPerBrigade', 1.5, [8, 8], [8_950, 8_950], [1_450, 1_450]],
    ]);
    expect(result.rows[0]?.input.sectorsUsing).toBe(2);
  });

  it('holds a PERT input at its mode, not its midpoint', () => {
    // 1,200 km at 3 /km = 3,600 troops: 2 brigades of 3,500 (the mode), 2 of 3,000, 1 of 5,000.
    const scenario: Scenario = {
      ...buildScenario({ sectors: [{ km: 1_200 }] }),
      factors: { brigadeSize: { min: 3_000, max: 5_000, distribution: { kind: 'pert', low: 3_000, mode: 3_500, high: 5_000 } } },
    };
    const result = sensitivity(scenario);
    expect(result.central).toEqual([2, 3_600]);
    expect(rowsOf(result)).toEqual([['brigadeSize', 3_500, [2, 1], [3_600, 3_600]]]);
  });

  it('moves a sector density of its own, and names no shared use for it', () => {
    // 1,000 km at 3 + 100 km at 10..30 /km: 4,000..6,000 troops, central 20 /km: 5,000.
    const result = sensitivity(buildScenario({ sectors: [{ km: 1_000 }, { km: 100, density: [10, 30] }], factors: { brigadeSize: 5_000 } }));
    expect(rowsOf(result)).toEqual([['density 1', 20, [1, 2], [4_000, 6_000]]]);
    expect(result.rows[0]?.input.sectorsUsing).toBeNull();
  });

  it('applies the overrides first: a --set brigade size leaves nothing uncertain', () => {
    const result = sensitivity(buildScenario(twoSectors), { overrides: { brigadeSize: { min: 3_500, max: 3_500 } } });
    // 7,000 troops in 2 brigades of 3,500, x3 = 6.
    expect(result.rows).toEqual([]);
    expect(result.central).toEqual([6, 7_000, 0]);
  });

  it('counts the sectors that share the scenario density (none when each has its own)', () => {
    const shared = (parts: ScenarioParts): number | null | undefined =>
      sensitivity(buildScenario({ ...parts, factors: { density: [2, 4] } })).rows.find((row) => row.input.ref.kind === 'factor')?.input.sectorsUsing;
    expect(shared({ sectors: [{ km: 10 }, { km: 20 }, { km: 30, density: 5 }] })).toBe(2);
    expect(shared({ sectors: [{ km: 10, density: 5 }] })).toBe(0);
  });
});

describe('sensitivity, for any scenario', () => {
  it('keeps every low and high (and the central value) inside the estimate interval of the same scenario', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const scenario = buildScenario(parts);
        const result = sensitivity(scenario);
        const whole = estimate(scenario);
        result.figures.forEach((figure, index) => {
          const range = sensitivityFigureInterval(whole, figure);
          expect(range, figure).not.toBeNull();
          if (range === null) return;
          const central = result.central[index] ?? Number.NaN;
          expect(central, `${figure} central`).toBeGreaterThanOrEqual(range.min);
          expect(central, `${figure} central`).toBeLessThanOrEqual(range.max);
          for (const row of result.rows) {
            const swing = row.swings[index];
            expect(swing?.low, figure).toBeGreaterThanOrEqual(range.min);
            expect(swing?.high, figure).toBeLessThanOrEqual(range.max);
            expect(swing?.swing, figure).toBe((swing?.high ?? 0) - (swing?.low ?? 0));
          }
        });
      }),
    );
  });

  it('lists exactly the inputs given as ranges, largest committed-brigade swing first', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const result = sensitivity(buildScenario(parts));
        for (const row of result.rows) expect(row.input.value.min).toBeLessThan(row.input.value.max);
        const swings = result.rows.map((row) => row.swings[0]?.swing ?? 0);
        expect(swings).toEqual([...swings].sort((a, b) => b - a));
        const ranges = [
          ...Object.values(parts.factors ?? {}),
          ...parts.sectors.flatMap((sector) => [sector.km, ...(sector.density === undefined ? [] : [sector.density])]),
          ...(parts.coalition ?? []).flatMap((contributor) =>
            'troops' in contributor ? [contributor.troops] : 'brigades' in contributor ? [contributor.brigades] : [],
          ),
          ...(parts.capabilities ?? []).map((capability) => capability.need),
          ...(parts.coalition ?? []).flatMap((contributor) => Object.values(contributor.provides ?? {})),
        ].filter((value) => typeof value !== 'number' && value[0] < value[1]).length;
        // The default brigade size (3,000..5,000) is a range too when the scenario does not set it.
        expect(result.rows.length).toBe(ranges + (parts.factors?.brigadeSize === undefined ? 1 : 0));
      }),
    );
  });
});
