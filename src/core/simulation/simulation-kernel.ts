/**
 * The model of docs/model.md over columns of samples: each input is a
 * column (one Float64Array, a value per sample), and each figure is computed
 * for every sample in one tight loop. The formulas, their order of
 * operations and the round-up (`roundUp`) are those of estimate.ts, so a
 * sample whose inputs are single values gives exactly the figures `estimate`
 * gives for them (a property test checks it); sums start at 0 and add
 * sectors and pledges in scenario order, as `sum` does.
 */
import type { CoalitionFigureName } from '../figures.js';
import { roundUp } from '../round-up.js';
import type { SimulatedCoreFigureName } from './simulated-figures.js';
import type { SimulationPlan } from './simulation-plan.js';

/** Columns of one chunk of samples: the figures, and two sums the model needs on the way. */
export interface FigureColumns {
  readonly figures: Readonly<Record<SimulatedCoreFigureName, Float64Array>>;
  /** Null when the plan has no coalition. */
  readonly coalition: Readonly<Record<CoalitionFigureName, Float64Array>> | null;
  /** Unrounded sum of sector length x density. */
  readonly exactTroops: Float64Array;
  readonly coverageKm: Float64Array;
}

/** Columns for `size` samples, with coalition columns when the plan has a coalition. */
export function figureColumns(plan: SimulationPlan, size: number): FigureColumns {
  const column = (): Float64Array => new Float64Array(size);
  return {
    figures: {
      troops: column(),
      brigades: column(),
      airCover: column(),
      deployedTroops: column(),
      committedTroops: column(),
      committedBrigades: column(),
    },
    coalition:
      plan.pledges === null
        ? null
        : { pledgedTroops: column(), pledgedCoverageKm: column(), pledgedDensity: column(), shortfallTroops: column() },
    exactTroops: column(),
    coverageKm: column(),
  };
}

/**
 * Computes every figure of samples `0..count)` from the input columns
 * (`columns[i]` holds input `plan.inputs[i]`) into `out`. Indices below
 * `count` are within every column, hence the non-null assertions: the loops
 * stay free of checks that could never fail.
 */
export function computeFigureColumns(plan: SimulationPlan, columns: readonly Float64Array[], count: number, out: FigureColumns): void {
  const input = (index: number): Float64Array => {
    const column = columns[index];
    if (column === undefined || column.length < count) throw new RangeError(`no column of ${count} samples for input ${index}`);
    return column;
  };
  const { exactTroops, coverageKm } = out;
  const { troops, brigades, airCover, deployedTroops, committedTroops, committedBrigades } = out.figures;
  exactTroops.fill(0, 0, count);
  // The length of line matters to the pledged density alone: summed only with a coalition, in the same pass.
  const withCoverage = plan.pledges !== null;
  if (withCoverage) coverageKm.fill(0, 0, count);
  for (const sector of plan.sectors) {
    const length = input(sector.length);
    const density = input(sector.density);
    if (withCoverage) {
      for (let s = 0; s < count; s += 1) {
        exactTroops[s]! += length[s]! * density[s]!;
        coverageKm[s]! += length[s]!;
      }
    } else {
      for (let s = 0; s < count; s += 1) exactTroops[s]! += length[s]! * density[s]!;
    }
  }

  const brigadeSize = input(plan.factors.brigadeSize);
  const airCoverPerBrigade = input(plan.factors.airCoverPerBrigade);
  const enablerShare = input(plan.factors.enablerShare);
  const rotation = input(plan.factors.rotation);
  for (let s = 0; s < count; s += 1) {
    const lineTroops = roundUp(exactTroops[s]!);
    const brigadesNeeded = roundUp(lineTroops / brigadeSize[s]!);
    const deployed = lineTroops + roundUp(lineTroops * enablerShare[s]!);
    troops[s] = lineTroops;
    brigades[s] = brigadesNeeded;
    airCover[s] = roundUp(brigadesNeeded * airCoverPerBrigade[s]!);
    deployedTroops[s] = deployed;
    committedTroops[s] = roundUp(deployed * rotation[s]!);
    committedBrigades[s] = roundUp(brigadesNeeded * rotation[s]!);
  }

  if (plan.pledges === null || out.coalition === null) return;
  const { pledgedTroops, pledgedCoverageKm, pledgedDensity, shortfallTroops } = out.coalition;
  pledgedTroops.fill(0, 0, count);
  for (const pledge of plan.pledges) {
    const amount = input(pledge.amount);
    if (pledge.kind === 'troops') {
      for (let s = 0; s < count; s += 1) pledgedTroops[s]! += amount[s]!;
    } else {
      for (let s = 0; s < count; s += 1) pledgedTroops[s]! += roundUp(amount[s]! * brigadeSize[s]!);
    }
  }
  const density = input(plan.factors.density);
  for (let s = 0; s < count; s += 1) {
    const pledged = pledgedTroops[s]!;
    pledgedCoverageKm[s] = pledged / density[s]!;
    pledgedDensity[s] = pledged / coverageKm[s]!;
    shortfallTroops[s] = Math.max(0, deployedTroops[s]! - pledged);
  }
}
