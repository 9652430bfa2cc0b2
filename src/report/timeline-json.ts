/**
 * The coalition over time in JSON (docs/formats.md): the shape `estimate`
 * prints under `coalition` and `forcecalc timeline --format json` prints
 * alone. Days are days after day 0, exact; a date is `YYYY-MM-DD`, null
 * where the scenario has no start.
 */
import type { CoalitionTimeline, CoveredFromDay } from '../core/timeline.js';
import { intervalJson, type IntervalJson } from './interval-json.js';

/** One step of the timeline: what is on the ground from `day` to the next step. */
export interface TimelineStepJson {
  readonly day: number;
  readonly date: string | null;
  readonly pledgedTroops: IntervalJson;
  readonly shortfallTroops: IntervalJson;
  /** Each capability that day by its name, air cover first: the units there and the shortfall of its need. */
  readonly capabilities: Readonly<Record<string, { readonly pledged: IntervalJson; readonly shortfall: IntervalJson }>>;
}

/** The keys a coalition's JSON takes from its timeline, in contract order. */
export interface TimelineJson {
  readonly start: string | null;
  readonly horizonDays: number;
  readonly timeline: readonly TimelineStepJson[];
  /** Each bound null where the pledges never suffice (min) or never surely do (max) to the horizon. */
  readonly coveredFromDay: { readonly min: number | null; readonly max: number | null };
}

/** A fresh `{min, max}` of two days that may be null. */
export function coveredFromDayJson(covered: CoveredFromDay): TimelineJson['coveredFromDay'] {
  return { min: covered.min, max: covered.max };
}

/** The timeline as JSON, keys in contract order. */
export function timelineJson(timeline: CoalitionTimeline): TimelineJson {
  return {
    start: timeline.start,
    horizonDays: timeline.horizonDays,
    timeline: timeline.steps.map((step) => ({
      day: step.day,
      date: step.date,
      pledgedTroops: intervalJson(step.pledgedTroops),
      shortfallTroops: intervalJson(step.shortfallTroops),
      // Names are the file's text: Object.fromEntries makes each an own property, "__proto__" included.
      capabilities: Object.fromEntries(
        step.capabilities.map((capability) => [capability.name, { pledged: intervalJson(capability.pledged), shortfall: intervalJson(capability.shortfall) }]),
      ),
    })),
    coveredFromDay: coveredFromDayJson(timeline.coveredFromDay),
  };
}
