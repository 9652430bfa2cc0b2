/**
 * `simulate --format json`, a public contract: scripts read these keys.
 * `figures.<name>` holds mean, p5, p50, p95, min and max for every simulated
 * figure (the coalition's only with a coalition), and for whole counts
 * `distribution`, each value taken mapped to the share of samples that took
 * it (values ascending; a km or per-km figure has none). `capabilities`
 * holds, by each capability's name (air cover first), its need's statistics
 * the same way and the shares of samples in which what is pledged reaches the
 * need, with and without the backstop; `allSuffice` is the share in which
 * the troops and every capability suffice at once. With a coalition,
 * `coveredFromDay` (the same statistics of the day each sample is covered
 * from), `neverCovered` and `coveredBy`. Numbers are exact, never rounded for
 * display.
 */
import type { FigureStatistics } from '../core/simulation/figure-statistics.js';
import { SIMULATED_FIGURE_NAMES, type SimulatedFigureName } from '../core/figures.js';
import type { Simulation } from '../core/simulation/simulate.js';
import { jsonText } from './json-text.js';
import { statisticsOf } from './simulation-rows.js';

/** One figure in JSON: the core's statistics, the distribution as value -> share. */
export interface SimulationFigureJson extends Omit<FigureStatistics, 'distribution'> {
  /** For whole counts: value -> share of samples (0..1), values ascending. Absent for km and per-km figures. */
  readonly distribution?: Readonly<Record<string, number>>;
}

/** The object `simulate --format json` prints, keys in this order. */
export interface SimulationJson {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly samples: number;
  readonly seed: number;
  readonly figures: Partial<Record<SimulatedFigureName, SimulationFigureJson>>;
  /** The share of samples in which the pledged troops reach the deployed troops; null without a coalition. */
  readonly pledgesSuffice: number | null;
  /** By capability name, air cover first, then the file's order. */
  readonly capabilities: Readonly<Record<string, CapabilitySimulationJson>>;
  /** The share of samples in which the troops and every capability suffice at once; null without a coalition. */
  readonly allSuffice: number | null;
  /** The same with every backstop contributor left out; null without a coalition. */
  readonly allSufficeWithoutBackstop: number | null;
  /**
   * The day each sample is covered from (the first day from which its
   * shortfall stays 0 to the horizon), over the samples covered within the
   * horizon; null without a coalition or where no sample is covered.
   */
  readonly coveredFromDay: SimulationFigureJson | null;
  /** The share of samples never covered within the horizon; null without a coalition. */
  readonly neverCovered: number | null;
  /** At each step day of the estimate's timeline, the share of samples covered by then; null without a coalition. */
  readonly coveredBy: readonly { readonly day: number; readonly date: string | null; readonly probability: number }[] | null;
}

/** One capability in a simulation's JSON. */
export interface CapabilitySimulationJson {
  readonly need: SimulationFigureJson;
  /** The share of samples in which the units pledged reach the need; null without a coalition. */
  readonly suffice: number | null;
  readonly sufficeWithoutBackstop: number | null;
}

function figureJson(statistics: FigureStatistics): SimulationFigureJson {
  const { mean, p5, p50, p95, min, max, distribution } = statistics;
  const summary = { mean, p5, p50, p95, min, max };
  if (distribution === null) return summary;
  // A fresh object filled in ascending order: JSON keeps that order for every count (integer-like keys sort so anyway).
  const shares: Record<string, number> = {};
  for (const frequency of distribution) shares[String(frequency.value)] = frequency.probability;
  return { ...summary, distribution: shares };
}

/** The simulation as the plain object `simulate --format json` prints. */
export function simulationToJson(result: Simulation): SimulationJson {
  const { coverage } = result;
  const figures: Partial<Record<SimulatedFigureName, SimulationFigureJson>> = {};
  for (const name of SIMULATED_FIGURE_NAMES) {
    const statistics = statisticsOf(result, name);
    if (statistics !== null) figures[name] = figureJson(statistics);
  }
  return {
    scenario: { id: result.scenario.id, title: result.scenario.title },
    samples: result.samples,
    seed: result.seed,
    figures,
    pledgesSuffice: result.pledgesSuffice,
    capabilities: Object.fromEntries(
      result.capabilities.map((capability) => [
        capability.name,
        { need: figureJson(capability.need), suffice: capability.suffice, sufficeWithoutBackstop: capability.sufficeWithoutBackstop },
      ]),
    ),
    allSuffice: result.allSuffice,
    allSufficeWithoutBackstop: result.allSufficeWithoutBackstop,
    coveredFromDay: coverage === null || coverage.coveredFromDay === null ? null : figureJson(coverage.coveredFromDay),
    neverCovered: coverage?.neverCovered ?? null,
    coveredBy: coverage?.coveredBy.map(({ day, date, probability }) => ({ day, date, probability })) ?? null,
  };
}

/** `simulate --format json`: one object. */
export function formatSimulationJson(result: Simulation): string {
  return jsonText(simulationToJson(result));
}
