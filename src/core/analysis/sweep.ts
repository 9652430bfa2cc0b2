/**
 * A one- or two-way data table, as a spreadsheet's: one or two factors take
 * evenly spaced values over a range, and each cell is the estimate of the
 * scenario with those factors set (as `--set` would), every other input as
 * the scenario has it. Each cell is a call of `estimate`.
 */
import { estimate, resolveFactors, type EstimateOptions, type ResolvedFactor } from '../estimate.js';
import { FACTOR_NAMES, FACTORS, type FactorName, type FactorSettings } from '../factors.js';
import { SWEPT_FIGURE_NAMES, type SweptFigureName } from '../figures.js';
import type { Interval } from '../interval.js';
import type { Scenario } from '../scenario.js';

/** Values per axis when none is asked for. */
export const SWEEP_DEFAULT_STEPS = 5;
/** The fewest values an axis can have: its two ends. */
export const SWEEP_MIN_STEPS = 2;
/** The most values an axis can have (a 50 x 50 table is 2,500 estimates). */
export const SWEEP_MAX_STEPS = 50;
/** The most factors one sweep varies: rows, and columns. */
export const SWEEP_MAX_AXES = 2;

/** One varied factor: `steps` evenly spaced values from `from` to `to`, both ends included. */
export interface SweepAxis {
  readonly factor: FactorName;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
}

/** What is wrong with an axis, as the end of "expected ..."; null for a good one. */
export function sweepAxisProblem(axis: SweepAxis): string | null {
  if (!Number.isInteger(axis.steps) || axis.steps < SWEEP_MIN_STEPS || axis.steps > SWEEP_MAX_STEPS) {
    return `a whole number of steps from ${SWEEP_MIN_STEPS} to ${SWEEP_MAX_STEPS}`;
  }
  if (!(axis.from < axis.to)) return 'a range from a low to a higher value, such as 3..30';
  if (FACTORS[axis.factor].bounds.whole) {
    const wholeValues = Math.floor(axis.to) - Math.ceil(axis.from) + 1;
    if (wholeValues < axis.steps) {
      return `at most ${wholeValues} steps: ${axis.factor} takes whole values and the range holds ${wholeValues}`;
    }
  }
  return null;
}

/**
 * The values of an axis, low to high, both ends exact. Values in between are
 * cut to 12 significant digits (so 0.1..0.3 gives 0.2, not 0.20000000000000004),
 * and rounded to whole numbers for a factor that takes only whole values
 * (brigade size); `sweepAxisProblem` makes sure that leaves them distinct.
 */
export function axisValues(axis: SweepAxis): number[] {
  const whole = FACTORS[axis.factor].bounds.whole;
  return Array.from({ length: axis.steps }, (_, index) => {
    if (index === 0) return axis.from;
    if (index === axis.steps - 1) return axis.to;
    const exact = axis.from + ((axis.to - axis.from) * index) / (axis.steps - 1);
    return whole ? Math.round(exact) : Number(exact.toPrecision(12));
  });
}

/**
 * One cell of the table: the values of the varied factors and the estimate's
 * figures there, those the figure table has a sweep say for (the brigades and
 * line troops, and what rotation, the enabler share and air cover per brigade
 * move).
 */
export interface SweepCell {
  /** One value per axis, in the order of `Sweep.axes`. */
  readonly values: readonly number[];
  /** Each swept figure (SWEPT_FIGURE_NAMES) with its value in this cell. */
  readonly figures: Readonly<Record<SweptFigureName, Interval>>;
  /**
   * Where the scenario has capabilities beyond air cover or pledges units of
   * any: each capability (air cover first) with its need in this cell and
   * its shortfall (null without a coalition); empty otherwise.
   */
  readonly capabilities: readonly SweptCapability[];
}

/** A capability in one cell of a sweep. */
export interface SweptCapability {
  readonly name: string;
  readonly need: Interval;
  readonly shortfall: Interval | null;
}

/** Whether a sweep of `scenario` shows its capabilities: it declares some, or contributors pledge units. */
export function sweepsCapabilities(scenario: Scenario): boolean {
  return (scenario.capabilities?.length ?? 0) > 0 || (scenario.coalition ?? []).some((contributor) => (contributor.provides?.length ?? 0) > 0);
}

/** A data table over one scenario. */
export interface Sweep {
  readonly scenario: { readonly id: string; readonly title: string };
  /** The varied factors with their values: the first gives the rows, the second (if any) the columns. */
  readonly axes: readonly { readonly factor: FactorName; readonly values: readonly number[] }[];
  /** Row by row: for two axes, cell `row x columns + column`. */
  readonly cells: readonly SweepCell[];
  /** The factors that are not varied, with their values and where they came from (`--set` included). */
  readonly held: readonly ResolvedFactor[];
}

/** Every combination of the axes' values, the first axis slowest. */
function grid(axes: readonly (readonly number[])[]): number[][] {
  return axes.reduce<number[][]>((combinations, values) => combinations.flatMap((prefix) => values.map((value) => [...prefix, value])), [[]]);
}

/**
 * The data table of `scenario` over `axes` (one or two, distinct factors,
 * each passing `sweepAxisProblem`), with `options.overrides` (`--set`) applied
 * to every cell; a varied factor replaces an override of the same factor.
 * Throws a RangeError (a programmer error) for axes that break those rules.
 */
export function sweep(scenario: Scenario, axes: readonly SweepAxis[], options: EstimateOptions = {}): Sweep {
  if (axes.length < 1 || axes.length > SWEEP_MAX_AXES) throw new RangeError(`a sweep varies 1 or 2 factors, got ${axes.length}`);
  if (new Set(axes.map((axis) => axis.factor)).size !== axes.length) throw new RangeError('a sweep varies each factor once');
  for (const axis of axes) {
    const problem = sweepAxisProblem(axis);
    if (problem !== null) throw new RangeError(`sweep axis ${axis.factor}: expected ${problem}`);
  }
  const valued = axes.map((axis) => ({ factor: axis.factor, values: axisValues(axis) }));
  const withCapabilities = sweepsCapabilities(scenario);
  const cells = grid(valued.map((axis) => axis.values)).map((values): SweepCell => {
    const overrides: FactorSettings = { ...options.overrides };
    valued.forEach((axis, index) => {
      const value = values[index] ?? 0;
      overrides[axis.factor] = { min: value, max: value };
    });
    const result = estimate(scenario, { ...options, overrides });
    const figures = Object.fromEntries(SWEPT_FIGURE_NAMES.map((name) => [name, result.figures[name]]));
    const capabilities = !withCapabilities
      ? []
      : result.capabilities.map((capability): SweptCapability => ({ name: capability.name, need: capability.figures.need, shortfall: capability.coalition?.shortfall ?? null }));
    return { values, figures: figures as Record<SweptFigureName, Interval>, capabilities };
  });
  const varied = new Set(axes.map((axis) => axis.factor));
  const resolved = resolveFactors(scenario, options);
  const held = FACTOR_NAMES.filter((name) => !varied.has(name)).map((name) => resolved[name]);
  return { scenario: { id: scenario.id, title: scenario.title }, axes: valued, cells, held };
}
