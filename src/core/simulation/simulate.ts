/**
 * Monte Carlo over a scenario: every uncertain input is drawn from its
 * distribution (a plain range uniformly), the model computes every figure of
 * every sample, and each figure is summarised (mean, percentiles, extremes,
 * and for whole counts the share of samples at each value). Seeded and
 * reproducible: the same scenario, options and seed give the same result on
 * any machine. Pure: no I/O, no clock, no Math.random.
 *
 * Samples are drawn and computed in chunks (the input columns of one chunk
 * stay in the processor's cache); the result does not depend on the chunk
 * size, since each input draws from its own stream in sample order. The
 * chunk shrinks as the inputs grow, so that a simulation's memory stays
 * within a budget however many sectors and pledges the scenario has
 * (memory-budget.ts); a run that would not fit is refused before it starts.
 */
import { distributionOf, type Distribution } from '../distribution.js';
import { estimate, figureValue, type Estimate, type EstimateOptions } from '../estimate.js';
import {
  COALITION_FIGURE_NAMES,
  CORE_FIGURE_NAMES,
  FIGURES,
  isCoalitionFigure,
  SIMULATED_FIGURE_NAMES,
  type CoalitionFigureName,
  type CoreFigureName,
  type FigureName,
  type SimulatedFigureName,
} from '../figures.js';
import { model } from '../model.js';
import type { Scenario } from '../scenario.js';
import { columnArithmetic } from './column-arithmetic.js';
import { coverageCollector, type SimulatedCoverage } from './covered-from-day.js';
import { accumulatorBytes, countAccumulator, valueAccumulator, type FigureAccumulator, type FigureStatistics } from './figure-statistics.js';
import { sufficeTally } from './suffice-tally.js';
import { inputColumns } from './input-columns.js';
import { isAllocationFailure, SIMULATION_MEMORY_BUDGET, SimulationTooLargeError, simulationFootprint, type KeptSamples, type SimulationFootprint } from './memory-budget.js';
import { DEFAULT_SEED } from './random-streams.js';
import { modelColumns, simulationPlan, type SimulationInputRef, type SimulationPlan } from './simulation-plan.js';

/** A simulated figure every scenario has. */
export type SimulatedCoreFigureName = Extract<SimulatedFigureName, CoreFigureName>;
/** A simulated figure of a coalition. */
export type SimulatedCoalitionFigureName = Extract<SimulatedFigureName, CoalitionFigureName>;
/** The simulated figures every scenario has, in display order. */
export const SIMULATED_CORE_FIGURE_NAMES = CORE_FIGURE_NAMES.filter((name) => FIGURES[name].simulated) as readonly SimulatedCoreFigureName[];
/** The simulated figures of a coalition, in display order. */
export const SIMULATED_COALITION_FIGURE_NAMES = COALITION_FIGURE_NAMES.filter((name) => FIGURES[name].simulated) as readonly SimulatedCoalitionFigureName[];

/** Samples when none are asked for. */
export const DEFAULT_SAMPLES = 10_000;
/**
 * The most samples one simulation takes (for a 2-sector coalition scenario,
 * about 4 s; memory about 8 bytes a sample for each real-valued figure and
 * each count over more than MAX_TALLIED_VALUES values, so about 1 GB at
 * this cap for the widest counts: memory-budget.ts refuses what would not
 * fit; more sectors and distributions take longer).
 */
export const MAX_SAMPLES = 10_000_000;

/** Options of `simulate`: the estimate's overrides, how many samples, which seed, how much memory. */
export interface SimulationOptions extends EstimateOptions {
  /** @default DEFAULT_SAMPLES */
  readonly samples?: number;
  /** @default DEFAULT_SEED */
  readonly seed?: number;
  /** The most bytes the run may take (memory-budget.ts). @default SIMULATION_MEMORY_BUDGET */
  readonly memoryBudget?: number;
}

