// solve(): from a force to the km it covers, the density it gives, the brigades still
// needed. Expected values worked out by hand from docs/model.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, type Interval } from '../../../src/core/index.js';
import { solve, SOLVE_TARGETS, type SolveForce, type SolveTarget } from '../../../src/core/analysis/solve.js';
import { buildScenario, type ScenarioParts } from '../build-scenario.js';
import { partsArb } from './scenario-arbitraries.js';

// 1,000 km at 3 /km + 200 km at 20 /km: 7,000 troops on 1,200 km (5.83 /km), brigades 2..3 of 3,000..5,000.
// France pledges one brigade (3,000..5,000), the UK 5,000 troops: 8,000..10,000.
const twoSectors: ScenarioParts = {
  sectors: [{ km: 1_000 }, { km: 200, density: 20 }],
  coalition: [{ country: 'France', brigades: 1 }, { country: 'UK', troops: 5_000 }],
};
const noCoalition: ScenarioParts = { sectors: [{ km: 1_000 }, { km: 200, density: 20 }] };
const COALITION: SolveForce = { kind: 'coalition' };
const troops = (min: number, max = min): SolveForce => ({ kind: 'troops', troops: { min, max } });
const brigades = (min: number, max = min): SolveForce => ({ kind: 'brigades', brigades: { min, max } });

function answer(parts: ScenarioParts, target: SolveTarget, force: SolveForce): [number, number] {
  const result = solve(buildScenario(parts), target, force);
  if (!result.ok) throw new Error(`no solution: ${result.reason}`);
  return [result.solution.answer.min, result.solution.answer.max];
}

describe('solve, worked by hand', () => {
  it.each<[string, ScenarioParts, SolveTarget, SolveForce, [number, number]]>([
    // 8,000..10,000 troops at the line's 7,000 / 1,200 = 5.83 /km (not the scenario's 3: the hot spot is part of the line).
    ['coverage of the pledges', twoSectors, 'coverage', COALITION, [1_371.43, 1_714.29]],
    // 8,000..10,000 troops on 1,200 km.
    ['density of the pledges', twoSectors, 'density', COALITION, [6.67, 8.33]],
    // 7,000 needed, 8,000..10,000 pledged: nothing short.
    ['brigades still needed: none', twoSectors, 'brigades', COALITION, [0, 0]],
    ['coverage of 5,000 troops', noCoalition, 'coverage', troops(5_000), [857.14, 857.14]],
    // Every sector at its own density: 10,000 troops at the line's 20 /km, never the scenario density (3) no sector uses.
    ['coverage where no sector uses the scenario density', { sectors: [{ km: 600, density: 10 }, { km: 600, density: 30 }] }, 'coverage', troops(10_000), [500, 500]],
    ['density of 5,000 troops', noCoalition, 'density', troops(5_000), [4.17, 4.17]],
    // 2,000 short: one brigade whether brigades hold 5,000 or 3,000.
    ['brigades short of 5,000 troops', noCoalition, 'brigades', troops(5_000), [1, 1]],
    // One brigade is 3,000..5,000: 2,000..4,000 short; 2,000 / 5,000 -> 1, 4,000 / 3,000 -> 2.
    ['brigades short of one brigade', noCoalition, 'brigades', brigades(1), [1, 2]],
    // Nothing pledged: 7,000 short, 7,000 / 5,000 -> 2, 7,000 / 3,000 -> 3, the estimate's brigades.
    ['brigades short of nothing', noCoalition, 'brigades', troops(0), [2, 3]],
    // 0..1,000 troops: 6,000..7,000 short; 6,000 / 5,000 -> 2, 7,000 / 3,000 -> 3.
    ['brigades short of a range of troops', noCoalition, 'brigades', troops(0, 1_000), [2, 3]],
    // One brigade of 3,000..5,000 troops at 3 /km (Palisa's 1,000..1,666.67 km), on a line at the scenario density alone.
    ['coverage of one brigade', { sectors: [{ km: 1_200 }] }, 'coverage', brigades(1), [1_000, 1_666.67]],
    // The same brigade on the line with a hot spot, at 5.83 /km.
    ['coverage of one brigade on a line with a hot spot', noCoalition, 'coverage', brigades(1), [514.29, 857.14]],
    // The given force replaces the coalition: 2 brigades, 6,000..10,000, on 1,200 km.
    ['a named force instead of the pledges', twoSectors, 'density', brigades(2), [5, 8.33]],
    // Enablers count: 1,200 km at 3 /km + 25% = 4,500 deployed; 1,500 pledged, 3,000 short: 1 brigade.
    ['enablers in the shortfall', { sectors: [{ km: 1_200 }], factors: { enablerShare: 0.25 } }, 'brigades', troops(1_500), [1, 1]],
    // Rotation does not touch a pledge: 1,200 km at 3 /km, rotation 3, 3,600 pledged: nothing short.
    ['rotation left out', { sectors: [{ km: 1_200 }], factors: { rotation: 3 } }, 'brigades', troops(3_600), [0, 0]],
  ])('%s', (_, parts, target, force, [min, max]) => {
    const [actualMin, actualMax] = answer(parts, target, force);
    expect(actualMin).toBeCloseTo(min, 2);
    expect(actualMax).toBeCloseTo(max, 2);
  });

  it('says there is nothing to solve from without a coalition or a named force', () => {
    for (const target of SOLVE_TARGETS) {
      expect(solve(buildScenario(noCoalition), target, COALITION)).toEqual({ ok: false, reason: 'no-coalition' });
    }
  });

  it('reports the force in troops and the density the scenario needs on average', () => {
    const result = solve(buildScenario(twoSectors), 'density', COALITION);
    expect(result.ok && result.solution.forceTroops).toEqual({ min: 8_000, max: 10_000 });
    // 7,000 deployed troops on 1,200 km.
    expect(result.ok && result.solution.neededDensity.min).toBeCloseTo(5.83, 2);
  });

  it('applies the overrides (--set density=5/km: 9,000 troops on 1,000 km at 5 + 200 km at 20, 7.5 /km: 10,000 troops cover 1,333.33 km)', () => {
    const result = solve(buildScenario(noCoalition), 'coverage', troops(10_000), { overrides: { density: { min: 5, max: 5 } } });
    expect(result.ok && result.solution.answer.min).toBeCloseTo(10_000 / 7.5, 9);
    expect(result.ok && result.solution.estimate.figures.lineDensity).toEqual({ min: 7.5, max: 7.5 });
  });
});

