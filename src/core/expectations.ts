import { sameCapability } from './capabilities.js';
import type { CapabilityFigureName } from './capability-figures.js';
import { capabilityFigureValue, figureValue, type Estimate } from './estimate.js';
import { FIGURES, type FigureName } from './figures.js';
import type { Interval } from './interval.js';
import { COVERED_FROM_DAY, type Expectation } from './scenario.js';

/** How one expectation fared. */
export type ExpectationResult = (
  | { readonly figure: FigureName; readonly capability?: undefined }
  /** The day from which the coalition covers the line, in days, Infinity for never. */
  | { readonly figure: typeof COVERED_FROM_DAY; readonly capability?: undefined }
  /** A figure of the capability named (as the scenario declares it). */
  | { readonly figure: CapabilityFigureName; readonly capability: string }
) & {
  readonly expected: Interval;
  /** Null where the figure does not exist (a coalition figure without a coalition). */
  readonly actual: Interval | null;
  readonly pass: boolean;
};

/** Rounds half away from zero to `decimals` places, as a reader rounds a printed figure. */
function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.sign(value) * Math.round(Math.abs(value) * scale + 1e-9) / scale;
}

function boundMatches(actual: number, expected: number, decimals: number, whole: boolean): boolean {
  // "never" (a day that is not) matches only never.
  if (whole || !Number.isFinite(actual) || !Number.isFinite(expected)) return actual === expected;
  return roundTo(actual, decimals) === roundTo(expected, decimals);
}

/** The value an expectation is about, and whether it counts whole things; null where the estimate has no such value. */
function actualValue(result: Estimate, expectation: Expectation): { value: Interval | null; whole: boolean } {
  if (expectation.figure === COVERED_FROM_DAY) {
    const covered = result.coalition?.timeline.coveredFromDay;
    return { value: covered === undefined ? null : coveredFromDayInterval(covered), whole: false };
  }
  if (expectation.capability === undefined) {
    return { value: figureValue(result, expectation.figure), whole: FIGURES[expectation.figure].kind === 'count' };
  }
  const { capability: name, figure } = expectation;
  const capability = result.capabilities.find((candidate) => sameCapability(candidate.name, name));
  return { value: capability === undefined ? null : capabilityFigureValue(capability, figure), whole: true };
}

/** `coveredFromDay` as an interval of days, a day that is not (null) as Infinity: "never". */
export function coveredFromDayInterval(covered: { readonly min: number | null; readonly max: number | null }): Interval {
  return { min: covered.min ?? Number.POSITIVE_INFINITY, max: covered.max ?? Number.POSITIVE_INFINITY };
}

/** Checks an estimate against a scenario's `expect:` block, one result per expectation. */
export function checkExpectations(result: Estimate, expectations: readonly Expectation[]): ExpectationResult[] {
  return expectations.map((expectation) => {
    const { expected, decimals } = expectation;
    const { value: actual, whole } = actualValue(result, expectation);
    const pass =
      actual !== null &&
      boundMatches(actual.min, expected.min, decimals.min, whole) &&
      boundMatches(actual.max, expected.max, decimals.max, whole);
    if (expectation.figure === COVERED_FROM_DAY) return { figure: COVERED_FROM_DAY, expected, actual, pass };
    return expectation.capability === undefined
      ? { figure: expectation.figure, expected, actual, pass }
      : { figure: expectation.figure, capability: expectation.capability, expected, actual, pass };
  });
}

/** Where an expectation points, as `expect:` writes it: `brigades`, `capabilities.Air cover.shortfall`. */
export function expectationPath(expectation: Pick<Expectation, 'figure' | 'capability'>): string {
  return expectation.capability === undefined ? expectation.figure : `capabilities.${expectation.capability}.${expectation.figure}`;
}
