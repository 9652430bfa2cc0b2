/**
 * A one- or two-way data table, as a spreadsheet's: one or two factors or
 * inputs of the scenario (a sector's length or density, a contributor's
 * pledge, a capability's need) take evenly spaced values over a range, and
 * each cell is the estimate of the scenario with those values set (as `--set`
 * would), every other input as the scenario has it. Each cell is a call of
 * `estimate`.
 */
import { perText } from '../capabilities.js';
import { estimate, resolveFactors, type EstimateOptions, type ResolvedFactor } from '../estimate.js';
import { FACTOR_NAMES, FACTORS, type FactorName, type FactorSettings } from '../factors.js';
import { SWEPT_COALITION_FIGURE_NAMES, SWEPT_FIGURE_NAMES, type SweptCoalitionFigureName, type SweptFigureName } from '../figures.js';
import type { Interval } from '../interval.js';
import type { Scenario } from '../scenario.js';
import { applyScenarioEdits, type ScenarioEdit } from '../scenario-edit.js';

/** Values per axis when none is asked for. */
export const SWEEP_DEFAULT_STEPS = 5;
/** The fewest values an axis can have: its two ends. */
export const SWEEP_MIN_STEPS = 2;
/** The most values an axis can have (a 50 x 50 table is 2,500 estimates). */
export const SWEEP_MAX_STEPS = 50;
/** The most factors one sweep varies: rows, and columns. */
export const SWEEP_MAX_AXES = 2;

/** `steps` evenly spaced values from `from` to `to`, both ends included. */
export interface AxisRange {
  readonly from: number;
  readonly to: number;
  readonly steps: number;
}

/** A varied factor. */
export interface FactorAxis extends AxisRange {
  readonly factor: FactorName;
}

/**
 * An input of the scenario a sweep can vary, its entry by index in the
 * scenario's list, as ScenarioEdit names it: a sector's length (km) or own
 * density (/km), a contributor's pledge in troops or in brigades (either
 * replaces its pledge), a capability's need (units per its `per`; the index
 * in `capabilities`, air cover's need being a factor).
 */
export type SweptInput =
  | { readonly kind: 'sectorLength' | 'sectorDensity'; readonly sector: number }
  | { readonly kind: 'pledgedTroops' | 'pledgedBrigades'; readonly contributor: number }
  | { readonly kind: 'capabilityNeed'; readonly capability: number };

/** A varied input of the scenario. */
export interface InputAxis extends AxisRange {
  readonly input: SweptInput;
  /** What the axis is called in a CSV header and a JSON key: the target as the command line wrote it, `sector[Hot spot].length`. */
  readonly name: string;
}

/** One varied factor or input: `steps` evenly spaced values from `from` to `to`, both ends included. */
export type SweepAxis = FactorAxis | InputAxis;

/** True for an axis of a factor. */
export function isFactorAxis(axis: SweepAxis | SweptAxis): axis is FactorAxis | SweptFactorAxis {
  return 'factor' in axis;
}

/** Counts (troops, brigades) take whole values: a pledge of 2.5 brigades is no step of a sweep. */
function takesWholeValues(axis: SweepAxis): boolean {
  if (isFactorAxis(axis)) return FACTORS[axis.factor].bounds.whole;
  return axis.input.kind === 'pledgedTroops' || axis.input.kind === 'pledgedBrigades';
}

/** The axis in a message: the factor, or what the input is (its name as written is the caller's text, to be quoted where it is shown). */
function axisName(axis: SweepAxis): string {
  if (isFactorAxis(axis)) return axis.factor;
  return INPUT_WORDS[axis.input.kind];
}

/** What an input is, in a message. */
const INPUT_WORDS: Readonly<Record<SweptInput['kind'], string>> = {
  sectorLength: "a sector's length",
  sectorDensity: "a sector's density",
  pledgedTroops: 'a pledge of troops',
  pledgedBrigades: 'a pledge of brigades',
  capabilityNeed: "a capability's need",
};

