import { AIR_COVER, AIR_COVER_PER, capabilityIndex, needFormula } from './capabilities.js';
import {
  isCapabilityCoalitionFigure,
  type CapabilityCoalitionFigureName,
  type CapabilityCoreFigureName,
  type CapabilityFigureName,
} from './capability-figures.js';
import type { Uncertain } from './distribution.js';
import { FACTOR_NAMES, FACTORS, type FactorName, type FactorSettings } from './factors.js';
import { FIGURES, isCoalitionFigure, type CoalitionFigureName, type CoreFigureName, type FigureName } from './figures.js';
import { intervalArithmetic } from './interval-arithmetic.js';
import { point, type Interval } from './interval.js';
import { model, sectorTroops, type CoalitionValues, type ModelInputs, type ModelValues, type PledgeInputs, type ScheduleInputs } from './model.js';
import { nextBrigade, type NextBrigade } from './next-brigade.js';
import { DEFAULT_HORIZON_DAYS, type CapabilityPer, type Contributor, type Pledge, type Scenario } from './scenario.js';
import { coalitionTimeline, type CoalitionTimeline } from './timeline.js';

/** Where a factor's value came from: the preset, the scenario file, or the planner. */
export type FactorOrigin = 'default' | 'scenario' | 'override';

export interface ResolvedFactor {
  readonly name: FactorName;
  /** The interval the estimate uses, with the distribution the input was given (if any). */
  readonly value: Uncertain;
  readonly origin: FactorOrigin;
  /** For a default, its source; for a scenario value, the scenario's id; for an override, who set it. */
  readonly source: string;
}

export interface SectorEstimate {
  readonly name: string;
  readonly lengthKm: Interval;
  readonly density: Interval;
  /** True when the sector sets its own density rather than taking the scenario's. */
  readonly ownDensity: boolean;
  /** Whole soldiers for this sector (the total rounds the unrounded sum once). */
  readonly troops: Interval;
}

export interface ContributorEstimate {
  readonly country: string;
  /** What the pledge counts: troops, brigades, or none (a contributor of capabilities only, 0 troops). */
  readonly pledgeKind: Pledge['kind'];
  /** The pledge in troops (brigades x brigade size where pledged in brigades, 0 for none). */
  readonly troops: Interval;
  readonly pledgedBrigades: Interval | null;
  /** The capabilities it provides, by their declared names, in the order written. */
  readonly provides: readonly { readonly capability: string; readonly units: Interval }[];
  /** True for a backstop, left out of the figures "without backstop". */
  readonly backstop: boolean;
  /** The day it arrives (0 where the scenario gives none). */
  readonly arrivesDay: Interval;
  /** The day it leaves; null where it stays past the horizon. */
  readonly leavesDay: Interval | null;
  /** The days of a tour; null without one. */
  readonly tourDays: Interval | null;
  /** The contingents it sends over the horizon (tours served, rounded up); null without a tour. */
  readonly contingents: Interval | null;
}

export interface CoalitionEstimate {
  readonly contributors: readonly ContributorEstimate[];
  readonly figures: Readonly<Record<CoalitionFigureName, Interval>>;
  /** When the pledges are on the ground, step by step, and from what day they cover the line. */
  readonly timeline: CoalitionTimeline;
}

/** One capability: what the scenario needs of it and, with a coalition, what is pledged and missing. */
export interface CapabilityEstimate {
  /** "Air cover" first, then the scenario's capabilities by their declared names. */
  readonly name: string;
  readonly per: CapabilityPer;
  /** Units needed per brigade, per `per.km` of line or for the force (for air cover, the factor airCoverPerBrigade). */
  readonly needPer: Uncertain;
  /** The unit its counts are printed in: "packages" for air cover, "units" for the others. */
  readonly unit: string;
  /** The need's formula in words. */
  readonly formula: string;
  /** Where the need comes from: for air cover the factor's source; null where the scenario gives none. */
  readonly source: string | null;
  readonly figures: Readonly<Record<CapabilityCoreFigureName, Interval>>;
  /** Pledged units and shortfalls; null without a coalition. */
  readonly coalition: Readonly<Record<CapabilityCoalitionFigureName, Interval>> | null;
}

