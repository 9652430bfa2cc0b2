/**
 * The JSON shape of docs/cli.md, a public contract: scripts read these
 * keys. Every count, length and density is `{min, max}` (min = max where
 * nothing varies) and numbers are exact, never rounded for display.
 */
import type { Estimate, FactorOrigin } from '../core/estimate.js';
import { FACTOR_NAMES, type FactorName } from '../core/factors.js';
import { intervalJson, type IntervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';

export type { IntervalJson } from './interval-json.js';

/** The object `estimate --format json` prints (docs/cli.md), keys in this order. */
export interface EstimateJson {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly factors: Record<FactorName, IntervalJson>;
  readonly sectors: readonly { name: string; lengthKm: IntervalJson; density: IntervalJson; troops: IntervalJson }[];
  readonly coverageKm: IntervalJson;
  readonly troops: IntervalJson;
  readonly brigades: IntervalJson;
  readonly brigadeCoverageKm: IntervalJson;
  readonly airCover: IntervalJson;
  readonly enablers: IntervalJson;
  readonly deployedTroops: IntervalJson;
  readonly committedTroops: IntervalJson;
  readonly committedBrigades: IntervalJson;
  /**
   * Per bound of brigades, not an interval (`min` may exceed `max`): the km of
   * line that bound can add at the scenario density before it needs one more brigade.
   */
  readonly nextBrigadeKm: IntervalJson;
  readonly coalition: {
    readonly pledgedTroops: IntervalJson;
    readonly pledgedCoverageKm: IntervalJson;
    readonly pledgedDensity: IntervalJson;
    readonly shortfallTroops: IntervalJson;
    readonly contributors: readonly { country: string; troops: IntervalJson }[];
  } | null;
  /** Where each factor's value came from: origin "default" (with its source), "scenario" or "override". */
  readonly assumptions: Record<FactorName, { origin: FactorOrigin; source: string }>;
  /** The scenario's own sources. */
  readonly sources: readonly string[];
}

function byFactor<T>(make: (name: FactorName) => T): Record<FactorName, T> {
  return Object.fromEntries(FACTOR_NAMES.map((name) => [name, make(name)])) as Record<FactorName, T>;
}

/** The estimate as the plain object `estimate --format json` prints, keys in contract order. */
export function estimateToJson(result: Estimate): EstimateJson {
  const { figures, coalition } = result;
  return {
    scenario: { id: result.scenario.id, title: result.scenario.title },
    factors: byFactor((name) => intervalJson(result.factors[name].value)),
    sectors: result.sectors.map((sector) => ({
      name: sector.name,
      lengthKm: intervalJson(sector.lengthKm),
      density: intervalJson(sector.density),
      troops: intervalJson(sector.troops),
    })),
    coverageKm: intervalJson(figures.coverageKm),
    troops: intervalJson(figures.troops),
    brigades: intervalJson(figures.brigades),
    brigadeCoverageKm: intervalJson(figures.brigadeCoverageKm),
    airCover: intervalJson(figures.airCover),
    enablers: intervalJson(figures.enablers),
    deployedTroops: intervalJson(figures.deployedTroops),
    committedTroops: intervalJson(figures.committedTroops),
    committedBrigades: intervalJson(figures.committedBrigades),
    nextBrigadeKm: intervalJson(result.nextBrigadeKm),
    coalition:
      coalition === null
        ? null
        : {
            pledgedTroops: intervalJson(coalition.figures.pledgedTroops),
            pledgedCoverageKm: intervalJson(coalition.figures.pledgedCoverageKm),
            pledgedDensity: intervalJson(coalition.figures.pledgedDensity),
            shortfallTroops: intervalJson(coalition.figures.shortfallTroops),
            contributors: coalition.contributors.map((contributor) => ({
              country: contributor.country,
              troops: intervalJson(contributor.troops),
            })),
          },
    assumptions: byFactor((name) => ({ origin: result.factors[name].origin, source: result.factors[name].source })),
    sources: [...result.sources],
  };
}

/** `estimate --format json`: one object. */
export function formatEstimateJson(result: Estimate): string {
  return jsonText(estimateToJson(result));
}

/** `compare --format json`: an array of estimate objects, in the order given. */
export function formatComparisonJson(results: readonly Estimate[]): string {
  return jsonText(results.map(estimateToJson));
}
