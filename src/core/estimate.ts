import type { Uncertain } from './distribution.js';
import { FACTOR_NAMES, FACTORS, type FactorName, type FactorSettings } from './factors.js';
import { isCoalitionFigure, type CoalitionFigureName, type CoreFigureName, type FigureName } from './figures.js';
import { intervalArithmetic } from './interval-arithmetic.js';
import type { Interval } from './interval.js';
import { model, sectorTroops, type CoalitionValues, type ModelInputs } from './model.js';
import { nextBrigade, type NextBrigade } from './next-brigade.js';
import type { Contributor, Scenario } from './scenario.js';

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
  /** The pledge in troops (brigades x brigade size where pledged in brigades). */
  readonly troops: Interval;
  readonly pledgedBrigades: Interval | null;
}

export interface CoalitionEstimate {
  readonly contributors: readonly ContributorEstimate[];
  readonly figures: Readonly<Record<CoalitionFigureName, Interval>>;
}

/** Everything forcecalc knows about one scenario under one set of factors. */
export interface Estimate {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly factors: Readonly<Record<FactorName, ResolvedFactor>>;
  readonly sectors: readonly SectorEstimate[];
  readonly figures: Readonly<Record<CoreFigureName, Interval>>;
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

/** The scenario's inputs as the model reads them: each sector at its own density or the scenario's. */
function modelInputs(scenario: Scenario, factors: Readonly<Record<FactorName, ResolvedFactor>>): ModelInputs<Interval> {
  const density = factors.density.value;
  return {
    factors: Object.fromEntries(FACTOR_NAMES.map((name) => [name, factors[name].value])) as Record<FactorName, Interval>,
    sectors: scenario.sectors.map((sector) => ({ length: sector.lengthKm, density: sector.density ?? density })),
    pledges:
      scenario.coalition?.map(({ pledge }) =>
        pledge.kind === 'troops' ? { kind: 'troops', amount: pledge.troops } : { kind: 'brigades', amount: pledge.brigades },
      ) ?? null,
  };
}

function coalitionEstimate(contributors: readonly Contributor[], values: CoalitionValues<Interval>): CoalitionEstimate {
  return {
    contributors: contributors.map((contributor, index): ContributorEstimate => {
      const troops = values.pledges[index];
      if (troops === undefined) throw new RangeError(`the model has no pledge ${index}`);
      const { pledge } = contributor;
      return { country: contributor.country, troops, pledgedBrigades: pledge.kind === 'brigades' ? pledge.brigades : null };
    }),
    figures: values.figures,
  };
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
  return {
    scenario: { id: scenario.id, title: scenario.title },
    factors,
    sectors,
    figures: values.figures,
    coalition: scenario.coalition === null || values.coalition === null ? null : coalitionEstimate(scenario.coalition, values.coalition),
    nextBrigade: nextBrigade(values.sums, values.figures.brigades, factors.brigadeSize.value),
    sources: scenario.sources,
  };
}

/** One figure of an estimate by name; null for a coalition figure when there is no coalition. */
export function figureValue(result: Estimate, name: FigureName): Interval | null {
  return isCoalitionFigure(name) ? (result.coalition?.figures[name] ?? null) : result.figures[name];
}
