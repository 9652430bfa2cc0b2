// sweep(): a data table of brigades and troops over one or two factors. Expected values
// worked out by hand: troops = length x density, brigades = troops / brigade size rounded up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, FACTOR_NAMES, SWEPT_FIGURE_NAMES, type FactorName } from '../../../src/core/index.js';
import { axisValues, sweep, sweepAxisProblem, type FactorAxis, type SweepAxis } from '../../../src/core/analysis/sweep.js';
import { parseFactorAssignment } from '../../../src/scenarios/overrides.js';
import { buildScenario } from '../build-scenario.js';
import { factorValues, partsArb } from './scenario-arbitraries.js';

const axis = (factor: FactorName, from: number, to: number, steps: number): FactorAxis => ({ factor, from, to, steps });
const oneLine = buildScenario({ sectors: [{ km: 1_200 }] });

describe('axisValues', () => {
  it.each<[SweepAxis, number[]]>([
    [axis('density', 3, 30, 10), [3, 6, 9, 12, 15, 18, 21, 24, 27, 30]],
    [axis('rotation', 1, 3, 5), [1, 1.5, 2, 2.5, 3]],
    [axis('brigadeSize', 3_000, 5_000, 5), [3_000, 3_500, 4_000, 4_500, 5_000]],
    // Whole soldiers: 3,666.67 and 4,333.33 round to the nearest whole brigade size.
    [axis('brigadeSize', 3_000, 5_000, 4), [3_000, 3_667, 4_333, 5_000]],
    // 0.1 + 0.2 x 1/2 is 0.2 exactly once cut to 12 digits, not 0.20000000000000004.
    [axis('enablerShare', 0.1, 0.3, 3), [0.1, 0.2, 0.3]],
    [axis('density', 0.1, 0.7, 7), [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]],
    [axis('density', 1, 2, 4), [1, 1.33333333333, 1.66666666667, 2]],
    [axis('airCoverPerBrigade', 0, 1, 2), [0, 1]],
  ])('%j', (given, values) => {
    expect(axisValues(given)).toEqual(values);
    expect(sweepAxisProblem(given)).toBeNull();
  });
});

describe('sweepAxisProblem', () => {
  it.each<[SweepAxis, string]>([
    [axis('density', 3, 30, 1), 'a whole number of steps from 2 to 50'],
    [axis('density', 3, 30, 51), 'a whole number of steps from 2 to 50'],
    [axis('density', 3, 30, 2.5), 'a whole number of steps from 2 to 50'],
    [axis('density', 3, 3, 5), 'a range from a low to a higher value, such as 3..30'],
    [axis('density', 30, 3, 5), 'a range from a low to a higher value, such as 3..30'],
    // 3,000, 3,001 and 3,002 are the only whole brigade sizes in 3,000..3,002.
    [axis('brigadeSize', 3_000, 3_002, 4), 'at most 3 steps: brigadeSize takes whole values and the range holds 3'],
  ])('%j', (given, problem) => {
    expect(sweepAxisProblem(given)).toBe(problem);
  });
});

