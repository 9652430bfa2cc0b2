/**
 * The model at one point of a scenario, every input at its central value,
 * with one input moved: what a sensitivity analysis runs twice per uncertain
 * input. Rebuilding the scenario and summing every sector for each run made a
 * tornado of n sectors cost n x n; here the line's sums over sectors are
 * taken once, a run adjusts them for the one input it moves, and only the
 * model's second stage (figures from sums, factors and pledges) runs again.
 * A run costs the same whatever the number of sectors, so the tornado grows
 * linearly with the inputs.
 *
 * The sums are kept in two parts, the troops of the sectors with a density of
 * their own and the length of the sectors at the scenario density, so that
 * moving the scenario density moves every sector that uses it at once. A run
 * sums in another order than `estimate` does, so a figure may differ from the
 * estimate of the same point scenario in the last bits of a float: nothing the
 * round-up to whole soldiers does not absorb (a property test compares them).
 */
import { centralValue } from '../distribution.js';
import type { EstimateOptions } from '../estimate.js';
import { intervalArithmetic } from '../interval-arithmetic.js';
import { point, type Interval } from '../interval.js';
import { coalitionValues, coreFigures, type ModelValues, type PledgeInputs } from '../model.js';
import type { Scenario } from '../scenario.js';
import { FACTOR_NAMES, type FactorName } from '../factors.js';
import { scenarioInputs, type InputRef } from './scenario-inputs.js';

/** The model at the central point with `moved` (or nothing, for null) at `value`. */
export type SwingRun = (moved: InputRef | null, value: number) => ModelValues<Interval>;

interface CentralSector {
  readonly length: number;
  /** Null for a sector at the scenario density. */
  readonly ownDensity: number | null;
}

/** Runs of the model at the central point of `scenario` under `options`, one input moved at a time. */
export function swingModel(scenario: Scenario, options: EstimateOptions = {}): SwingRun {
  const central = new Map<string, number>();
  const keyOf = (ref: InputRef): string =>
    ref.kind === 'factor' ? `factor:${ref.factor}` : ref.kind === 'pledge' ? `pledge:${ref.contributor}` : `${ref.kind}:${ref.sector}`;
  for (const input of scenarioInputs(scenario, options)) central.set(keyOf(input.ref), centralValue(input.value));
  const valueOf = (ref: InputRef): number => {
    const value = central.get(keyOf(ref));
    if (value === undefined) throw new RangeError(`no input ${keyOf(ref)}`);
    return value;
  };

  const factors = Object.fromEntries(FACTOR_NAMES.map((factor) => [factor, valueOf({ kind: 'factor', factor })])) as Record<FactorName, number>;
  const sectors = scenario.sectors.map(
    (sector, index): CentralSector => ({
      length: valueOf({ kind: 'sectorLength', sector: index }),
      ownDensity: sector.density === undefined ? null : valueOf({ kind: 'sectorDensity', sector: index }),
    }),
  );
  const pledges = scenario.coalition?.map((contributor, index) => ({ kind: contributor.pledge.kind, amount: valueOf({ kind: 'pledge', contributor: index }) })) ?? null;

  let coverage = 0;
  let ownTroops = 0;
  let sharedLength = 0;
  for (const sector of sectors) {
    coverage += sector.length;
    if (sector.ownDensity === null) sharedLength += sector.length;
    else ownTroops += sector.length * sector.ownDensity;
  }

  return (moved, value) => {
    let runCoverage = coverage;
    let runOwnTroops = ownTroops;
    let runSharedLength = sharedLength;
    let runFactors: Record<FactorName, number> = factors;
    let runPledges = pledges;
    if (moved?.kind === 'factor') runFactors = { ...factors, [moved.factor]: value };
    if (moved?.kind === 'sectorLength' || moved?.kind === 'sectorDensity') {
      const sector = sectors[moved.sector];
      if (sector === undefined) throw new RangeError(`no sector ${moved.sector}`);
      if (moved.kind === 'sectorLength') {
        runCoverage += value - sector.length;
        if (sector.ownDensity === null) runSharedLength += value - sector.length;
        else runOwnTroops += (value - sector.length) * sector.ownDensity;
      } else {
        runOwnTroops += sector.length * (value - (sector.ownDensity ?? 0));
      }
    }
    if (moved?.kind === 'pledge' && pledges !== null) {
      runPledges = pledges.map((pledge, index) => (index === moved.contributor ? { ...pledge, amount: value } : pledge));
    }
    const exactTroops = runOwnTroops + runFactors.density * runSharedLength;
    const sums = { coverageKm: point(runCoverage), exactTroops: point(exactTroops), lineDensity: point(exactTroops / runCoverage) };
    const factorPoints = Object.fromEntries(FACTOR_NAMES.map((factor) => [factor, point(runFactors[factor])])) as Record<FactorName, Interval>;
    const figures = coreFigures(intervalArithmetic, sums, factorPoints);
    const pledgePoints = runPledges?.map((pledge): PledgeInputs<Interval> => ({ kind: pledge.kind, amount: point(pledge.amount) })) ?? null;
    return {
      sums,
      figures,
      coalition: pledgePoints === null ? null : coalitionValues(intervalArithmetic, sums, figures, factorPoints, pledgePoints),
    };
  };
}
