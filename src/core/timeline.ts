/**
 * The coalition over time, as `estimate` gives it (docs/model.md, "Time"):
 * the model's own day formula (`onDay` in model.ts) over intervals at every
 * day where what is on the ground can change, and from those steps the day
 * from which the pledges can, and surely do, suffice.
 *
 * Between two steps nothing arrives or leaves, so a step's figures hold up
 * to the next step: the timeline is exact, not a sampling of days.
 */
import { dateOfDay } from './calendar.js';
import { intervalArithmetic } from './interval-arithmetic.js';
import { point, type Interval } from './interval.js';
import { capabilitiesOnDay, onDay, type PledgeInputs } from './model.js';

/** The timeline at one step: from `day` until the next step. */
export interface TimelineStep {
  /** Days after day 0. */
  readonly day: number;
  /** The date of the day (`YYYY-MM-DD`) where the scenario has a start; null otherwise. */
  readonly date: string | null;
  readonly pledgedTroops: Interval;
  readonly shortfallTroops: Interval;
  /** Each capability that day, air cover first, by its name: the units there and what is short of its need. */
  readonly capabilities: readonly { readonly name: string; readonly pledged: Interval; readonly shortfall: Interval }[];
}

/**
 * The first day the pledges can suffice (`min`: the first step whose
 * shortfall can be 0) and the first from which they surely do up to the
 * horizon (`max`: the first step from which the shortfall's high bound stays
 * 0); each null where there is none within the horizon.
 */
export interface CoveredFromDay {
  readonly min: number | null;
  readonly max: number | null;
}

/** The coalition over the days from day 0 to the horizon. */
export interface CoalitionTimeline {
  /** The date of day 0, `YYYY-MM-DD`; null where the scenario gives none. */
  readonly start: string | null;
  readonly horizonDays: number;
  /** Ascending by day; the first at day 0. */
  readonly steps: readonly TimelineStep[];
  readonly coveredFromDay: CoveredFromDay;
}

/**
 * The step days: day 0 and every bound of an arrival or a departure that
 * falls within the horizon (from day 0 to before the horizon), ascending,
 * each once.
 */
export function stepDays(pledges: readonly PledgeInputs<Interval>[], horizonDays: number): number[] {
  const days = new Set<number>([0]);
  for (const { schedule } of pledges) {
    for (const day of [schedule.arrives.min, schedule.arrives.max, schedule.leaves.min, schedule.leaves.max]) {
      if (day >= 0 && day < horizonDays) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** The first step day whose shortfall can be 0, and the first from which it surely is 0 to the horizon. */
export function coveredFromDay(steps: readonly Pick<TimelineStep, 'day' | 'shortfallTroops'>[]): CoveredFromDay {
  const first = steps.find((step) => step.shortfallTroops.min === 0);
  let sure: number | null = null;
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const step = steps[index];
    if (step === undefined || step.shortfallTroops.max > 0) break;
    sure = step.day;
  }
  return { min: first?.day ?? null, max: sure };
}

/** What the timeline is computed from: the pledges with their schedules, each in troops, and the deployed troops. */
export interface TimelineInputs {
  readonly pledges: readonly PledgeInputs<Interval>[];
  /** Each pledge in troops (`CoalitionValues.pledges`). */
  readonly troops: readonly Interval[];
  readonly deployedTroops: Interval;
  /** Each capability's name and need, air cover first (`Estimate.capabilities`). */
  readonly capabilities: readonly { readonly name: string; readonly need: Interval }[];
  readonly horizonDays: number;
  readonly start: string | null;
}

/** The timeline of a coalition: its steps and the day from which it covers the line. */
export function coalitionTimeline(inputs: TimelineInputs): CoalitionTimeline {
  const steps = stepDays(inputs.pledges, inputs.horizonDays).map((day): TimelineStep => {
    const values = onDay(intervalArithmetic, point(day), inputs.pledges, inputs.troops, inputs.deployedTroops);
    const capabilities = capabilitiesOnDay(intervalArithmetic, point(day), inputs.pledges, inputs.capabilities.map(({ need }) => ({ need })));
    return {
      day,
      date: inputs.start === null ? null : dateOfDay(inputs.start, day),
      pledgedTroops: values.pledgedTroops,
      shortfallTroops: values.shortfallTroops,
      capabilities: capabilities.map((values, index) => ({ name: inputs.capabilities[index]?.name ?? '', ...values })),
    };
  });
  return { start: inputs.start, horizonDays: inputs.horizonDays, steps, coveredFromDay: coveredFromDay(steps) };
}

/**
 * The step in force on `day`: the last one at or before it (day 0's before
 * day 0). The figures of any day of the timeline, for a cursor on a day.
 */
export function stepOn(timeline: CoalitionTimeline, day: number): TimelineStep {
  let found = timeline.steps[0];
  if (found === undefined) throw new RangeError('a timeline has a step at day 0');
  for (const step of timeline.steps) {
    if (step.day > day) break;
    found = step;
  }
  return found;
}

/** Whether a contributor is on the ground on a day: surely, possibly (its days are ranges), or not. */
export type Presence = 'sure' | 'possible' | 'absent';

/**
 * A contributor's presence on `day` from its arrival and departure days (a
 * departure of null: it stays past the horizon), by the timeline's rule:
 * surely there from the high bound of its arrival to before the low bound of
 * its departure, possibly from the low bound of its arrival to before the
 * high bound of its departure.
 */
export function presenceOn(day: number, arrivesDay: Interval, leavesDay: Interval | null): Presence {
  const leavesMin = leavesDay?.min ?? Number.POSITIVE_INFINITY;
  const leavesMax = leavesDay?.max ?? Number.POSITIVE_INFINITY;
  if (arrivesDay.max <= day && day < leavesMin) return 'sure';
  if (arrivesDay.min <= day && day < leavesMax) return 'possible';
  return 'absent';
}
