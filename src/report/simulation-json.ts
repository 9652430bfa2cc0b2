/**
 * `simulate --format json`, a public contract: scripts read these keys.
 * `figures.<name>` holds mean, p5, p50, p95, min and max for every simulated
 * figure (the coalition's only with a coalition), and for whole counts
 * `distribution`, each value taken mapped to the share of samples that took
 * it (values ascending; a km or per-km figure has none). Numbers are exact,
 * never rounded for display.
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
  };
}

/** `simulate --format json`: one object. */
export function formatSimulationJson(result: Simulation): string {
  return jsonText(simulationToJson(result));
}
