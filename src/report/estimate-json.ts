/**
 * The JSON shape of `estimate --format json` (docs/cli.md), a public contract:
 * scripts read these keys, the figures' derived from the figure table. Every
 * count, length and density is `{min, max}` (min = max where
 * nothing varies) and numbers are exact, never rounded for display.
 */
import type { ContributorEstimate, Estimate, FactorOrigin } from '../core/estimate.js';
import { FACTOR_NAMES, type FactorName } from '../core/factors.js';
import { COALITION_FIGURE_NAMES, CORE_FIGURE_NAMES, type CoalitionFigureName, type CoreFigureName, type FigureName } from '../core/figures.js';
import type { Interval } from '../core/interval.js';
import { estimateDifference } from '../core/estimate-difference.js';
import { capabilityJson, type CapabilityJson } from './capability-json.js';
import { estimateDifferenceJson } from './difference-json.js';
import { intervalJson, type IntervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';
import { sectorRoundingNote } from './sector-rounding-note.js';
import { timelineJson, type TimelineJson } from './timeline-json.js';

export type { IntervalJson } from './interval-json.js';
export type { CapabilityJson, CapabilityPerJson } from './capability-json.js';

/**
 * A contributor in JSON: its troops (0 for one that pledges capabilities
 * only), what it provides, whether it is a backstop, and when it is on the
 * ground.
 */
export interface ContributorJson {
  readonly country: string;
  readonly troops: IntervalJson;
  /** The units of each capability it provides, in the order written. */
  readonly provides: readonly { readonly capability: string; readonly units: IntervalJson }[];
  readonly backstop: boolean;
  readonly arrivesDay: IntervalJson;
  /** Null where it stays past the horizon. */
  readonly leavesDay: IntervalJson | null;
  /** Null without a tour. */
  readonly tourDays: IntervalJson | null;
  /** The contingents it sends over the horizon; null without a tour. */
  readonly contingents: IntervalJson | null;
}

/** A day or a count that may be absent, as JSON. */
function nullableInterval(value: Interval | null): IntervalJson | null {
  return value === null ? null : intervalJson(value);
}

/** One contributor as the coalition's JSON gives it (and `forcecalc timeline`'s). */
export function contributorJson(contributor: ContributorEstimate): ContributorJson {
  return {
    country: contributor.country,
    troops: intervalJson(contributor.troops),
    provides: contributor.provides.map((provided) => ({ capability: provided.capability, units: intervalJson(provided.units) })),
    backstop: contributor.backstop,
    arrivesDay: intervalJson(contributor.arrivesDay),
    leavesDay: nullableInterval(contributor.leavesDay),
    tourDays: nullableInterval(contributor.tourDays),
    contingents: nullableInterval(contributor.contingents),
  };
}

/** Each figure of a group as `{min, max}`, keyed by its name. */
export type FigureJson<Name extends FigureName> = { readonly [K in Name]: IntervalJson };

/**
 * The object `estimate --format json` prints, keys in this order: the scenario, factors and sectors, every core figure in the figure
 * table's order, `nextBrigadeKm`, the coalition's figures, its timeline and
 * contributors, the capabilities, then where each assumption came from, the
 * scenario's sources and the notes.
 */
export type EstimateJson = {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly factors: Record<FactorName, IntervalJson>;
  readonly sectors: readonly { name: string; lengthKm: IntervalJson; density: IntervalJson; troops: IntervalJson }[];
} & FigureJson<CoreFigureName> & {
  /**
   * Per bound of brigades, not an interval (`min` may exceed `max`): the km of
   * line that bound can add at the line's density before it needs one more brigade.
   */
  readonly nextBrigadeKm: IntervalJson;
  readonly coalition: (FigureJson<CoalitionFigureName> & TimelineJson & { readonly contributors: readonly ContributorJson[] }) | null;
  /** Air cover, then the scenario's capabilities in file order. */
  readonly capabilities: readonly CapabilityJson[];
  /** Where each factor's value came from: origin "default" (with its source), "scenario" or "override". */
  readonly assumptions: Record<FactorName, { origin: FactorOrigin; source: string }>;
  /** The scenario's own sources. */
  readonly sources: readonly string[];
  /**
   * What a reader of these numbers must know, in the words the reports use:
   * why the sectors' troops add up to more than `troops`, where they do.
   * Empty when there is nothing to say. Added after the contract's keys.
   */
  readonly notes: readonly string[];
};

function byFactor<T>(make: (name: FactorName) => T): Record<FactorName, T> {
  return Object.fromEntries(FACTOR_NAMES.map((name) => [name, make(name)])) as Record<FactorName, T>;
}

/** The figures `names`, in that order, as JSON intervals. */
function figuresJson<Name extends FigureName>(names: readonly Name[], values: Readonly<Record<Name, Interval>>): FigureJson<Name> {
  return Object.fromEntries(names.map((name) => [name, intervalJson(values[name])])) as FigureJson<Name>;
}


/** The estimate as the plain object `estimate --format json` prints, keys in contract order. */
export function estimateToJson(result: Estimate): EstimateJson {
  const { coalition } = result;
  return {
    scenario: { id: result.scenario.id, title: result.scenario.title },
    factors: byFactor((name) => intervalJson(result.factors[name].value)),
    sectors: result.sectors.map((sector) => ({
      name: sector.name,
      lengthKm: intervalJson(sector.lengthKm),
      density: intervalJson(sector.density),
      troops: intervalJson(sector.troops),
    })),
    ...figuresJson(CORE_FIGURE_NAMES, result.figures),
    nextBrigadeKm: intervalJson(result.nextBrigade.km),
    coalition:
      coalition === null
        ? null
        : {
            ...figuresJson(COALITION_FIGURE_NAMES, coalition.figures),
            ...timelineJson(coalition.timeline),
            contributors: coalition.contributors.map(contributorJson),
          },
    capabilities: result.capabilities.map(capabilityJson),
    assumptions: byFactor((name) => ({ origin: result.factors[name].origin, source: result.factors[name].source })),
    sources: [...result.sources],
    notes: [sectorRoundingNote(result)].filter((note): note is string => note !== null),
  };
}

/** `estimate --format json`: one object. */
export function formatEstimateJson(result: Estimate): string {
  return jsonText(estimateToJson(result));
}

/**
 * `compare --format json`: an array of estimate objects, in the order given;
 * of two, the second ends in `difference`, how it differs from the first
 * (difference-json.ts), the numbers of the table's Difference column.
 */
export function formatComparisonJson(results: readonly Estimate[]): string {
  const [base, other] = results;
  if (results.length !== 2 || base === undefined || other === undefined) return jsonText(results.map(estimateToJson));
  const difference = estimateDifferenceJson(base.scenario.id, estimateDifference(base, other));
  return jsonText([estimateToJson(base), { ...estimateToJson(other), difference }]);
}
