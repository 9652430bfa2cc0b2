import { describe, expect, it } from 'vitest';
import { checkExpectations, estimate, type Expectation, type FigureName } from '../../src/core/index.js';
import { buildScenario, toInterval, type ScenarioParts, type Value } from './build-scenario.js';

/** Decimals of a number as a scenario file would write it: 1666.67 has 2. */
const decimalsOf = (value: number): number => String(value).split('.')[1]?.length ?? 0;

/**
 * An `expect:` entry as the loader hands it over; the decimals default to
 * those of the numbers written, and may be given for a trailing zero ("4.20").
 */
function expectation(figure: FigureName, value: Value, decimals?: readonly [number, number]): Expectation {
  const expected = toInterval(value);
  const [min, max] = decimals ?? [decimalsOf(expected.min), decimalsOf(expected.max)];
  return { figure, expected, decimals: { min, max } };
}

const LINE_1200: ScenarioParts = { sectors: [{ km: 1_200 }] };
const MILES_750: ScenarioParts = { sectors: [{ km: 750 * 1.609344 }] };
const UNFICYP: ScenarioParts = { sectors: [{ km: 180 }], coalition: [{ country: 'UNFICYP', troops: 800 }] };
const UNIFIL: ScenarioParts = { sectors: [{ km: 120 }], coalition: [{ country: 'UNIFIL', troops: 9_500 }] };
/** One soldier on 8 km: pledgedDensity 0.125, a half to round. */
const HALF_TO_ROUND: ScenarioParts = { sectors: [{ km: 8 }], coalition: [{ country: 'A', troops: 1 }] };

const passes = (parts: ScenarioParts, entry: Expectation): boolean =>
  checkExpectations(estimate(buildScenario(parts)), [entry])[0]?.pass ?? false;

describe('checkExpectations', () => {
  it.each<readonly [string, ScenarioParts, Expectation, boolean]>([
    ['counts compare exactly: troops 3,600', LINE_1200, expectation('troops', 3_600), true],
    ['counts compare exactly: troops 3,599', LINE_1200, expectation('troops', 3_599), false],
    ['counts compare exactly: brigades 1..2', LINE_1200, expectation('brigades', [1, 2]), true],
    ['counts compare exactly: brigades 1..3', LINE_1200, expectation('brigades', [1, 3]), false],
    ['counts compare exactly: brigades 2 (a point against a range)', LINE_1200, expectation('brigades', 2), false],
    ['a count written with decimals still compares exactly', LINE_1200, expectation('troops', 3_600.4, [1, 1]), false],
    ['lengths to the decimals written: 1,000..1,666.67', LINE_1200, expectation('brigadeCoverageKm', [1_000, 1_666.67]), true],
    ['lengths to the decimals written: 1,000..1,666.7', LINE_1200, expectation('brigadeCoverageKm', [1_000, 1_666.7]), true],
    ['lengths to the decimals written: 1,000..1,667', LINE_1200, expectation('brigadeCoverageKm', [1_000, 1_667]), true],
    ['lengths to the decimals written: 1,000..1,666.667', LINE_1200, expectation('brigadeCoverageKm', [1_000, 1_666.667]), true],
    ['lengths to the decimals written: 1,000..1,666.66 is wrong', LINE_1200, expectation('brigadeCoverageKm', [1_000, 1_666.66]), false],
    ['lengths to the decimals written: 1,000..1,666 is wrong', LINE_1200, expectation('brigadeCoverageKm', [1_000, 1_666]), false],
    ['lengths to the decimals written: 999..1,666.67 is wrong', LINE_1200, expectation('brigadeCoverageKm', [999, 1_666.67]), false],
    ['750 mi: coverageKm 1,207.008', MILES_750, expectation('coverageKm', 1_207.008), true],
    ['750 mi: coverageKm 1,207.01', MILES_750, expectation('coverageKm', 1_207.01), true],
    ['750 mi: coverageKm 1,207', MILES_750, expectation('coverageKm', 1_207), true],
    ['750 mi: coverageKm 1,207.009 is wrong', MILES_750, expectation('coverageKm', 1_207.009), false],
    ['UNFICYP: pledgedDensity 4.44', UNFICYP, expectation('pledgedDensity', 4.44), true],
    ['UNFICYP: pledgedDensity 4.4', UNFICYP, expectation('pledgedDensity', 4.4), true],
    ['UNFICYP: pledgedDensity 4.45 is wrong', UNFICYP, expectation('pledgedDensity', 4.45), false],
    ['UNIFIL: pledgedDensity 79.17', UNIFIL, expectation('pledgedDensity', 79.17), true],
    ['UNIFIL: pledgedDensity 79.2', UNIFIL, expectation('pledgedDensity', 79.2), true],
    ['UNIFIL: pledgedDensity 79.16 is wrong', UNIFIL, expectation('pledgedDensity', 79.16), false],
    ['a trailing zero counts as a decimal written: 4.20 against 4.2', { ...UNFICYP, coalition: [{ country: 'UNMEE', troops: 756 }] },
      expectation('pledgedDensity', 4.2, [2, 2]), true],
    ['a half rounds away from zero, as a reader rounds: 0.125 is 0.13', HALF_TO_ROUND, expectation('pledgedDensity', 0.13), true],
    ['a half rounds away from zero, as a reader rounds: 0.125 is not 0.12', HALF_TO_ROUND, expectation('pledgedDensity', 0.12), false],
  ])('%s', (_name, parts, entry, pass) => {
    expect(passes(parts, entry)).toBe(pass);
  });

  it('fails a coalition figure when the scenario has no coalition, with no actual value', () => {
    const [result] = checkExpectations(estimate(buildScenario(LINE_1200)), [expectation('shortfallTroops', 0)]);
    expect(result).toEqual({ figure: 'shortfallTroops', expected: { min: 0, max: 0 }, actual: null, pass: false });
  });

  it('answers each expectation in order, with the actual value beside the expected one', () => {
    const results = checkExpectations(estimate(buildScenario(LINE_1200)), [
      expectation('troops', 3_600),
      expectation('brigades', [1, 3]),
    ]);
    expect(results).toEqual([
      { figure: 'troops', expected: { min: 3_600, max: 3_600 }, actual: { min: 3_600, max: 3_600 }, pass: true },
      { figure: 'brigades', expected: { min: 1, max: 3 }, actual: { min: 1, max: 2 }, pass: false },
    ]);
  });

  it('answers nothing to an empty expect block', () => {
    expect(checkExpectations(estimate(buildScenario(LINE_1200)), [])).toEqual([]);
  });
});