/** An input that varies, as a simulation drew it. */
export interface SimulatedInput {
  readonly ref: SimulationInputRef;
  /** The sector's name, the contributor's country or the capability's name; null for a factor. */
  readonly name: string | null;
  /** For units a contributor provides: the capability they are units of; null otherwise. */
  readonly capability: string | null;
  /** What it was drawn from: its own distribution, or uniform over its range. */
  readonly distribution: Distribution;
  /** True when the scenario gave the distribution; false for a plain range (drawn uniformly). */
  readonly given: boolean;
  /** Whether its samples are whole numbers (brigade sizes, troops pledged). */
  readonly whole: boolean;
  /**
   * For the scenario density: the sectors without a density of their own,
   * which all read the same draw in a sample; null for any other input.
   */
  readonly sharedBySectors: readonly string[] | null;
}

/** What a simulation found of one capability (air cover first, then the scenario's in file order). */
export interface CapabilitySimulation {
  readonly name: string;
  /** The need's statistics over the samples. */
  readonly need: FigureStatistics;
  /** The share of samples in which the units pledged reach the need; null without a coalition. */
  readonly suffice: number | null;
  /** The same with a backstop's units left out; null without a coalition. */
  readonly sufficeWithoutBackstop: number | null;
}

/** What a simulation found: the summary of each figure over all samples. */
export interface Simulation {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly samples: number;
  readonly seed: number;
  readonly figures: Readonly<Record<SimulatedCoreFigureName, FigureStatistics>>;
  /** Null without a coalition. */
  readonly coalition: Readonly<Record<SimulatedCoalitionFigureName, FigureStatistics>> | null;
  /** The share of samples in which the pledged troops reach the deployed troops; null without a coalition. */
  readonly pledgesSuffice: number | null;
  /** Air cover, then each capability of the scenario. */
  readonly capabilities: readonly CapabilitySimulation[];
  /** The share of samples in which the troops and every capability suffice at once; null without a coalition. */
  readonly allSuffice: number | null;
  /** The same with every backstop contributor (its troops and its units) left out; null without a coalition. */
  readonly allSufficeWithoutBackstop: number | null;
  /**
   * From what day the samples are covered (each sample: the first day from
   * which its shortfall stays 0 to the horizon) and how many never are; null
   * without a coalition.
   */
  readonly coverage: SimulatedCoverage | null;
  /** The inputs that vary, in scenario order (factors, sectors, pledges); empty when nothing does. */
  readonly inputs: readonly SimulatedInput[];
  /** The interval estimate of the same scenario and overrides: every sample lies within its figures. */
  readonly estimate: Estimate;
}

function inputName(scenario: Scenario, ref: SimulationInputRef): { name: string | null; capability: string | null } {
  switch (ref.kind) {
    case 'factor':
      return { name: null, capability: null };
    case 'sectorLength':
    case 'sectorDensity':
      return { name: scenario.sectors[ref.sector]?.name ?? null, capability: null };
    case 'pledge':
    case 'arrival':
    case 'departure':
    case 'tour':
      return { name: scenario.coalition?.[ref.contributor]?.country ?? null, capability: null };
    case 'capabilityNeed':
      return { name: scenario.capabilities?.[ref.capability]?.name ?? null, capability: null };
    case 'provides': {
      const contributor = scenario.coalition?.[ref.contributor];
      return { name: contributor?.country ?? null, capability: contributor?.provides?.[ref.provided]?.capability ?? null };
    }
  }
}

function simulatedInputs(scenario: Scenario, plan: SimulationPlan): SimulatedInput[] {
  const sharingDensity = scenario.sectors.filter((sector) => sector.density === undefined).map((sector) => sector.name);
  return plan.inputs
    .filter((input) => input.value.min < input.value.max)
    .map((input) => ({
      ref: input.ref,
      ...inputName(scenario, input.ref),
      distribution: distributionOf(input.value),
      given: input.value.distribution !== undefined,
      whole: input.whole,
      sharedBySectors: input.ref.kind === 'factor' && input.ref.factor === 'density' ? sharingDensity : null,
    }));
}

/** Everything a run needs before its first sample: checked inputs, the interval estimate, the plan, the figures, the footprint. */
interface PreparedRun {
  readonly samples: number;
  readonly seed: number;
  readonly interval: Estimate;
  readonly plan: SimulationPlan;
  /** Each simulated figure of the scenario, with the interval its samples lie in. */
  readonly figures: ReadonlyMap<SimulatedFigureName, { readonly min: number; readonly max: number }>;
  readonly footprint: SimulationFootprint;
}

