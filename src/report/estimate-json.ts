/**
 * The JSON shape of DESIGN.md section 3, a public contract: scripts read these
 * keys. Every count, length and density is `{min, max}` (min = max where
 * nothing varies) and numbers are exact, never rounded for display.
 */
import type { Estimate, FactorOrigin } from '../core/estimate.js';
import { FACTOR_NAMES, type FactorName } from '../core/factors.js';
import type { Interval } from '../core/interval.js';
import { jsonText } from './json-text.js';

/** An interval in JSON: exactly `{min, max}`. */
export interface IntervalJson {
  readonly min: number;
  readonly max: number;
}

/** The object `estimate --format json` prints (DESIGN.md section 3), keys in this order. */
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

// A fresh two-key object, so the output holds these keys whatever object the value came in.
function range(value: Interval): IntervalJson {
  return { min: value.min, max: value.max };
}

function byFactor<T>(make: (name: FactorName) => T): Record<FactorName, T> {
  return Object.fromEntries(FACTOR_NAMES.map((name) => [name, make(name)])) as Record<FactorName, T>;
}

/** The estimate as the plain object `estimate --format json` prints, keys in contract order. */
export function estimateToJson(result: Estimate): EstimateJson {
  const { figures, coalition } = result;
  return {
    scenario: { id: result.scenario.id, title: result.scenario.title },
    factors: byFactor((name) => range(result.factors[name].value)),
    sectors: result.sectors.map((sector) => ({
      name: sector.name,
      lengthKm: range(sector.lengthKm),
      density: range(sector.density),
      troops: range(sector.troops),
    })),
    coverageKm: range(figures.coverageKm),
    troops: range(figures.troops),
    brigades: range(figures.brigades),
    brigadeCoverageKm: range(figures.brigadeCoverageKm),
    airCover: range(figures.airCover),
    enablers: range(figures.enablers),
    deployedTroops: range(figures.deployedTroops),
    committedTroops: range(figures.committedTroops),
    committedBrigades: range(figures.committedBrigades),
    nextBrigadeKm: range(result.nextBrigadeKm),
    coalition:
      coalition === null
        ? null
        : {
            pledgedTroops: range(coalition.figures.pledgedTroops),
            pledgedCoverageKm: range(coalition.figures.pledgedCoverageKm),
            pledgedDensity: range(coalition.figures.pledgedDensity),
            shortfallTroops: range(coalition.figures.shortfallTroops),
            contributors: coalition.contributors.map((contributor) => ({
              country: contributor.country,
              troops: range(contributor.troops),
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