describe('sweep, worked by hand', () => {
  it('one way: 1,200 km at 3..30 /km gives 3,600..36,000 troops', () => {
    const result = sweep(oneLine, [axis('density', 3, 30, 10)]);
    expect(result.axes).toEqual([{ factor: 'density', values: [3, 6, 9, 12, 15, 18, 21, 24, 27, 30] }]);
    const cells = result.cells.map((cell) => [cell.values[0], [cell.figures.brigades.min, cell.figures.brigades.max], cell.figures.troops.min]);
    // troops 3,600 x k; brigades ceil(3,600k / 5,000) .. ceil(3,600k / 3,000).
    expect(cells).toEqual([
      [3, [1, 2], 3_600], [6, [2, 3], 7_200], [9, [3, 4], 10_800], [12, [3, 5], 14_400], [15, [4, 6], 18_000],
      [18, [5, 8], 21_600], [21, [6, 9], 25_200], [24, [6, 10], 28_800], [27, [7, 11], 32_400], [30, [8, 12], 36_000],
    ]);
    expect(result.held.map((factor) => factor.name)).toEqual(['brigadeSize', 'airCoverPerBrigade', 'enablerShare', 'rotation']);
  });

  it('two ways: rows the first factor, columns the second, row by row', () => {
    const result = sweep(oneLine, [axis('density', 3, 6, 2), axis('brigadeSize', 3_000, 6_000, 2)]);
    // 3,600 troops in 3,000 or 6,000 brigades: 2 or 1; 7,200: 3 or 2.
    expect(result.cells.map((cell) => [...cell.values, cell.figures.brigades.min, cell.figures.brigades.max, cell.figures.troops.min])).toEqual([
      [3, 3_000, 2, 2, 3_600], [3, 6_000, 1, 1, 3_600],
      [6, 3_000, 3, 3, 7_200], [6, 6_000, 2, 2, 7_200],
    ]);
  });

  it('holds the --set values in every cell', () => {
    // 1,200 km at 3 /km in brigades of 4,000: 1; at 6 /km: 7,200 troops, 2.
    const result = sweep(oneLine, [axis('density', 3, 6, 2)], { overrides: { brigadeSize: { min: 4_000, max: 4_000 } }, overrideSource: '--set' });
    expect(result.cells.map((cell) => cell.figures.brigades)).toEqual([{ min: 1, max: 1 }, { min: 2, max: 2 }]);
    expect(result.held[0]).toMatchObject({ name: 'brigadeSize', origin: 'override', source: '--set' });
  });

  it.each<[string, SweepAxis[]]>([
    ['no axis', []],
    ['three axes', [axis('density', 1, 2, 2), axis('rotation', 1, 2, 2), axis('enablerShare', 0, 1, 2)]],
    ['the same factor twice', [axis('density', 1, 2, 2), axis('density', 3, 4, 2)]],
    ['a bad axis', [axis('density', 1, 2, 99)]],
  ])('throws on %s (a programmer error: the command line checks first)', (_, axes) => {
    expect(() => sweep(oneLine, axes)).toThrow(RangeError);
  });
});

const axisArb = (factor: FactorName): fc.Arbitrary<FactorAxis> =>
  fc
    .tuple(factorValues[factor], factorValues[factor], fc.integer({ min: 2, max: 6 }))
    .filter(([a, b, steps]) => a !== b && sweepAxisProblem(axis(factor, Math.min(a, b), Math.max(a, b), steps)) === null)
    .map(([a, b, steps]) => axis(factor, Math.min(a, b), Math.max(a, b), steps));

const axesArb: fc.Arbitrary<FactorAxis[]> = fc
  .uniqueArray(fc.constantFrom(...FACTOR_NAMES), { minLength: 1, maxLength: 2 })
  .chain((factors) => fc.tuple(...factors.map(axisArb)));

describe('sweep, for any scenario', () => {
  it('gives each cell exactly the estimate with those values set', () => {
    fc.assert(
      fc.property(partsArb, axesArb, (parts, axes) => {
        const scenario = buildScenario(parts);
        const result = sweep(scenario, axes);
        expect(result.cells.length).toBe(axes.reduce((count, given) => count * given.steps, 1));
        for (const cell of result.cells) {
          const overrides = Object.fromEntries(axes.map((given, index) => [given.factor, { min: cell.values[index] ?? 0, max: cell.values[index] ?? 0 }]));
          const expected = estimate(scenario, { overrides }).figures;
          // Every swept figure of the figure table, no other.
          expect(Object.keys(cell.figures)).toEqual([...SWEPT_FIGURE_NAMES]);
          for (const name of SWEPT_FIGURE_NAMES) expect(cell.figures[name], name).toEqual(expected[name]);
        }
      }),
    );
  });

  it('gives each cell the estimate that --set factor=value gives, value as a planner types it', () => {
    const result = sweep(oneLine, [axis('density', 2.5, 12.5, 5)]);
    for (const cell of result.cells) {
      const assignment = parseFactorAssignment(`density=${cell.values[0] ?? 0}/km`);
      expect(assignment.ok).toBe(true);
      if (!assignment.ok) continue;
      expect(cell.figures.troops).toEqual(estimate(oneLine, { overrides: { density: assignment.value } }).figures.troops);
    }
  });
});