/**
 * The columns the model's operations take for `plan`, the covered-from days
 * included: counted by running them once on one-sample columns (the count
 * depends on the pledges, their kinds and schedules, not on the values, so
 * any values within the inputs' ranges do).
 */
function modelColumnCount(plan: SimulationPlan): number {
  const columns = columnArithmetic(1);
  columns.begin(1);
  const inputs = modelColumns(plan, plan.inputs.map((input) => Float64Array.of(input.value.max)));
  const values = model(columns.arithmetic, inputs);
  if (plan.model.pledges !== null) coverageCollector(plan, 1).add(columns.arithmetic, inputs, values, 1);
  return columns.columnCount;
}

/** Each sample's covered-from day is kept, and its statistics keep them again: two columns of every sample. */
const COVERAGE_SAMPLE_COLUMNS = 2;

function prepare(scenario: Scenario, options: SimulationOptions): PreparedRun {
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new RangeError(`samples must be a whole number from 1 to ${MAX_SAMPLES}, got ${samples}`);
  }
  const interval = estimate(scenario, options);
  const plan = simulationPlan(scenario, options);
  const figures = new Map<SimulatedFigureName, { min: number; max: number }>();
  let kept: KeptSamples = { figuresKeepingSamples: 0, tallyBytes: 0 };
  for (const name of SIMULATED_FIGURE_NAMES) {
    if (plan.model.pledges === null && isCoalitionFigure(name)) continue;
    const bounds = figureValue(interval, name);
    if (bounds === null) throw new RangeError(`the estimate has no ${name}`);
    figures.set(name, bounds);
    const bytes = accumulatorBytes(FIGURES[name].kind, bounds.min, bounds.max);
    kept = { figuresKeepingSamples: kept.figuresKeepingSamples + (bytes.perSample > 0 ? 1 : 0), tallyBytes: kept.tallyBytes + bytes.fixed };
  }
  // Each capability's need is summarised as a count figure is, and takes the same room; air cover's is the
  // figure airCover, summarised already.
  for (const capability of interval.capabilities.slice(1)) {
    const bytes = accumulatorBytes('count', capability.figures.need.min, capability.figures.need.max);
    kept = { figuresKeepingSamples: kept.figuresKeepingSamples + (bytes.perSample > 0 ? 1 : 0), tallyBytes: kept.tallyBytes + bytes.fixed };
  }
  if (plan.model.pledges !== null) kept = { ...kept, figuresKeepingSamples: kept.figuresKeepingSamples + COVERAGE_SAMPLE_COLUMNS };
  const columns = plan.inputs.length + modelColumnCount(plan);
  const footprint = simulationFootprint(samples, columns, kept, options.memoryBudget ?? SIMULATION_MEMORY_BUDGET);
  return { samples, seed, interval, plan, figures, footprint };
}

/**
 * What simulating `scenario` under `options` would take, and whether it fits
 * its memory budget: checked by the command line and the UI before `simulate`,
 * to refuse a run that would not fit with a message (footprintMessage).
 * Throws as `simulate` does for a bad sample count or seed.
 */
export function simulationFits(scenario: Scenario, options: SimulationOptions = {}): SimulationFootprint {
  return prepare(scenario, options).footprint;
}

/**
 * Simulates `scenario` with `options.samples` samples from `options.seed`.
 * Throws a RangeError for a sample count that is not a whole number from 1
 * to MAX_SAMPLES or a seed outside 0..MAX_SEED (programmer errors: the
 * command line checks both first), and a SimulationTooLargeError for a run
 * over its memory budget (callers check `simulationFits` first).
 */
export function simulate(scenario: Scenario, options: SimulationOptions = {}): Simulation {
  const prepared = prepare(scenario, options);
  if (!prepared.footprint.fits) throw new SimulationTooLargeError(prepared.footprint);
  try {
    return run(scenario, prepared);
  } catch (error) {
    // Within the budget but over what this process may take (a lower limit set on it): said, not a crash.
    if (isAllocationFailure(error)) throw new SimulationTooLargeError(prepared.footprint, 'system');
    throw error;
  }
}

