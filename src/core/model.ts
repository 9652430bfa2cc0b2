/**
 * The model, written once: every figure from the scenario's inputs, over any
 * `Arithmetic<V>`. `estimate` runs it over intervals, `simulate` over columns
 * of samples, so the two cannot disagree on a formula.
 *
 * It runs in two stages. First the sums over sectors (the line's length, its
 * unrounded troops, its length-weighted density); then every figure from
 * those sums, the factors and the pledges. A figure needs nothing of a sector
 * but what the sums hold, so an analysis that moves one sector can adjust the
 * sums and run the second stage alone.
 *
 * The result is typed by the figure table (figures.ts): a figure declared
 * there and not computed here does not compile.
 */
import type { Arithmetic } from './arithmetic.js';
import type { FactorName } from './factors.js';
import type { CoalitionFigureName, CoreFigureName } from './figures.js';

/** A sector as the model reads it: its length and the density it is held at (its own, or the scenario's). */
export interface SectorInputs<V> {
  readonly length: V;
  readonly density: V;
}

/** A pledge as the model reads it: troops, or brigades of the scenario's brigade size. */
export interface PledgeInputs<V> {
  readonly kind: 'troops' | 'brigades';
  readonly amount: V;
}

/** Everything the figures depend on. */
export interface ModelInputs<V> {
  readonly factors: Readonly<Record<FactorName, V>>;
  readonly sectors: readonly SectorInputs<V>[];
  /** Null without a coalition. */
  readonly pledges: readonly PledgeInputs<V>[] | null;
}

/** The first stage: what the figures need of the sectors. */
export interface LineSums<V> {
  /** The sum of sector lengths. */
  readonly coverageKm: V;
  /** The unrounded sum of sector length x density (`troops` rounds it up once). */
  readonly exactTroops: V;
  /** exactTroops / coverageKm: the length-weighted mean of the sector densities (exact bounds over intervals). */
  readonly lineDensity: V;
}

/** What the coalition's pledges give. */
export interface CoalitionValues<V> {
  /** Each pledge in troops, in the order given (brigades x brigade size, rounded up, for a pledge in brigades). */
  readonly pledges: readonly V[];
  readonly figures: Readonly<Record<CoalitionFigureName, V>>;
}

/** Every figure of the model. */
export interface ModelValues<V> {
  readonly sums: LineSums<V>;
  readonly figures: Readonly<Record<CoreFigureName, V>>;
  /** Null without a coalition. */
  readonly coalition: CoalitionValues<V> | null;
}

/** A sector's own whole soldiers, length x density rounded up (the line's total rounds the unrounded sum once). */
export function sectorTroops<V>(a: Arithmetic<V>, sector: SectorInputs<V>): V {
  return a.roundUp(a.multiply(sector.length, sector.density));
}

/** The first stage: the line's length, unrounded troops and density, summed over its sectors. */
export function lineSums<V>(a: Arithmetic<V>, sectors: readonly SectorInputs<V>[]): LineSums<V> {
  const line = a.weightedSum(
    sectors.map((sector) => sector.length),
    sectors.map((sector) => sector.density),
  );
  return { coverageKm: line.weights, exactTroops: line.products, lineDensity: line.mean };
}

/** The figures every scenario has, from the line's sums and the factors. */
export function coreFigures<V>(a: Arithmetic<V>, sums: LineSums<V>, factors: Readonly<Record<FactorName, V>>): Record<CoreFigureName, V> {
  const troops = a.roundUp(sums.exactTroops);
  const brigades = a.roundUp(a.divide(troops, factors.brigadeSize));
  const enablers = a.roundUp(a.multiply(troops, factors.enablerShare));
  const deployedTroops = a.add(troops, enablers);
  return {
    coverageKm: sums.coverageKm,
    troops,
    lineDensity: sums.lineDensity,
    brigades,
    brigadeCoverageKm: a.divide(factors.brigadeSize, sums.lineDensity),
    airCover: a.roundUp(a.multiply(brigades, factors.airCoverPerBrigade)),
    enablers,
    deployedTroops,
    committedTroops: a.roundUp(a.multiply(deployedTroops, factors.rotation)),
    committedBrigades: a.roundUp(a.multiply(brigades, factors.rotation)),
  };
}

/** A pledge in troops: as given, or brigades x brigade size rounded up to whole soldiers. */
export function pledgeTroops<V>(a: Arithmetic<V>, pledge: PledgeInputs<V>, brigadeSize: V): V {
  return pledge.kind === 'troops' ? pledge.amount : a.roundUp(a.multiply(pledge.amount, brigadeSize));
}

/**
 * What the pledges give the line. A pledge is what a country keeps on the
 * ground: sustaining it (rotation) is that country's burden, so it is set
 * against the deployed troops, not the committed ones.
 */
export function coalitionValues<V>(
  a: Arithmetic<V>,
  sums: LineSums<V>,
  figures: Readonly<Record<CoreFigureName, V>>,
  factors: Readonly<Record<FactorName, V>>,
  pledges: readonly PledgeInputs<V>[],
): CoalitionValues<V> {
  const troops = pledges.map((pledge) => pledgeTroops(a, pledge, factors.brigadeSize));
  const pledgedTroops = a.sum(troops);
  return {
    pledges: troops,
    figures: {
      pledgedTroops,
      pledgedCoverageKm: a.divide(pledgedTroops, sums.lineDensity),
      pledgedDensity: a.divide(pledgedTroops, sums.coverageKm),
      shortfallTroops: a.shortfall(figures.deployedTroops, pledgedTroops),
    },
  };
}

/** Every figure of the model from its inputs. */
export function model<V>(a: Arithmetic<V>, inputs: ModelInputs<V>): ModelValues<V> {
  const sums = lineSums(a, inputs.sectors);
  const figures = coreFigures(a, sums, inputs.factors);
  return {
    sums,
    figures,
    coalition: inputs.pledges === null ? null : coalitionValues(a, sums, figures, inputs.factors, inputs.pledges),
  };
}
