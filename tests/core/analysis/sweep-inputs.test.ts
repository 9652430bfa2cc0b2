// sweep() over a scenario's own inputs: a sector's length or density, a pledge, a
// capability's need, alone or beside a factor. Expected values worked out by hand from
// docs/model.md's third example: 1,000 km at 3 /km and 200 km at 20 /km.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyScenarioEdits, estimate } from '../../../src/core/index.js';
import { axisValues, sweep, sweepAxisProblem, sweptInputEdit, type InputAxis, type SweepAxis, type SweptInput } from '../../../src/core/analysis/sweep.js';
import { buildScenario, type ScenarioParts } from '../build-scenario.js';
import { lengthKm, partsArb } from './scenario-arbitraries.js';

const HOT_SPOT: ScenarioParts = {
  sectors: [
    { name: 'Line of contact', km: 1_000 },
    { name: 'Hot spot, north [2]', km: 200, density: 20 },
  ],
  factors: { density: 3, brigadeSize: [3_000, 5_000] },
  capabilities: [{ name: 'EW team', per: 100, need: 1 }],
  coalition: [
    { country: 'France', brigades: 1 },
    { country: 'Poland', troops: 2_000 },
  ],
};
const hotSpot = buildScenario(HOT_SPOT);

const along = (input: SweptInput, from: number, to: number, steps: number, name = 'as written'): InputAxis => ({ input, name, from, to, steps });
const bounds = (value: { min: number; max: number } | null | undefined) => (value == null ? null : [value.min, value.max]);

describe('axisValues of an input', () => {
  it.each<[InputAxis, number[]]>([
    [along({ kind: 'sectorLength', sector: 1 }, 100, 400, 4), [100, 200, 300, 400]],
    [along({ kind: 'sectorDensity', sector: 0 }, 1, 2, 3), [1, 1.5, 2]],
    [along({ kind: 'pledgedTroops', contributor: 1 }, 0, 5_000, 6), [0, 1_000, 2_000, 3_000, 4_000, 5_000]],
    // Whole troops: 3.33 and 6.67 round to 3 and 7; the range holds 11 whole values, so 4 stay distinct.
    [along({ kind: 'pledgedTroops', contributor: 1 }, 0, 10, 4), [0, 3, 7, 10]],
    [along({ kind: 'pledgedBrigades', contributor: 0 }, 0, 3, 4), [0, 1, 2, 3]],
    [along({ kind: 'pledgedBrigades', contributor: 0 }, 1, 4, 3), [1, 3, 4]],
    [along({ kind: 'capabilityNeed', capability: 0 }, 0.5, 1.5, 3), [0.5, 1, 1.5]],
  ])('%j', (given, values) => {
    expect(sweepAxisProblem(given)).toBeNull();
    expect(axisValues(given)).toEqual(values);
  });

  it.each<[InputAxis, string]>([
    // 0, 1 and 2 are the only whole numbers of troops in 0..2: four steps would repeat one.
    [along({ kind: 'pledgedTroops', contributor: 1 }, 0, 2, 4), 'at most 3 steps: a pledge of troops takes whole values and the range holds 3'],
    [along({ kind: 'pledgedBrigades', contributor: 0 }, 0.5, 3, 2), 'whole ends: a pledge of brigades takes whole values'],
    [along({ kind: 'sectorLength', sector: 0 }, 400, 100, 4), 'a range from a low to a higher value, such as 3..30'],
    [along({ kind: 'capabilityNeed', capability: 0 }, 1, 2, 51), 'a whole number of steps from 2 to 50'],
  ])('refuses %j', (given, problem) => {
    expect(sweepAxisProblem(given)).toBe(problem);
  });
});

