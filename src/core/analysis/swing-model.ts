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
import { capabilityIndex } from '../capabilities.js';
import { centralValue, type Uncertain } from '../distribution.js';
import { pledgeInputs, scheduleInputs, type EstimateOptions } from '../estimate.js';
import { intervalArithmetic } from '../interval-arithmetic.js';
import { point, type Interval } from '../interval.js';
import { modelFromSums, type ModelValues, type PledgeInputs, type ScheduleInputs, type StageInputs } from '../model.js';
import { DEFAULT_HORIZON_DAYS, type Scenario } from '../scenario.js';
import { FACTOR_NAMES, type FactorName } from '../factors.js';
import { scenarioInputs, type InputRef } from './scenario-inputs.js';

/** The model at the central point with `moved` (or nothing, for null) at `value`. */
export type SwingRun = (moved: InputRef | null, value: number) => ModelValues<Interval>;

interface CentralSector {
  readonly length: number;
  /** Null for a sector at the scenario density. */
  readonly ownDensity: number | null;
}

/** A name for each input, unique within a scenario, to look its central value up by. */
function keyOf(ref: InputRef): string {
  switch (ref.kind) {
    case 'factor':
      return `factor:${ref.factor}`;
    case 'sectorLength':
    case 'sectorDensity':
      return `${ref.kind}:${ref.sector}`;
    case 'pledge':
      return `pledge:${ref.contributor}`;
    case 'capabilityNeed':
      return `capabilityNeed:${ref.capability}`;
    case 'provides':
      return `provides:${ref.contributor}:${ref.provided}`;
    case 'arrival':
    case 'departure':
    case 'tour':
      return `${ref.kind}:${ref.contributor}`;
  }
}

/**
 * A schedule with each day at its central value (a departure that never
 * comes stays never). The days are no input of the analysis: they move no
 * figure but the rotated troops, and the timeline says when the pledges are
 * there.
 */
function centralSchedule(schedule: ScheduleInputs<Uncertain>): ScheduleInputs<number> {
  return {
    arrives: centralValue(schedule.arrives),
    leaves: schedule.leaves.max === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : centralValue(schedule.leaves),
    tour: schedule.tour === null ? null : centralValue(schedule.tour),
  };
}

/** The pledges with the one `moved` (its amount, or units it provides) at `value`. */
function movedPledges(pledges: readonly PledgeInputs<number>[], moved: InputRef, value: number): readonly PledgeInputs<number>[] {
  if (moved.kind === 'pledge') return pledges.map((pledge, index) => (index === moved.contributor ? { ...pledge, amount: value } : pledge));
  if (moved.kind !== 'provides') return pledges;
  return pledges.map((pledge, index) =>
    index !== moved.contributor
      ? pledge
      : { ...pledge, provides: pledge.provides.map((units, at) => (at === moved.provided ? { ...units, units: value } : units)) },
  );
}

/** The second stage's inputs at a point as intervals. */
function pointInputs(inputs: StageInputs<number>): StageInputs<Interval> {
  return {
    factors: Object.fromEntries(FACTOR_NAMES.map((factor) => [factor, point(inputs.factors[factor])])) as Record<FactorName, Interval>,
    capabilities: inputs.capabilities.map((capability) => ({ per: capability.per, need: point(capability.need) })),
    pledges:
      inputs.pledges?.map((pledge) => ({
        ...pledge,
        amount: point(pledge.amount),
        provides: pledge.provides.map((units) => ({ capability: units.capability, units: point(units.units) })),
        schedule: {
          arrives: point(pledge.schedule.arrives),
          leaves: point(pledge.schedule.leaves),
          tour: pledge.schedule.tour === null ? null : point(pledge.schedule.tour),
        },
      })) ?? null,
    horizonDays: inputs.horizonDays,
  };
}

/** Runs of the model at the central point of `scenario` under `options`, one input moved at a time. */
export function swingModel(scenario: Scenario, options: EstimateOptions = {}): SwingRun {
  const central = new Map<string, number>();
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
  const capabilities = (scenario.capabilities ?? []).map((capability, index) => ({
    per: capability.per,
    need: valueOf({ kind: 'capabilityNeed', capability: index }),
  }));
  const place = capabilityIndex(scenario.capabilities ?? []);
  const pledges =
    scenario.coalition?.map((contributor, index) =>
      pledgeInputs(
        contributor,
        place,
        contributor.pledge.kind === 'none' ? 0 : valueOf({ kind: 'pledge', contributor: index }),
        (contributor.provides ?? []).map((_, at) => valueOf({ kind: 'provides', contributor: index, provided: at })),
        centralSchedule(scheduleInputs(contributor)),
      ),
    ) ?? null;
  const horizonDays = scenario.horizonDays ?? DEFAULT_HORIZON_DAYS;

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
    let runCapabilities = capabilities;
    let runPledges: readonly PledgeInputs<number>[] | null = pledges;
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
    if (moved?.kind === 'capabilityNeed') {
      runCapabilities = capabilities.map((capability, index) => (index === moved.capability ? { ...capability, need: value } : capability));
    }
    if (moved !== null && pledges !== null) runPledges = movedPledges(pledges, moved, value);
    const exactTroops = runOwnTroops + runFactors.density * runSharedLength;
    const sums = { coverageKm: point(runCoverage), exactTroops: point(exactTroops), lineDensity: point(exactTroops / runCoverage) };
    return modelFromSums(intervalArithmetic, sums, pointInputs({ factors: runFactors, capabilities: runCapabilities, pledges: runPledges, horizonDays }));
  };
}
