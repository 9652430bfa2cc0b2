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
 * The result is typed by the figure tables (figures.ts, and
 * capability-figures.ts for each capability): a figure declared there and
 * not computed here does not compile.
 */
import type { Arithmetic } from './arithmetic.js';
import type { CapabilityCoalitionFigureName, CapabilityCoreFigureName } from './capability-figures.js';
import type { FactorName } from './factors.js';
import type { CoalitionFigureName, CoreFigureName } from './figures.js';
import type { CapabilityPer } from './scenario.js';

/** A sector as the model reads it: its length and the density it is held at (its own, or the scenario's). */
export interface SectorInputs<V> {
  readonly length: V;
  readonly density: V;
}

/** Units of one capability a pledge provides. */
export interface ProvidedInputs<V> {
  /** The capability, by its place in the model's list: 0 for air cover, 1 + i for the scenario's capability i. */
  readonly capability: number;
  readonly units: V;
}

/** When a pledge is on the ground, in days after day 0 (docs/model.md, "Time"). */
export interface ScheduleInputs<V> {
  /** The day it arrives: 0 where the scenario gives none. */
  readonly arrives: V;
  /** The day it leaves: Infinity where it stays past the horizon. */
  readonly leaves: V;
  /** The days each contingent serves before it is replaced; null where the scenario gives no tour. */
  readonly tour: V | null;
}

/** A pledge as the model reads it: troops, or brigades of the scenario's brigade size, the capabilities it provides, and when. */
export interface PledgeInputs<V> {
  readonly kind: 'troops' | 'brigades';
  readonly amount: V;
  readonly provides: readonly ProvidedInputs<V>[];
  /** A backstop's units and troops are left out of the figures "without backstop". */
  readonly backstop: boolean;
  readonly schedule: ScheduleInputs<V>;
}

/** A capability of the scenario as the model reads it (air cover, the first capability, is the figure airCover). */
export interface CapabilityInputs<V> {
  readonly per: CapabilityPer;
  /** Units per brigade, per `per.km` of line, or for the force. */
  readonly need: V;
}

/** Everything the figures depend on. */
export interface ModelInputs<V> {
  readonly factors: Readonly<Record<FactorName, V>>;
  readonly sectors: readonly SectorInputs<V>[];
  /** The scenario's capabilities besides air cover, in file order. */
  readonly capabilities: readonly CapabilityInputs<V>[];
  /** Null without a coalition. */
  readonly pledges: readonly PledgeInputs<V>[] | null;
  /** How far the timeline runs, in days (positive). */
  readonly horizonDays: number;
}

/** What the second stage reads: every input but the sectors, which the line's sums stand for. */
export type StageInputs<V> = Omit<ModelInputs<V>, 'sectors'>;

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
  /**
   * Each pledge's contingents over the horizon, in the order given: the tours
   * its days on the ground within the horizon take, rounded up; one for a
   * pledge without a tour that arrives within the horizon, none for one that
   * arrives after it.
   */
  readonly contingents: readonly V[];
  readonly figures: Readonly<Record<CoalitionFigureName, V>>;
  /** Each capability's pledged units and shortfalls, in the order of `ModelValues.capabilities`. */
  readonly capabilities: readonly Readonly<Record<CapabilityCoalitionFigureName, V>>[];
  /** The shortfall of deployed troops with a backstop's troops left out (`shortfallTroops` where no backstop pledges troops). */
  readonly shortfallTroopsWithoutBackstop: V;
}

/** What is on the ground on one day, and what it leaves missing: a step of the timeline. */
export interface DayValues<V> {
  readonly pledgedTroops: V;
  readonly shortfallTroops: V;
}

