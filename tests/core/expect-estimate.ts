import { expect } from 'vitest';
import { estimate, figureValue, FIGURES, type Estimate, type EstimateOptions, type FigureName, type Interval } from '../../src/core/index.js';
import { buildScenario, toInterval, type ScenarioParts, type Value } from './build-scenario.js';

/** Expected figures: a count exactly, a length or density to the decimals the test writes. */
export type ExpectedFigures = Partial<Record<FigureName, Value>>;

/** Decimals of a number as written in the test source: 1666.67 has 2, 1000 has 0. */
function decimalsWritten(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

/** Rounds half away from zero, as a reader rounds a printed figure. */
function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
}

/** The actual figure as the test compares it: counts as they are, the rest rounded like the expectation. */
function asWritten(figure: FigureName, actual: Interval, expected: Interval): Interval {
  if (FIGURES[figure].kind === 'count') return { min: actual.min, max: actual.max };
  return {
    min: roundTo(actual.min, decimalsWritten(expected.min)),
    max: roundTo(actual.max, decimalsWritten(expected.max)),
  };
}

/**
 * Builds a scenario from its parts, estimates it and checks the named figures,
 * e.g. `expectEstimate({ sectors: [{ km: 1_200 }] }, { troops: 3_600, brigades: [1, 2] })`.
 * Returns the estimate for further checks.
 */
export function expectEstimate(parts: ScenarioParts, expected: ExpectedFigures, options?: EstimateOptions): Estimate {
  const result = estimate(buildScenario(parts), options);
  for (const [name, value] of Object.entries(expected)) {
    const figure = name as FigureName;
    const want = toInterval(value);
    const actual = figureValue(result, figure);
    expect(actual, `${figure} is missing from the estimate`).not.toBeNull();
    if (actual !== null) expect(asWritten(figure, actual, want), figure).toEqual(want);
  }
  return result;
}
