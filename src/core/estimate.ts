import type { Uncertain } from './distribution.js';
import { FACTOR_NAMES, FACTORS, type FactorName, type FactorSettings } from './factors.js';
import type { CoalitionFigureName, CoreFigureName } from './figures.js';
import { add, divide, mapMonotone, multiply, shortfall, sum, type Interval } from './interval.js';
import { nextBrigadeKm, type PerBound } from './next-brigade.js';
import { roundUp } from './round-up.js';
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
   * For each bound of `brigades` (not an interval: `min` may exceed `max`), the
   * km of line that can be added at the scenario density before that bound
   * needs one more brigade; 0 where the troops fill the brigades exactly.
   */
  readonly nextBrigadeKm: PerBound;
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

const ceil = (value: Interval): Interval => mapMonotone(value, roundUp);

/** The model of docs/model.md, over intervals. Pure: same input, same Estimate. */
export function estimate(scenario: Scenario, options: EstimateOptions = {}): Estimate {
  const factors = resolveFactors(scenario, options);
  const density = factors.density.value;
  const brigadeSize = factors.brigadeSize.value;

  const exactSectorTroops: Interval[] = [];
  const sectors = scenario.sectors.map((sector): SectorEstimate => {
    const sectorDensity = sector.density ?? density;
    const exact = multiply(sector.lengthKm, sectorDensity);
    exactSectorTroops.push(exact);
    return {
      name: sector.name,
      lengthKm: sector.lengthKm,
      density: sectorDensity,
      ownDensity: sector.density !== undefined,
      troops: ceil(exact),
    };
  });

  const coverageKm = sum(scenario.sectors.map((sector) => sector.lengthKm));
  const exactTroops = sum(exactSectorTroops);
  const troops = ceil(exactTroops);
  const brigades = ceil(divide(troops, brigadeSize));
  const enablers = ceil(multiply(troops, factors.enablerShare.value));
  const deployedTroops = add(troops, enablers);
  const rotation = factors.rotation.value;

  const figures: Record<CoreFigureName, Interval> = {
    coverageKm,
    troops,
    brigades,
    brigadeCoverageKm: divide(brigadeSize, density),
    airCover: ceil(multiply(brigades, factors.airCoverPerBrigade.value)),
    enablers,
    deployedTroops,
    committedTroops: ceil(multiply(deployedTroops, rotation)),
    committedBrigades: ceil(multiply(brigades, rotation)),
  };

  return {
    scenario: { id: scenario.id, title: scenario.title },
    factors,
    sectors,
    figures,
    coalition: scenario.coalition === null ? null : estimateCoalition(scenario.coalition, figures, density, brigadeSize),
    nextBrigadeKm: nextBrigadeKm(exactTroops, brigades, brigadeSize, density),
    sources: scenario.sources,
  };
}

function estimateCoalition(
  contributors: readonly Contributor[],
  figures: Readonly<Record<CoreFigureName, Interval>>,
  density: Interval,
  brigadeSize: Interval,
): CoalitionEstimate {
  const estimates = contributors.map((contributor): ContributorEstimate => {
    const { pledge } = contributor;
    return pledge.kind === 'troops'
      ? { country: contributor.country, troops: pledge.troops, pledgedBrigades: null }
      : { country: contributor.country, troops: ceil(multiply(pledge.brigades, brigadeSize)), pledgedBrigades: pledge.brigades };
  });
  const pledgedTroops = sum(estimates.map((contributor) => contributor.troops));
  return {
    contributors: estimates,
    figures: {
      pledgedTroops,
      pledgedCoverageKm: divide(pledgedTroops, density),
      pledgedDensity: divide(pledgedTroops, figures.coverageKm),
      shortfallTroops: shortfall(figures.deployedTroops, pledgedTroops),
    },
  };
}

/** One figure of an estimate by name; null for a coalition figure when there is no coalition. */
export function figureValue(result: Estimate, name: CoreFigureName | CoalitionFigureName): Interval | null {
  if (name in result.figures) return result.figures[name as CoreFigureName];
  return result.coalition?.figures[name as CoalitionFigureName] ?? null;
}
