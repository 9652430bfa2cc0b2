/**
 * The estimate turned around: from a force (the coalition's pledges, or a
 * number of troops or brigades the planner names) to what it achieves on the
 * scenario's line.
 *
 * - coverage: the km of the scenario's line the force covers at the line's
 *   density, troops / lineDensity (the estimate's `pledgedCoverageKm`): the
 *   line with its own mix of quiet and dense sectors, not the scenario
 *   density, which sectors with their own may not use at all.
 * - density: the soldiers per km the force gives the scenario's line,
 *   troops / coverage length (`pledgedDensity`).
 * - brigades: the extra brigades still needed, the shortfall of deployed troops
 *   (`shortfallTroops`) in brigades: min = ceil(shortfall.min / brigadeSize.max),
 *   max = ceil(shortfall.max / brigadeSize.min), as `brigades` is computed
 *   from troops (docs/model.md).
 *
 * A named force is put in the scenario's place as its only contributor and the
 * scenario is estimated, so the figures are the estimate's own. Like a pledge,
 * the force is what is kept on the ground: rotation is not applied to it.
 */
import { estimate, type Estimate, type EstimateOptions } from '../estimate.js';
import { divide, mapMonotone, type Interval } from '../interval.js';
import { roundUp } from '../round-up.js';
import type { Scenario } from '../scenario.js';

/** What `solve` answers. */
export const SOLVE_TARGETS = ['coverage', 'density', 'brigades'] as const;
/** One of SOLVE_TARGETS. */
export type SolveTarget = (typeof SOLVE_TARGETS)[number];

/** The force the answer starts from: the scenario's coalition, or troops or brigades the planner names. */
export type SolveForce =
  | { readonly kind: 'coalition' }
  | { readonly kind: 'troops'; readonly troops: Interval }
  /** Brigades of the scenario's brigade size. */
  | { readonly kind: 'brigades'; readonly brigades: Interval };

/** The name under which a named force joins the scenario in place of its coalition. */
export const NAMED_FORCE = 'the given force';

/** A solved question: the answer, the force it came from, and the estimate that produced it. */
export interface Solution {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly target: SolveTarget;
  readonly force: SolveForce;
  /** The force in troops on the ground (brigades x brigade size for brigades). */
  readonly forceTroops: Interval;
  /** km for coverage, soldiers per km for density, brigades for brigades. */
  readonly answer: Interval;
  /**
   * The density the scenario asks for on average with its enablers, deployed
   * troops / coverage length, to set beside the density the force gives (the
   * line density without enablers is the estimate's `lineDensity`).
   */
  readonly neededDensity: Interval;
  /**
   * The estimate of the scenario with the force as its coalition: its
   * factors, coverage length, deployed troops and coalition figures are the
   * assumptions and steps behind the answer.
   */
  readonly estimate: Estimate;
}

/** A solution, or the reason there is none: no force named and no coalition to take one from. */
export type SolveResult = { readonly ok: true; readonly solution: Solution } | { readonly ok: false; readonly reason: 'no-coalition' };

/** The scenario with the named force as its only contributor (the coalition's own pledges for `coalition`). */
function withForce(scenario: Scenario, force: SolveForce): Scenario {
  switch (force.kind) {
    case 'coalition':
      return scenario;
    case 'troops':
      return { ...scenario, coalition: [{ country: NAMED_FORCE, pledge: { kind: 'troops', troops: force.troops } }] };
    case 'brigades':
      return { ...scenario, coalition: [{ country: NAMED_FORCE, pledge: { kind: 'brigades', brigades: force.brigades } }] };
  }
}

/**
 * Answers `target` for `scenario` (with `options.overrides`, the `--set`
 * values) from `force`. Fails only when the force is the coalition and the
 * scenario has none.
 */
export function solve(scenario: Scenario, target: SolveTarget, force: SolveForce, options: EstimateOptions = {}): SolveResult {
  const result = estimate(withForce(scenario, force), options);
  const coalition = result.coalition;
  if (coalition === null) return { ok: false, reason: 'no-coalition' };
  const { figures } = coalition;
  const brigadeSize = result.factors.brigadeSize.value;
  const answers: Readonly<Record<SolveTarget, Interval>> = {
    coverage: figures.pledgedCoverageKm,
    density: figures.pledgedDensity,
    brigades: mapMonotone(divide(figures.shortfallTroops, brigadeSize), roundUp),
  };
  return {
    ok: true,
    solution: {
      scenario: { id: scenario.id, title: scenario.title },
      target,
      force,
      forceTroops: figures.pledgedTroops,
      answer: answers[target],
      neededDensity: divide(result.figures.deployedTroops, result.figures.coverageKm),
      estimate: result,
    },
  };
}
