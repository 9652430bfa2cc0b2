/**
 * The outcome of `forcecalc check`: PASS or FAIL per scenario, each mismatch
 * with what the `expect:` block said and what the model gives, then a summary.
 */
import { AIR_COVER, sameCapability } from '../core/capabilities.js';
import { expectationPath, type ExpectationResult } from '../core/expectations.js';
import { FIGURES, type FigureKind } from '../core/figures.js';
import type { Interval } from '../core/interval.js';
import { sanitizeText } from '../text/sanitize.js';
import { COVERED_FROM_DAY, type Expectation } from '../core/scenario.js';
import { formatDecimal, formatInterval, formatQuantity, unitFor } from './number-format.js';
import { joinLines } from '../text/text-width.js';

/** One scenario's expectations and how each fared. */
export interface ScenarioCheck {
  readonly id: string;
  readonly expectations: readonly Expectation[];
  readonly results: readonly ExpectationResult[];
}

/** True when every expectation of the scenario holds (also when it has none). */
export function checkPassed(check: ScenarioCheck): boolean {
  return check.results.every((result) => result.pass);
}

/**
 * A value at the precision the expectation was written with (at least two
 * decimals), so that "expected 1,207.008, got 1,207.01" never reads as equal.
 */
function valueText(value: Interval, decimals: number, kind: FigureKind): string {
  if (kind === 'count' && Number.isInteger(value.min) && Number.isInteger(value.max)) return formatInterval(value, 'count');
  return formatQuantity(value, Math.max(2, decimals));
}

/** The kind and unit of the figure an expectation is about; a capability's figures count whole units, air cover's packages. */
function figureKindAndUnit(result: Exclude<ExpectationResult, { readonly figure: typeof COVERED_FROM_DAY }>): { kind: FigureKind; unit: string } {
  if (result.capability === undefined) return FIGURES[result.figure];
  return { kind: 'count', unit: sameCapability(result.capability, AIR_COVER) ? FIGURES.airCover.unit : 'units' };
}

/** A day or "never", at the precision the expectation was written with. */
const dayText = (day: number, decimals: number): string => (Number.isFinite(day) ? formatDecimal(day, Math.max(2, decimals)) : 'never');

/** `coveredFromDay`'s bounds as days, "never" where there is none: "45..never". */
function daysText(value: Interval, decimals: number): string {
  const min = dayText(value.min, decimals);
  const max = dayText(value.max, decimals);
  return min === max ? min : `${min}..${max}`;
}

function mismatchLine(result: ExpectationResult, expectation: Expectation | undefined): string {
  if (result.figure === COVERED_FROM_DAY) {
    const decimals = Math.max(expectation?.decimals.min ?? 0, expectation?.decimals.max ?? 0);
    const got = result.actual === null ? 'nothing (the scenario has no coalition)' : daysText(result.actual, decimals);
    return `  ${COVERED_FROM_DAY}: expected ${daysText(result.expected, decimals)}, got ${got} (days; never: not within the horizon)`;
  }
  const { kind, unit } = figureKindAndUnit(result);
  const decimals = Math.max(expectation?.decimals.min ?? 0, expectation?.decimals.max ?? 0);
  const expected = `${valueText(result.expected, decimals, kind)} ${unitFor(result.expected, unit)}`;
  const got =
    result.actual === null
      ? 'nothing (the scenario has no coalition)'
      : `${valueText(result.actual, decimals, kind)} ${unitFor(result.actual, unit)}`;
  return `  ${sanitizeText(expectationPath(result))}: expected ${expected}, got ${got}`;
}

function scenarioLines(check: ScenarioCheck): string[] {
  const id = sanitizeText(check.id);
  if (check.results.length === 0) return [`SKIP ${id}: no expect: block`];
  const failures = check.results.filter((result) => !result.pass);
  if (failures.length === 0) return [`PASS ${id} (${plural(check.results.length, 'expectation')})`];
  return [
    `FAIL ${id} (${failures.length} of ${plural(check.results.length, 'expectation')} not met)`,
    ...check.results.flatMap((result, index) => (result.pass ? [] : [mismatchLine(result, check.expectations[index])])),
  ];
}

function plural(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/**
 * The check report: a block per scenario, then "n passed, n failed, n without
 * expect:", and ", n invalid" when `invalidFiles` did not load (their problems
 * go to stderr), so that the summary counts every file asked for.
 */
export function formatCheckReport(checks: readonly ScenarioCheck[], invalidFiles = 0): string {
  const passed = checks.filter((check) => check.results.length > 0 && checkPassed(check)).length;
  const failed = checks.filter((check) => !checkPassed(check)).length;
  const skipped = checks.filter((check) => check.results.length === 0).length;
  return joinLines([
    ...checks.flatMap(scenarioLines),
    `${passed} passed, ${failed} failed, ${skipped} without expect:${invalidFiles > 0 ? `, ${invalidFiles} invalid` : ''}`,
  ]);
}
