import { figureValue, type Estimate } from './estimate.js';
import { FIGURES, type FigureName } from './figures.js';
import type { Interval } from './interval.js';
import type { Expectation } from './scenario.js';

export interface ExpectationResult {
  readonly figure: FigureName;
  readonly expected: Interval;
  /** Null where the figure does not exist (a coalition figure without a coalition). */
  readonly actual: Interval | null;
  readonly pass: boolean;
}

/** Rounds half away from zero to `decimals` places, as a reader rounds a printed figure. */
function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.sign(value) * Math.round(Math.abs(value) * scale + 1e-9) / scale;
}

function boundMatches(actual: number, expected: number, decimals: number, whole: boolean): boolean {
  if (whole) return actual === expected;
  return roundTo(actual, decimals) === roundTo(expected, decimals);
}

/** Checks an estimate against a scenario's `expect:` block, one result per expectation. */
export function checkExpectations(result: Estimate, expectations: readonly Expectation[]): ExpectationResult[] {
  return expectations.map(({ figure, expected, decimals }) => {
    const actual = figureValue(result, figure);
    const whole = FIGURES[figure].kind === 'count';
    const pass =
      actual !== null &&
      boundMatches(actual.min, expected.min, decimals.min, whole) &&
      boundMatches(actual.max, expected.max, decimals.max, whole);
    return { figure, expected, actual, pass };
  });
}
