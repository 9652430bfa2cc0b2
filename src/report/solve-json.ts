/**
 * `forcecalc solve --format json`: one object, numbers exact: what was solved,
 * the force it came from, the answer with its unit, the scenario figures to
 * set beside it, and each factor with where it came from.
 */
import type { SolveTarget, Solution } from '../core/analysis/solve.js';
import type { FactorOrigin } from '../core/estimate.js';
import { FACTOR_NAMES, type FactorName } from '../core/factors.js';
import { intervalJson, type IntervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';
import { SOLVE_FORMULAS, SOLVE_UNITS } from './solve-rows.js';

/** The object `solve --format json` prints. */
export interface SolveJson {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly solveFor: SolveTarget;
  /** The force: the coalition's pledges, or the troops or brigades given on the command line. */
  readonly from: {
    readonly kind: 'coalition' | 'troops' | 'brigades';
    /** The force in troops on the ground. */
    readonly troops: IntervalJson;
    /** The brigades given with --brigades; null otherwise. */
    readonly brigades: IntervalJson | null;
    readonly contributors: readonly { readonly country: string; readonly troops: IntervalJson }[];
  };
  readonly answer: IntervalJson;
  /** km, /km or brigades. */
  readonly unit: string;
  readonly formula: string;
  /** The scenario figures the answer is set beside. */
  readonly scenarioFigures: {
    readonly coverageKm: IntervalJson;
    /** The line's density, troops / coverage length: what coverage is computed at. */
    readonly lineDensity: IntervalJson;
    /** The scenario density (the factor), which sectors without their own use. */
    readonly density: IntervalJson;
    readonly neededDensity: IntervalJson;
    readonly deployedTroops: IntervalJson;
    readonly brigades: IntervalJson;
    readonly shortfallTroops: IntervalJson;
  };
  readonly assumptions: Record<FactorName, { readonly value: IntervalJson; readonly origin: FactorOrigin; readonly source: string }>;
}

/** The solution as the plain object `solve --format json` prints. */
export function solutionToJson(solution: Solution): SolveJson {
  const { estimate, force } = solution;
  return {
    scenario: { id: solution.scenario.id, title: solution.scenario.title },
    solveFor: solution.target,
    from: {
      kind: force.kind,
      troops: intervalJson(solution.forceTroops),
      brigades: force.kind === 'brigades' ? intervalJson(force.brigades) : null,
      contributors: (estimate.coalition?.contributors ?? []).map((contributor) => ({ country: contributor.country, troops: intervalJson(contributor.troops) })),
    },
    answer: intervalJson(solution.answer),
    unit: SOLVE_UNITS[solution.target],
    formula: SOLVE_FORMULAS[solution.target],
    scenarioFigures: {
      coverageKm: intervalJson(estimate.figures.coverageKm),
      lineDensity: intervalJson(estimate.figures.lineDensity),
      density: intervalJson(estimate.factors.density.value),
      neededDensity: intervalJson(solution.neededDensity),
      deployedTroops: intervalJson(estimate.figures.deployedTroops),
      brigades: intervalJson(estimate.figures.brigades),
      shortfallTroops: intervalJson(estimate.coalition?.figures.shortfallTroops ?? { min: 0, max: 0 }),
    },
    assumptions: Object.fromEntries(
      FACTOR_NAMES.map((name) => {
        const factor = estimate.factors[name];
        return [name, { value: intervalJson(factor.value), origin: factor.origin, source: factor.source }];
      }),
    ) as SolveJson['assumptions'],
  };
}

/** `solve --format json`: one object. */
export function formatSolveJson(solution: Solution): string {
  return jsonText(solutionToJson(solution));
}