describe('sweep of an input, worked by hand', () => {
  it("a sector's length: 2,000 troops more for every 100 km of the hot spot at 20 /km", () => {
    const result = sweep(hotSpot, [along({ kind: 'sectorLength', sector: 1 }, 100, 400, 4, 'sector[Hot spot, north [2]].length')]);
    expect(result.axes).toEqual([
      { input: { kind: 'sectorLength', sector: 1 }, name: 'sector[Hot spot, north [2]].length', entry: 'Hot spot, north [2]', unit: 'km', values: [100, 200, 300, 400] },
    ]);
    // 3,000 on the line + 20 x length; pledged 3,000..5,000 + 2,000.
    expect(result.cells.map((cell) => [cell.values[0], cell.figures.troops.min, bounds(cell.figures.brigades), bounds(cell.coalition?.shortfallTroops)])).toEqual([
      [100, 5_000, [1, 2], [0, 0]],
      [200, 7_000, [2, 3], [0, 2_000]],
      [300, 9_000, [2, 3], [2_000, 4_000]],
      [400, 11_000, [3, 4], [4_000, 6_000]],
    ]);
    // Factors are held as the scenario has them, every one of them: no factor is varied.
    expect(result.held.map((factor) => factor.name)).toEqual(['density', 'brigadeSize', 'airCoverPerBrigade', 'enablerShare', 'rotation']);
  });

  it("a sector's own density, and a pledge in troops and in brigades", () => {
    const density = sweep(hotSpot, [along({ kind: 'sectorDensity', sector: 0 }, 3, 5, 3)]);
    expect(density.cells.map((cell) => cell.figures.troops.min)).toEqual([7_000, 8_000, 9_000]);
    expect(density.axes[0]).toMatchObject({ entry: 'Line of contact', unit: '/km' });
    const troops = sweep(hotSpot, [along({ kind: 'pledgedTroops', contributor: 1 }, 0, 4_000, 3)]);
    expect(troops.cells.map((cell) => [bounds(cell.coalition?.pledgedTroops), bounds(cell.coalition?.shortfallTroops)])).toEqual([
      [[3_000, 5_000], [2_000, 4_000]],
      [[5_000, 7_000], [0, 2_000]],
      [[7_000, 9_000], [0, 0]],
    ]);
    const brigades = sweep(hotSpot, [along({ kind: 'pledgedBrigades', contributor: 0 }, 0, 2, 3)]);
    expect(brigades.axes[0]).toMatchObject({ entry: 'France', unit: 'brigades' });
    expect(brigades.cells.map((cell) => bounds(cell.coalition?.pledgedTroops))).toEqual([[2_000, 2_000], [5_000, 7_000], [8_000, 12_000]]);
  });

  it("a capability's need: EW teams per 100 km of 1,200 km", () => {
    const result = sweep(hotSpot, [along({ kind: 'capabilityNeed', capability: 0 }, 1, 3, 3)]);
    expect(result.axes[0]).toMatchObject({ entry: 'EW team', unit: 'units per 100 km' });
    // Nobody provides EW teams: the shortfall is the need.
    expect(result.cells.map((cell) => cell.capabilities.find((capability) => capability.name === 'EW team'))).toEqual(
      [12, 24, 36].map((units) => ({ name: 'EW team', need: { min: units, max: units }, shortfall: { min: units, max: units } })),
    );
  });

  it('a factor by an input: rows the first, columns the second, both kinds mixed', () => {
    const result = sweep(hotSpot, [
      { factor: 'brigadeSize', from: 3_000, to: 6_000, steps: 2 },
      along({ kind: 'sectorLength', sector: 1 }, 100, 400, 2),
    ]);
    // 5,000 or 11,000 troops in brigades of 3,000 or 6,000.
    expect(result.cells.map((cell) => [...cell.values, cell.figures.brigades.min])).toEqual([
      [3_000, 100, 2], [3_000, 400, 4],
      [6_000, 100, 1], [6_000, 400, 2],
    ]);
    expect(result.held.map((factor) => factor.name)).not.toContain('brigadeSize');
  });

  it('has no coalition figures without a coalition', () => {
    const alone = buildScenario({ ...HOT_SPOT, coalition: null });
    expect(sweep(alone, [along({ kind: 'sectorLength', sector: 0 }, 1, 2, 2)]).cells.every((cell) => cell.coalition === null)).toBe(true);
  });

  it.each<[string, SweepAxis[]]>([
    ['one pledge twice, in troops and in brigades', [along({ kind: 'pledgedTroops', contributor: 0 }, 0, 10, 2), along({ kind: 'pledgedBrigades', contributor: 0 }, 0, 1, 2)]],
    ['one sector length twice', [along({ kind: 'sectorLength', sector: 1 }, 1, 2, 2), along({ kind: 'sectorLength', sector: 1 }, 3, 4, 2)]],
    ['a sector the scenario does not have', [along({ kind: 'sectorLength', sector: 2 }, 1, 2, 2)]],
    ['a contributor the scenario does not have', [along({ kind: 'pledgedTroops', contributor: 7 }, 1, 2, 2)]],
    ['a capability the scenario does not declare', [along({ kind: 'capabilityNeed', capability: 1 }, 1, 2, 2)]],
    ['a count range holding too few whole values', [along({ kind: 'pledgedTroops', contributor: 0 }, 0, 1, 3)]],
  ])('throws on %s (a programmer error: the command line checks first)', (_, axes) => {
    expect(() => sweep(hotSpot, axes)).toThrow(RangeError);
  });
});