/** Every figure of the model. */
export interface ModelValues<V> {
  readonly sums: LineSums<V>;
  readonly figures: Readonly<Record<CoreFigureName, V>>;
  /** Each capability's need: air cover first, then the scenario's capabilities in file order. */
  readonly capabilities: readonly Readonly<Record<CapabilityCoreFigureName, V>>[];
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

/**
 * The whole units of a capability the scenario needs: per brigade, ceil(brigades
 * x need); per length L, ceil(coverage length / L x need); for the force,
 * ceil(need). Each input is independent of the others (the brigades and the
 * need, the coverage and the need), so the interval's bounds are exact.
 */
export function capabilityNeed<V>(
  a: Arithmetic<V>,
  capability: CapabilityInputs<V>,
  sums: LineSums<V>,
  figures: Readonly<Record<CoreFigureName, V>>,
): V {
  const { per, need } = capability;
  switch (per.kind) {
    case 'brigade':
      return a.roundUp(a.multiply(figures.brigades, need));
    case 'force':
      return a.roundUp(need);
    case 'length':
      return a.roundUp(a.multiply(a.divide(sums.coverageKm, a.constant(per.km)), need));
  }
}

/** Every capability's need: air cover (the figure airCover) first, then the scenario's in order. */
export function capabilityNeeds<V>(
  a: Arithmetic<V>,
  capabilities: readonly CapabilityInputs<V>[],
  sums: LineSums<V>,
  figures: Readonly<Record<CoreFigureName, V>>,
): Record<CapabilityCoreFigureName, V>[] {
  return [{ need: figures.airCover }, ...capabilities.map((capability) => ({ need: capabilityNeed(a, capability, sums, figures) }))];
}

/**
 * What the pledges give each capability: the units provided (0 where nobody
 * provides it), what is missing, and what would be missing without the
 * backstop's units. Leaving units out never lowers a shortfall, so the
 * shortfall without the backstop is never below the shortfall.
 */
export function capabilityPledges<V>(
  a: Arithmetic<V>,
  needs: readonly Readonly<Record<CapabilityCoreFigureName, V>>[],
  pledges: readonly PledgeInputs<V>[],
): Record<CapabilityCoalitionFigureName, V>[] {
  return needs.map(({ need }, index) => {
    const provided: V[] = [];
    const providedWithoutBackstop: V[] = [];
    for (const pledge of pledges) {
      for (const units of pledge.provides) {
        if (units.capability !== index) continue;
        provided.push(units.units);
        if (!pledge.backstop) providedWithoutBackstop.push(units.units);
      }
    }
    const pledged = a.sum(provided);
    const shortfall = a.shortfall(need, pledged);
    // Where no backstop provides this capability the two shortfalls are one value: no second sum to compute.
    const shortfallWithoutBackstop =
      providedWithoutBackstop.length === provided.length ? shortfall : a.shortfall(need, a.sum(providedWithoutBackstop));
    return { pledged, shortfall, shortfallWithoutBackstop };
  });
}

/** A pledge in troops: as given, or brigades x brigade size rounded up to whole soldiers. */
export function pledgeTroops<V>(a: Arithmetic<V>, pledge: PledgeInputs<V>, brigadeSize: V): V {
  return pledge.kind === 'troops' ? pledge.amount : a.roundUp(a.multiply(pledge.amount, brigadeSize));
}

/**
 * The contingents a pledge sends over the horizon: its days on the ground
 * within the horizon (from its arrival to the earlier of its departure and
 * the horizon) over its tour, rounded up. Without a tour one contingent
 * serves throughout, which is the same formula with a tour as long as the
 * horizon: one if it arrives within the horizon, none if it arrives after.
 * Over intervals the low bound takes the latest arrival, the earliest
 * departure and the longest tour; the high bound the opposite.
 */
export function contingents<V>(a: Arithmetic<V>, schedule: ScheduleInputs<V>, horizonDays: number): V {
  const horizon = a.constant(horizonDays);
  const onGround = a.elapsed(schedule.arrives, a.earlier(schedule.leaves, horizon));
  return a.roundUp(a.divide(onGround, schedule.tour ?? horizon));
}

/**
 * What the pledges give the line. A pledge is what a country keeps on the
 * ground: sustaining it (rotation) is that country's burden, so it is set
 * against the deployed troops, not the committed ones. `pledgedTroops` sums
 * every pledge whenever it arrives; the timeline (`onDay`) says when each is
 * there, and `rotatedTroops` what the coalition sends over the horizon, every
 * contingent of every pledge.
 */
export function coalitionValues<V>(
  a: Arithmetic<V>,
  sums: LineSums<V>,
  figures: Readonly<Record<CoreFigureName, V>>,
  factors: Readonly<Record<FactorName, V>>,
  needs: readonly Readonly<Record<CapabilityCoreFigureName, V>>[],
  pledges: readonly PledgeInputs<V>[],
  horizonDays: number,
): CoalitionValues<V> {
  const troops = pledges.map((pledge) => pledgeTroops(a, pledge, factors.brigadeSize));
  const counts = pledges.map((pledge) => contingents(a, pledge.schedule, horizonDays));
  const pledgedTroops = a.sum(troops);
  const shortfallTroops = a.shortfall(figures.deployedTroops, pledgedTroops);
  const troopsWithoutBackstop = troops.filter((_, index) => pledges[index]?.backstop !== true);
  return {
    pledges: troops,
    contingents: counts,
    figures: {
      pledgedTroops,
      pledgedCoverageKm: a.divide(pledgedTroops, sums.lineDensity),
      pledgedDensity: a.divide(pledgedTroops, sums.coverageKm),
      shortfallTroops,
      rotatedTroops: a.sum(troops.map((pledge, index) => a.multiply(nth(counts, index), pledge))),
    },
    capabilities: capabilityPledges(a, needs, pledges),
    shortfallTroopsWithoutBackstop:
      troopsWithoutBackstop.length === troops.length ? shortfallTroops : a.shortfall(figures.deployedTroops, a.sum(troopsWithoutBackstop)),
  };
}

/** The second stage: every figure from the line's sums and the other inputs. */
export function modelFromSums<V>(a: Arithmetic<V>, sums: LineSums<V>, inputs: StageInputs<V>): ModelValues<V> {
  const figures = coreFigures(a, sums, inputs.factors);
  const capabilities = capabilityNeeds(a, inputs.capabilities, sums, figures);
  return {
    sums,
    figures,
    capabilities,
    coalition: inputs.pledges === null ? null : coalitionValues(a, sums, figures, inputs.factors, capabilities, inputs.pledges, inputs.horizonDays),
  };
}

function nth<V>(values: readonly V[], index: number): V {
  const value = values[index];
  if (value === undefined) throw new RangeError(`no value ${index} of ${values.length}`);
  return value;
}

/**
 * The pledges on the ground on `day` (each pledge's troops where the day lies
 * from its arrival to before its departure), and what they leave missing of
 * the deployed troops: the timeline's figures at one step. `troops` are the
 * pledges in troops (`CoalitionValues.pledges`), in the order of `pledges`.
 */
export function onDay<V>(a: Arithmetic<V>, day: V, pledges: readonly PledgeInputs<V>[], troops: readonly V[], deployedTroops: V): DayValues<V> {
  const pledgedTroops = a.sum(pledges.map(({ schedule }, index) => a.present(nth(troops, index), day, schedule.arrives, schedule.leaves)));
  return { pledgedTroops, shortfallTroops: a.shortfall(deployedTroops, pledgedTroops) };
}

/** A capability on one day: the units of the contingents there, and what they leave missing of its need. */
export interface CapabilityDayValues<V> {
  readonly pledged: V;
  readonly shortfall: V;
}

/**
 * Each capability on `day` (air cover first, in the order of `needs`): the
 * units of the pledges on the ground that day, present as their troops are
 * (`onDay`), and the shortfall against the capability's need.
 */
export function capabilitiesOnDay<V>(
  a: Arithmetic<V>,
  day: V,
  pledges: readonly PledgeInputs<V>[],
  needs: readonly Readonly<Record<CapabilityCoreFigureName, V>>[],
): CapabilityDayValues<V>[] {
  return needs.map(({ need }, index) => {
    const present = pledges.flatMap(({ provides, schedule }) =>
      provides.filter((units) => units.capability === index).map((units) => a.present(units.units, day, schedule.arrives, schedule.leaves)),
    );
    const pledged = a.sum(present);
    return { pledged, shortfall: a.shortfall(need, pledged) };
  });
}

/** Every figure of the model from its inputs. */
export function model<V>(a: Arithmetic<V>, inputs: ModelInputs<V>): ModelValues<V> {
  return modelFromSums(a, lineSums(a, inputs.sectors), inputs);
}
