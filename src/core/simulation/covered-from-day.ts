/**
 * From what day each sample of a simulation is covered (docs/uncertainty.md,
 * "From what day is the line covered, and how sure is that"): the first day
 * from which its shortfall stays 0 up to the horizon, or never.
 *
 * A sample's pledges change only on its own arrival and departure days, so
 * its shortfall is evaluated there and on day 0, with the model's own day
 * formula (`onDay`) over columns: a day the scenario fixes is one constant
 * for every sample, a day it draws is the input's column. The sample is
 * covered from the first of those days after the last one (before the
 * horizon) whose shortfall is above 0: day 0 when there is none, never when
 * no day before the horizon comes after it.
 */
import { dateOfDay } from '../calendar.js';
import type { Arithmetic } from '../arithmetic.js';
import { onDay, type ModelInputs, type ModelValues } from '../model.js';
import { valueAccumulator, type FigureStatistics } from './figure-statistics.js';
import type { SimulationPlan } from './simulation-plan.js';

/** The share of samples covered by a day. */
export interface CoveredBy {
  readonly day: number;
  /** The date of the day where the scenario has a start; null otherwise. */
  readonly date: string | null;
  readonly probability: number;
}

/** What a simulation says of the day the line is covered from. */
export interface SimulatedCoverage {
  /** The statistics of the day over the samples covered within the horizon; null where none is. */
  readonly coveredFromDay: FigureStatistics | null;
  /** The share of samples never covered within the horizon. */
  readonly neverCovered: number;
  /** At each step day of the estimate's timeline, the share of samples covered by then. */
  readonly coveredBy: readonly CoveredBy[];
  /** Each covered sample's day, ascending: the share covered by any day (`coveredByDay`). */
  readonly coveredDays: Float64Array;
  readonly samples: number;
}

/** The share of samples covered by `day` (their day at or before it). */
export function coveredByDay(coverage: Pick<SimulatedCoverage, 'coveredDays' | 'samples'>, day: number): number {
  // The first covered day past `day`, by bisection: every day before it counts.
  const days = coverage.coveredDays;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low / coverage.samples;
}

/** Collects the covered-from day of every sample, chunk by chunk, then summarises. */
export interface CoverageCollector {
  /** The days of one chunk of `count` samples, from the model's values of that chunk (before the next `begin`). */
  add(a: Arithmetic<Float64Array>, inputs: ModelInputs<Float64Array>, values: ModelValues<Float64Array>, count: number): void;
  /** The summary, with `coveredBy` at each of `stepDays` (the estimate's), dated from `start` where there is one. */
  summary(stepDays: readonly number[], start: string | null): SimulatedCoverage;
}

/** A collector for `samples` samples of the scenario `plan` draws from. */
export function coverageCollector(plan: SimulationPlan, samples: number): CoverageCollector {
  const { horizonDays } = plan.model;
  const pledges = plan.model.pledges ?? [];
  // Days every sample shares (day 0, and each arrival or departure the scenario fixes, within the horizon) and the
  // schedule inputs that vary, whose columns are days of their own.
  const fixedDays = new Set<number>([0]);
  const drawnDays: { readonly pledge: number; readonly end: 'arrives' | 'leaves' }[] = [];
  for (const [pledge, { schedule }] of pledges.entries()) {
    for (const end of ['arrives', 'leaves'] as const) {
      const value = plan.inputs[schedule[end]]?.value;
      if (value === undefined) throw new RangeError(`no input ${schedule[end]}`);
      if (value.min < value.max) drawnDays.push({ pledge, end });
      else if (value.min < horizonDays) fixedDays.add(value.min);
    }
  }
  const fixed = [...fixedDays].sort((a, b) => a - b);
  const covered = new Float64Array(samples);
  let coveredCount = 0;
  let added = 0;

  return {
    add(a, inputs, values, count) {
      const coalition = values.coalition;
      if (coalition === null || inputs.pledges === null) throw new RangeError('a coverage needs a coalition');
      const modelPledges = inputs.pledges;
      const shortfallOn = (day: Float64Array): Float64Array =>
        onDay(a, day, modelPledges, coalition.pledges, values.figures.deployedTroops).shortfallTroops;
      const drawn = drawnDays.map(({ pledge, end }) => {
        const day = modelPledges[pledge]?.schedule[end];
        if (day === undefined) throw new RangeError(`no pledge ${pledge}`);
        return day;
      });
      const days = [...fixed.map((day) => a.constant(day)), ...drawn];
      const shortfalls = days.map(shortfallOn);
      for (let s = 0; s < count; s += 1) {
        let lastShort = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < days.length; k += 1) {
          const day = days[k]![s]!;
          if (day < horizonDays && shortfalls[k]![s]! > 0 && day > lastShort) lastShort = day;
        }
        let from = Number.POSITIVE_INFINITY;
        if (lastShort === Number.NEGATIVE_INFINITY) from = 0;
        else {
          for (let k = 0; k < days.length; k += 1) {
            const day = days[k]![s]!;
            if (day > lastShort && day < horizonDays && day < from) from = day;
          }
        }
        if (from !== Number.POSITIVE_INFINITY) covered[coveredCount++] = from;
      }
      added += count;
    },
    summary(stepDays, start) {
      if (added !== samples) throw new RangeError(`expected ${samples} samples, got ${added}`);
      const days = covered.subarray(0, coveredCount).sort();
      let coveredFromDay: FigureStatistics | null = null;
      if (coveredCount > 0) {
        const accumulator = valueAccumulator(coveredCount);
        accumulator.add(days, coveredCount);
        coveredFromDay = accumulator.summary();
      }
      const coveredBy = stepDays.map((day) => ({
        day,
        date: start === null ? null : dateOfDay(start, day),
        probability: coveredByDay({ coveredDays: days, samples }, day),
      }));
      return { coveredFromDay, neverCovered: (samples - coveredCount) / samples, coveredBy, coveredDays: days, samples };
    },
  };
}