describe('sweep of an input, for any scenario', () => {
  const inputArb = (sectors: number, contributors: number, capabilities: number): fc.Arbitrary<SweptInput> =>
    fc.oneof(
      fc.record({ kind: fc.constantFrom('sectorLength' as const, 'sectorDensity' as const), sector: fc.nat({ max: sectors - 1 }) }),
      ...(contributors === 0 ? [] : [fc.record({ kind: fc.constantFrom('pledgedTroops' as const, 'pledgedBrigades' as const), contributor: fc.nat({ max: contributors - 1 }) })]),
      ...(capabilities === 0 ? [] : [fc.record({ kind: fc.constant('capabilityNeed' as const), capability: fc.nat({ max: capabilities - 1 }) })]),
    );
  const caseArb = partsArb.chain((parts) =>
    fc.tuple(
      fc.constant(parts),
      inputArb(parts.sectors.length, parts.coalition?.length ?? 0, parts.capabilities?.length ?? 0),
      // From 1: a length or a density of 0 is outside the input's bounds, which the command line refuses.
      fc.integer({ min: 1, max: 1_000 }),
      fc.integer({ min: 50, max: 5_000 }),
      fc.integer({ min: 2, max: 6 }),
    ),
  );

  it('gives each cell exactly the estimate of the scenario with that input set', () => {
    fc.assert(
      fc.property(caseArb, ([parts, input, low, span, steps]) => {
        const scenario = buildScenario(parts);
        const result = sweep(scenario, [along(input, low, low + span, steps)]);
        expect(result.cells).toHaveLength(steps);
        for (const cell of result.cells) {
          const value = cell.values[0] ?? 0;
          const expected = estimate(applyScenarioEdits(scenario, [sweptInputEdit(input, { min: value, max: value })]));
          expect(cell.figures.troops).toEqual(expected.figures.troops);
          expect(cell.figures.brigades).toEqual(expected.figures.brigades);
          expect(cell.coalition?.shortfallTroops ?? null).toEqual(expected.coalition?.figures.shortfallTroops ?? null);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is monotone where the figure is: troops and brigades never fall as a sector lengthens; the shortfall never rises as a pledge grows', () => {
    fc.assert(
      fc.property(partsArb, lengthKm, lengthKm, fc.integer({ min: 2, max: 8 }), (parts, a, b, steps) => {
        const scenario = buildScenario(parts);
        const [from, to] = a < b ? [a, b] : [b + 1, b + 2];
        const columns = sweep(scenario, [along({ kind: 'sectorLength', sector: 0 }, from, to, steps)]).cells;
        columns.slice(1).forEach((cell, index) => {
          const before = columns[index];
          expect(cell.figures.troops.min).toBeGreaterThanOrEqual(before?.figures.troops.min ?? 0);
          expect(cell.figures.troops.max).toBeGreaterThanOrEqual(before?.figures.troops.max ?? 0);
          expect(cell.figures.brigades.max).toBeGreaterThanOrEqual(before?.figures.brigades.max ?? 0);
        });
        if (scenario.coalition === null) return;
        const pledges = sweep(scenario, [along({ kind: 'pledgedTroops', contributor: 0 }, 0, 50_000, steps)]).cells;
        pledges.slice(1).forEach((cell, index) => {
          expect(cell.coalition?.shortfallTroops.max).toBeLessThanOrEqual(pledges[index]?.coalition?.shortfallTroops.max ?? 0);
          expect(cell.coalition?.pledgedTroops.min).toBeGreaterThan(pledges[index]?.coalition?.pledgedTroops.min ?? 0);
        });
      }),
      { numRuns: 60 },
    );
  });
});