/** Draws and computes every sample of a prepared run, and summarises each figure. */
function run(scenario: Scenario, prepared: PreparedRun): Simulation {
  const { samples, seed, interval, plan, figures: bounded, footprint } = prepared;
  const size = footprint.chunkSamples;
  const inputs = inputColumns(plan.inputs, seed, size);
  const columns = columnArithmetic(size);
  const modelInputs = modelColumns(plan, inputs.columns);

  const accumulators = new Map<SimulatedFigureName, FigureAccumulator>();
  for (const [name, bounds] of bounded) {
    accumulators.set(name, FIGURES[name].kind === 'count' ? countAccumulator(bounds.min, bounds.max, samples) : valueAccumulator(samples));
  }

  // Air cover's need is the figure airCover: its statistics are that figure's, not counted twice.
  const needs = interval.capabilities.slice(1).map((capability) => countAccumulator(capability.figures.need.min, capability.figures.need.max, samples));
  const tally = sufficeTally(interval.capabilities.length);

  // Pledges suffice exactly when the shortfall is 0 (pledged >= deployed): counted sample by sample, whatever
  // the shortfall's range (a count's tally of values is dropped past MAX_TALLIED_VALUES).
  let sufficing = 0;
  const coverage = plan.model.pledges === null ? null : coverageCollector(plan, samples);
  for (let done = 0; done < samples; done += size) {
    const count = Math.min(size, samples - done);
    inputs.draw(count);
    columns.begin(count);
    const values = model(columns.arithmetic, modelInputs);
    const columnOf = (name: FigureName): Float64Array | undefined =>
      isCoalitionFigure(name) ? values.coalition?.figures[name] : values.figures[name];
    for (const [name, accumulator] of accumulators) {
      const column = columnOf(name);
      if (column !== undefined) accumulator.add(column, count);
    }
    needs.forEach((need, index) => {
      const column = values.capabilities[index + 1]?.need;
      if (column === undefined) throw new RangeError(`the model has no capability ${index + 1}`);
      need.add(column, count);
    });
    const shortfall = values.coalition?.figures.shortfallTroops;
    if (shortfall !== undefined) for (let s = 0; s < count; s += 1) if (shortfall[s] === 0) sufficing += 1;
    if (values.coalition !== null) tally.add(values.coalition, count);
    coverage?.add(columns.arithmetic, modelInputs, values, count);
  }

  const summary = (name: SimulatedFigureName): FigureStatistics => {
    const accumulator = accumulators.get(name);
    if (accumulator === undefined) throw new RangeError(`no samples of ${name}`);
    return accumulator.summary();
  };
  const figures = Object.fromEntries(SIMULATED_CORE_FIGURE_NAMES.map((name) => [name, summary(name)])) as Record<SimulatedCoreFigureName, FigureStatistics>;
  const coalition =
    plan.model.pledges === null
      ? null
      : (Object.fromEntries(SIMULATED_COALITION_FIGURE_NAMES.map((name) => [name, summary(name)])) as Record<SimulatedCoalitionFigureName, FigureStatistics>);
  const pledgesSuffice = coalition === null ? null : sufficing / samples;
  const shares = coalition === null ? null : tally.shares(samples);

  return {
    scenario: { id: scenario.id, title: scenario.title },
    samples,
    seed,
    figures,
    coalition,
    pledgesSuffice,
    capabilities: interval.capabilities.map((capability, index): CapabilitySimulation => {
      const need = index === 0 ? figures.airCover : needs[index - 1]?.summary();
      if (need === undefined) throw new RangeError(`no samples of ${capability.name}`);
      return {
        name: capability.name,
        need,
        suffice: shares?.suffice[index] ?? null,
        sufficeWithoutBackstop: shares?.sufficeWithoutBackstop[index] ?? null,
      };
    }),
    allSuffice: shares?.all ?? null,
    allSufficeWithoutBackstop: shares?.allWithoutBackstop ?? null,
    coverage:
      coverage === null || interval.coalition === null
        ? null
        : coverage.summary(
            interval.coalition.timeline.steps.map((step) => step.day),
            interval.coalition.timeline.start,
          ),
    inputs: simulatedInputs(scenario, plan),
    estimate: interval,
  };
}