const forceArb: fc.Arbitrary<SolveForce> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 20_000 })).map(([min, extra]) => troops(min, min + extra)),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 8 })).map(([min, extra]) => brigades(min / 4, (min + extra) / 4)),
);

function solved(parts: ScenarioParts, target: SolveTarget, force: SolveForce): Interval {
  const result = solve(buildScenario(parts), target, force);
  if (!result.ok) throw new Error('a named force always solves');
  return result.solution.answer;
}

describe('solve, for any scenario', () => {
  it('finds the fewest whole brigades that close the shortfall at each bound', () => {
    fc.assert(
      fc.property(partsArb, forceArb, (parts, force) => {
        const result = solve(buildScenario(parts), 'brigades', force);
        if (!result.ok) return;
        const { answer, estimate: withForce } = result.solution;
        const short = withForce.coalition?.figures.shortfallTroops ?? { min: 0, max: 0 };
        const size = withForce.factors.brigadeSize.value;
        // The low bound fills brigades of the largest size, the high bound of the smallest.
        expect(answer.min * size.max).toBeGreaterThanOrEqual(short.min - 1e-6);
        expect(answer.max * size.min).toBeGreaterThanOrEqual(short.max - 1e-6);
        if (answer.min > 0) expect((answer.min - 1) * size.max).toBeLessThan(short.min);
        if (answer.max > 0) expect((answer.max - 1) * size.min).toBeLessThan(short.max);
        expect(Number.isInteger(answer.min) && Number.isInteger(answer.max)).toBe(true);
      }),
    );
  });

  it('turns the estimate around: covering the coverage answer at the line density needs the force', () => {
    fc.assert(
      fc.property(partsArb, fc.integer({ min: 1, max: 200_000 }), (parts, force) => {
        const km = solved(parts, 'coverage', troops(force));
        const density = solved(parts, 'density', troops(force));
        const scenario = buildScenario(parts);
        const perKm = estimate(scenario).figures.lineDensity;
        const line = estimate(scenario).figures.coverageKm;
        expect(km.min * perKm.max).toBeCloseTo(force, 6);
        expect(km.max * perKm.min).toBeCloseTo(force, 6);
        expect(density.min * line.max).toBeCloseTo(force, 6);
        expect(density.max * line.min).toBeCloseTo(force, 6);
      }),
    );
  });

  it('needs no more brigades from a force of the deployed troops, and the estimate brigades from nothing', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const scenario = buildScenario({ ...parts, factors: { ...parts.factors, enablerShare: 0 } });
        const { deployedTroops, brigades: needed } = estimate(scenario).figures;
        const result = solve(scenario, 'brigades', troops(deployedTroops.max));
        expect(result.ok && result.solution.answer).toEqual({ min: 0, max: 0 });
        const fromNothing = solve(scenario, 'brigades', troops(0));
        expect(fromNothing.ok && fromNothing.solution.answer).toEqual(needed);
      }),
    );
  });
});