/** Everything forcecalc knows about one scenario under one set of factors. */
export interface Estimate {
  /** Who the estimate is of: the description is the scenario's own words, for a briefing. */
  readonly scenario: { readonly id: string; readonly title: string; readonly description: string };
  readonly factors: Readonly<Record<FactorName, ResolvedFactor>>;
  readonly sectors: readonly SectorEstimate[];
  readonly figures: Readonly<Record<CoreFigureName, Interval>>;
  /** Air cover, then each capability of the scenario in file order. */
  readonly capabilities: readonly CapabilityEstimate[];
  readonly coalition: CoalitionEstimate | null;
  /**
   * For each bound of `brigades` (not intervals: `min` may exceed `max`), the
   * km of line that can be added at the line's density before that bound
   * needs one more brigade (0 where the troops fill the brigades exactly), and
   * that density.
   */
  readonly nextBrigade: NextBrigade;
  /** The scenario's own sources. */
  readonly sources: readonly string[];
}

export interface EstimateOptions {
  /** Factor values that replace the scenario's (`--set`, the UI's editor). */
  readonly overrides?: FactorSettings;
  /** Who set the overrides, for the provenance of each factor. */
  readonly overrideSource?: string;
}

/**
 * Resolves each factor: an override wins over the scenario, the scenario over
 * the preset "palisa-minimum".
 */
export function resolveFactors(
  scenario: Scenario,
  options: EstimateOptions = {},
): Record<FactorName, ResolvedFactor> {
  const resolved = {} as Record<FactorName, ResolvedFactor>;
  for (const name of FACTOR_NAMES) {
    const override = options.overrides?.[name];
    const fromScenario = scenario.factors[name];
    resolved[name] =
      override !== undefined
        ? { name, value: override, origin: 'override', source: options.overrideSource ?? 'set by the planner' }
        : fromScenario !== undefined
          ? { name, value: fromScenario, origin: 'scenario', source: `scenario "${scenario.id}"` }
          : { name, value: FACTORS[name].defaultValue, origin: 'default', source: FACTORS[name].defaultSource };
  }
  return resolved;
}

/**
 * A contributor's pledge as the model reads it, given the value of its
 * amount (troops or brigades; 0 troops for a pledge of none) and of each
 * capability it provides, in the order written. `place` finds a capability's
 * place in the model's list (capabilityIndex).
 */
export function pledgeInputs<V>(
  contributor: Contributor,
  place: (name: string) => number,
  amount: V,
  units: readonly V[],
  schedule: ScheduleInputs<V>,
): PledgeInputs<V> {
  return {
    kind: contributor.pledge.kind === 'brigades' ? 'brigades' : 'troops',
    amount,
    provides: (contributor.provides ?? []).map((provided, index) => {
      const value = units[index];
      if (value === undefined) throw new RangeError(`no value for ${contributor.country}'s units of ${provided.capability}`);
      return { capability: place(provided.capability), units: value };
    }),
    backstop: contributor.backstop === true,
    schedule,
  };
}

/** The amount a pledge states: its troops, its brigades, or 0 troops for none. */
export function pledgedAmount(pledge: Pledge): Uncertain {
  switch (pledge.kind) {
    case 'troops':
      return pledge.troops;
    case 'brigades':
      return pledge.brigades;
    case 'none':
      return point(0);
  }
}

/** A contributor's schedule as the model reads it: from day 0 and past the horizon unless it says otherwise. */
export function scheduleInputs(contributor: Contributor): ScheduleInputs<Uncertain> {
  return {
    arrives: contributor.arrives ?? point(0),
    leaves: contributor.leaves ?? point(Number.POSITIVE_INFINITY),
    tour: contributor.tour ?? null,
  };
}

/** The scenario's inputs as the model reads them: each sector at its own density or the scenario's. */
function modelInputs(scenario: Scenario, factors: Readonly<Record<FactorName, ResolvedFactor>>): ModelInputs<Interval> {
  const density = factors.density.value;
  const capabilities = scenario.capabilities ?? [];
  const place = capabilityIndex(capabilities);
  return {
    factors: Object.fromEntries(FACTOR_NAMES.map((name) => [name, factors[name].value])) as Record<FactorName, Interval>,
    sectors: scenario.sectors.map((sector) => ({ length: sector.lengthKm, density: sector.density ?? density })),
    capabilities: capabilities.map((capability) => ({ per: capability.per, need: capability.need })),
    pledges:
      scenario.coalition?.map((contributor) =>
        pledgeInputs<Interval>(
          contributor,
          place,
          pledgedAmount(contributor.pledge),
          (contributor.provides ?? []).map((provided) => provided.units),
          scheduleInputs(contributor),
        ),
      ) ?? null,
    horizonDays: scenario.horizonDays ?? DEFAULT_HORIZON_DAYS,
  };
}