/** What is wrong with an axis, as the end of "expected ..."; null for a good one. */
export function sweepAxisProblem(axis: SweepAxis): string | null {
  if (!Number.isInteger(axis.steps) || axis.steps < SWEEP_MIN_STEPS || axis.steps > SWEEP_MAX_STEPS) {
    return `a whole number of steps from ${SWEEP_MIN_STEPS} to ${SWEEP_MAX_STEPS}`;
  }
  if (!(axis.from < axis.to)) return 'a range from a low to a higher value, such as 3..30';
  if (takesWholeValues(axis)) {
    if (!Number.isInteger(axis.from) || !Number.isInteger(axis.to)) return `whole ends: ${axisName(axis)} takes whole values`;
    const wholeValues = axis.to - axis.from + 1;
    if (wholeValues < axis.steps) {
      return `at most ${wholeValues} steps: ${axisName(axis)} takes whole values and the range holds ${wholeValues}`;
    }
  }
  return null;
}

/**
 * The values of an axis, low to high, both ends exact. Values in between are
 * cut to 12 significant digits (so 0.1..0.3 gives 0.2, not 0.20000000000000004),
 * and rounded to whole numbers for an axis that takes only whole values
 * (brigade size, a pledge); `sweepAxisProblem` makes sure the ends are whole
 * and the range holds at least `steps` whole values, so that the steps are at
 * least 1 apart and the rounded values stay distinct.
 */
