import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { estimate, figureValue, FIGURE_NAMES, FIGURES, MAX_COUNT, uncountableFigures } from '../../src/core/index.js';
import { buildScenario, type ScenarioParts } from './build-scenario.js';

const figuresOf = (parts: ScenarioParts) => uncountableFigures(estimate(buildScenario(parts))).map(({ figure }) => figure);

describe('uncountableFigures: the count figures past 2^53 - 1', () => {
  test.each<[string, ScenarioParts, readonly string[]]>([
    ['a planning-sized scenario: none', { sectors: [{ km: 1_200 }] }, []],
    // 9e10 km at 1e5 /km is 9e15 troops, just under 2^53 - 1 (9,007,199,254,740,991).
    ['line troops just under the cap: none', { sectors: [{ km: 9e10, density: 1e5 }] }, []],
    ['line troops just over: troops and every count built on them', { sectors: [{ km: 9.1e10, density: 1e5 }] }, ['troops', 'deployedTroops', 'committedTroops']],
    ['under, until the rotation doubles them', { sectors: [{ km: 9e10, density: 1e5 }], factors: { rotation: 2 } }, ['committedTroops']],
    ['enablers ten times the line troops', { sectors: [{ km: 9.1e10, density: 1e4 }], factors: { enablerShare: 10 } }, ['enablers', 'deployedTroops', 'committedTroops']],
    ['air cover of 1,000 packages a one-soldier brigade', { sectors: [{ km: 1e11, density: 1e2 }], factors: { brigadeSize: 1, airCoverPerBrigade: 1_000 } }, ['airCover', 'capabilities.Air cover.need']],
    [
      'a capability of 10,000 units per one-soldier brigade, and its shortfall',
      { sectors: [{ km: 1e10, density: 1e2 }], factors: { brigadeSize: 1, airCoverPerBrigade: 0 }, capabilities: [{ name: 'AD', per: 'brigade', need: 10_000 }], coalition: [{ country: 'A', provides: { AD: 1 } }] },
      ['capabilities.AD.need', 'capabilities.AD.shortfall', 'capabilities.AD.shortfallWithoutBackstop'],
    ],
    ['a range whose upper bound is over', { sectors: [{ km: [1, 9.1e10], density: 1e5 }] }, ['troops', 'deployedTroops', 'committedTroops']],
  ])('%s', (_case, parts, expected) => {
    expect([...figuresOf(parts)].sort()).toEqual([...expected].sort());
  });

  test('largest first, with the bound each reaches', () => {
    const found = uncountableFigures(estimate(buildScenario({ sectors: [{ km: 9.1e10, density: 1e5 }], factors: { rotation: 3 } })));
    // Ties keep the figure table's order.
    expect(found.map(({ figure }) => figure)).toEqual(['committedTroops', 'troops', 'deployedTroops']);
    expect(found[0]?.max).toBe(3 * 9.1e15);
  });

  test('property: exactly the count figures whose upper bound passes the cap, and never a length or a density', () => {
    const huge = fc.double({ min: 1, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.record({ km: huge, density: fc.double({ min: 0.001, max: 1e6, noNaN: true }) }), { minLength: 1, maxLength: 3 }), fc.double({ min: 1, max: 10, noNaN: true }), (sectors, rotation) => {
        const result = estimate(buildScenario({ sectors, factors: { rotation } }));
        const found = uncountableFigures(result);
        const expected: string[] = FIGURE_NAMES.filter((name) => FIGURES[name].kind === 'count' && (figureValue(result, name)?.max ?? 0) > MAX_COUNT);
        // Air cover's need is airCover: past the cap with it.
        if (expected.includes('airCover')) expected.push('capabilities.Air cover.need');
        expect(found.map(({ figure }) => figure).sort()).toEqual([...expected].sort());
        for (let index = 1; index < found.length; index += 1) expect(found[index - 1]!.max).toBeGreaterThanOrEqual(found[index]!.max);
      }),
      { numRuns: 300 },
    );
  });
});