function coalitionEstimate(
  scenario: Scenario,
  contributors: readonly Contributor[],
  inputs: ModelInputs<Interval>,
  values: ModelValues<Interval>,
  coalition: CoalitionValues<Interval>,
  capabilities: readonly CapabilityEstimate[],
): CoalitionEstimate {
  return {
    contributors: contributors.map((contributor, index): ContributorEstimate => {
      const troops = coalition.pledges[index];
      const contingents = coalition.contingents[index];
      if (troops === undefined || contingents === undefined) throw new RangeError(`the model has no pledge ${index}`);
      const { pledge } = contributor;
      return {
        country: contributor.country,
        pledgeKind: pledge.kind,
        troops,
        pledgedBrigades: pledge.kind === 'brigades' ? pledge.brigades : null,
        provides: (contributor.provides ?? []).map((provided) => ({ capability: provided.capability, units: provided.units })),
        backstop: contributor.backstop === true,
        arrivesDay: contributor.arrives ?? point(0),
        leavesDay: contributor.leaves ?? null,
        tourDays: contributor.tour ?? null,
        contingents: contributor.tour === undefined ? null : contingents,
      };
    }),
    figures: coalition.figures,
    timeline: coalitionTimeline({
      pledges: inputs.pledges ?? [],
      troops: coalition.pledges,
      deployedTroops: values.figures.deployedTroops,
      capabilities: capabilities.map((capability) => ({ name: capability.name, need: capability.figures.need })),
      horizonDays: inputs.horizonDays,
      start: scenario.start ?? null,
    }),
  };
}

/** Air cover and the scenario's capabilities with their figures, from the model's values. */
function capabilityEstimates(scenario: Scenario, factors: Readonly<Record<FactorName, ResolvedFactor>>, values: ModelValues<Interval>): CapabilityEstimate[] {
  const airCover = factors.airCoverPerBrigade;
  const described = [
    { name: AIR_COVER, per: AIR_COVER_PER, needPer: airCover.value, unit: FIGURES.airCover.unit, formula: FIGURES.airCover.formula, source: airCover.source },
    ...(scenario.capabilities ?? []).map((capability) => ({
      name: capability.name,
      per: capability.per,
      needPer: capability.need,
      unit: 'units',
      formula: needFormula(capability.per),
      source: capability.source,
    })),
  ];
  return described.map((capability, index): CapabilityEstimate => {
    const figures = values.capabilities[index];
    if (figures === undefined) throw new RangeError(`the model has no capability ${index}`);
    return { ...capability, figures, coalition: values.coalition?.capabilities[index] ?? null };
  });
}

/** The model (model.ts; docs/model.md) over intervals. Pure: same input, same Estimate. */
export function estimate(scenario: Scenario, options: EstimateOptions = {}): Estimate {
  const factors = resolveFactors(scenario, options);
  const inputs = modelInputs(scenario, factors);
  const values = model(intervalArithmetic, inputs);
  const sectors = scenario.sectors.map((sector, index): SectorEstimate => {
    const sectorInputs = inputs.sectors[index] ?? { length: sector.lengthKm, density: factors.density.value };
    return {
      name: sector.name,
      lengthKm: sector.lengthKm,
      density: sectorInputs.density,
      ownDensity: sector.density !== undefined,
      troops: sectorTroops(intervalArithmetic, sectorInputs),
    };
  });
  const capabilities = capabilityEstimates(scenario, factors, values);
  return {
    scenario: { id: scenario.id, title: scenario.title, description: scenario.description },
    factors,
    sectors,
    figures: values.figures,
    capabilities,
    coalition:
      scenario.coalition === null || values.coalition === null
        ? null
        : coalitionEstimate(scenario, scenario.coalition, inputs, values, values.coalition, capabilities),
    nextBrigade: nextBrigade(values.sums, values.figures.brigades, factors.brigadeSize.value),
    sources: scenario.sources,
  };
}

/** One figure of a capability by name; null for a coalition figure when there is no coalition. */
export function capabilityFigureValue(capability: CapabilityEstimate, name: CapabilityFigureName): Interval | null {
  return isCapabilityCoalitionFigure(name) ? (capability.coalition?.[name] ?? null) : capability.figures[name];
}

/** One figure of an estimate by name; null for a coalition figure when there is no coalition. */
export function figureValue(result: Estimate, name: FigureName): Interval | null {
  return isCoalitionFigure(name) ? (result.coalition?.figures[name] ?? null) : result.figures[name];
}