export function axisValues(axis: SweepAxis): number[] {
  const whole = takesWholeValues(axis);
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
  /** Where the scenario has a coalition, its swept figures (SWEPT_COALITION_FIGURE_NAMES: pledged troops, the shortfall); null without one. */
  readonly coalition: Readonly<Record<SweptCoalitionFigureName, Interval>> | null;
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

/** A varied factor with its values. */
export interface SweptFactorAxis {
  readonly factor: FactorName;
  readonly values: readonly number[];
}

/** A varied input with its values, and what its entry is called in the scenario. */
export interface SweptInputAxis {
  readonly input: SweptInput;
  /** As the command line wrote it (InputAxis.name). */
  readonly name: string;
  /** The sector's or capability's name, or the contributor's country, as the file spells it. */
  readonly entry: string;
  /** The unit of the values: km, /km, troops, brigades, or the need's (`units per 100 km`). */
  readonly unit: string;
  readonly values: readonly number[];
}

/** A varied factor or input with its values. */
export type SweptAxis = SweptFactorAxis | SweptInputAxis;

/** A data table over one scenario. */
export interface Sweep {
  readonly scenario: { readonly id: string; readonly title: string };
  /** The varied factors and inputs with their values: the first gives the rows, the second (if any) the columns. */
  readonly axes: readonly SweptAxis[];
  /** Row by row: for two axes, cell `row x columns + column`. */
  readonly cells: readonly SweepCell[];
  /** The factors that are not varied, with their values and where they came from (`--set` included). */
  readonly held: readonly ResolvedFactor[];
}

/** Every combination of the axes' values, the first axis slowest. */
function grid(axes: readonly (readonly number[])[]): number[][] {
  return axes.reduce<number[][]>((combinations, values) => combinations.flatMap((prefix) => values.map((value) => [...prefix, value])), [[]]);
}

/** Which input an axis sets, as a key: two axes of one input are one axis twice. */
function axisKey(axis: SweepAxis): string {
  if (isFactorAxis(axis)) return `factor ${axis.factor}`;
  const { input } = axis;
  switch (input.kind) {
    case 'sectorLength':
    case 'sectorDensity':
      return `${input.kind} ${input.sector}`;
    // A pledge is one input, in troops or in brigades.
    case 'pledgedTroops':
    case 'pledgedBrigades':
      return `pledge ${input.contributor}`;
    case 'capabilityNeed':
      return `capabilityNeed ${input.capability}`;
  }
}

/** The change an input axis makes at `value`. */
export function sweptInputEdit(input: SweptInput, value: Interval): ScenarioEdit {
  switch (input.kind) {
    case 'sectorLength':
      return { kind: 'sectorLength', sector: input.sector, lengthKm: value };
    case 'sectorDensity':
      return { kind: 'sectorDensity', sector: input.sector, density: value };
    case 'pledgedTroops':
      return { kind: 'pledge', contributor: input.contributor, pledge: { kind: 'troops', troops: value } };
    case 'pledgedBrigades':
      return { kind: 'pledge', contributor: input.contributor, pledge: { kind: 'brigades', brigades: value } };
    case 'capabilityNeed':
      return { kind: 'capabilityNeed', capability: input.capability, need: value };
  }
}

/** The entry an input names, and the unit of its values; throws a RangeError for an index the scenario does not have. */
function describeInput(scenario: Scenario, input: SweptInput): { entry: string; unit: string } {
  const missing = (what: string, index: number) => new RangeError(`no ${what} ${index} in ${scenario.id}`);
  switch (input.kind) {
    case 'sectorLength':
    case 'sectorDensity': {
      const sector = scenario.sectors[input.sector];
      if (sector === undefined) throw missing('sector', input.sector);
      return { entry: sector.name, unit: input.kind === 'sectorLength' ? 'km' : '/km' };
    }
    case 'pledgedTroops':
    case 'pledgedBrigades': {
      const contributor = scenario.coalition?.[input.contributor];
      if (contributor === undefined) throw missing('contributor', input.contributor);
      return { entry: contributor.country, unit: input.kind === 'pledgedTroops' ? 'troops' : 'brigades' };
    }
    case 'capabilityNeed': {
      const capability = scenario.capabilities?.[input.capability];
      if (capability === undefined) throw missing('capability', input.capability);
      const per = perText(capability.per);
      return { entry: capability.name, unit: per === 'force' ? 'units for the force' : `units per ${per}` };
    }
  }
}

/**
 * The data table of `scenario` over `axes` (one or two, each factor or input
 * once, each passing `sweepAxisProblem`, inputs naming entries the scenario
 * has), with `options.overrides` (`--set`) applied to every cell; a varied
 * factor replaces an override of the same factor. Throws a RangeError (a
 * programmer error) for axes that break those rules.
 */
export function sweep(scenario: Scenario, axes: readonly SweepAxis[], options: EstimateOptions = {}): Sweep {
  if (axes.length < 1 || axes.length > SWEEP_MAX_AXES) throw new RangeError(`a sweep varies 1 or 2 factors or inputs, got ${axes.length}`);
  if (new Set(axes.map(axisKey)).size !== axes.length) throw new RangeError('a sweep varies each factor and input once');
  for (const axis of axes) {
    const problem = sweepAxisProblem(axis);
    if (problem !== null) throw new RangeError(`sweep axis ${axisName(axis)}: expected ${problem}`);
  }
  const valued = axes.map((axis): SweptAxis => {
    const values = axisValues(axis);
    return isFactorAxis(axis) ? { factor: axis.factor, values } : { input: axis.input, name: axis.name, ...describeInput(scenario, axis.input), values };
  });
  const withCapabilities = sweepsCapabilities(scenario);
  const cells = grid(valued.map((axis) => axis.values)).map((values): SweepCell => {
    const overrides: FactorSettings = { ...options.overrides };
    const edits: ScenarioEdit[] = [];
    valued.forEach((axis, index) => {
      const value = values[index] ?? 0;
      if (isFactorAxis(axis)) overrides[axis.factor] = { min: value, max: value };
      else edits.push(sweptInputEdit(axis.input, { min: value, max: value }));
    });
    const result = estimate(applyScenarioEdits(scenario, edits), { ...options, overrides });
    const figures = Object.fromEntries(SWEPT_FIGURE_NAMES.map((name) => [name, result.figures[name]]));
    const coalitionFigures = result.coalition?.figures;
    const coalition = coalitionFigures === undefined ? null : Object.fromEntries(SWEPT_COALITION_FIGURE_NAMES.map((name) => [name, coalitionFigures[name]]));
    const capabilities = !withCapabilities
      ? []
      : result.capabilities.map((capability): SweptCapability => ({ name: capability.name, need: capability.figures.need, shortfall: capability.coalition?.shortfall ?? null }));
    return {
      values,
      figures: figures as Record<SweptFigureName, Interval>,
      coalition: coalition as Record<SweptCoalitionFigureName, Interval> | null,
      capabilities,
    };
  });
  const varied = new Set(valued.flatMap((axis) => (isFactorAxis(axis) ? [axis.factor] : [])));
  const resolved = resolveFactors(scenario, options);
  const held = FACTOR_NAMES.filter((name) => !varied.has(name)).map((name) => resolved[name]);
  return { scenario: { id: scenario.id, title: scenario.title }, axes: valued, cells, held };
}
