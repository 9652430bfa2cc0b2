/**
 * One-at-a-time sensitivity (a tornado): each uncertain input moved from the
 * low to the high end of its range while every other input sits at its
 * central value (`centralValue`: a range's midpoint, a triangular or PERT
 * input's mode, a normal input's mean). Each run is the model (model.ts) at
 * that point, the line's sums adjusted for the one input moved rather than
 * summed again (swing-model.ts), so the numbers are the estimate's own and a
 * tornado costs time linear in the number of inputs.
 *
 * The model is monotone in every input, so each low and high lies inside the
 * interval `estimate` gives for the same scenario. Inputs shared by several
 * sectors (the scenario density) move all of those sectors at once; the brigade
 * size moves brigade counts the other way (larger brigades, fewer of them).
 */
import { centralValue } from '../distribution.js';
import { estimate, type Estimate, type EstimateOptions } from '../estimate.js';
import { isCoalitionFigure } from '../figures.js';
import type { Scenario } from '../scenario.js';
import { isUncertainValue, scenarioInputs, type InputRef, type ScenarioInput } from './scenario-inputs.js';
import { swingModel } from './swing-model.js';

/** The figures a sensitivity reports, in the order they sort the inputs. */
export const SENSITIVITY_FIGURES = ['committedBrigades', 'troops', 'shortfallTroops'] as const;
/** One of SENSITIVITY_FIGURES; `shortfallTroops` only where the scenario has a coalition. */
export type SensitivityFigure = (typeof SENSITIVITY_FIGURES)[number];

/** What one input does to one figure. */
export interface FigureSwing {
  readonly figure: SensitivityFigure;
  /** The figure with the input at the low end of its range. */
  readonly atLow: number;
  /** The figure with the input at the high end of its range. */
  readonly atHigh: number;
  /** The smaller of `atLow` and `atHigh`. */
  readonly low: number;
  /** The larger of `atLow` and `atHigh`. */
  readonly high: number;
  /** `high - low`: how far the input moves the figure. */
  readonly swing: number;
  /** True when the figure falls as the input rises (brigade size against brigade counts, pledges against the shortfall). */
  readonly opposite: boolean;
}

/** One uncertain input and what it does to each figure. */
export interface SensitivityRow {
  readonly input: ScenarioInput;
  /** The value the input is held at while another one moves. */
  readonly central: number;
  /** One per figure of `Sensitivity.figures`, in that order. */
  readonly swings: readonly FigureSwing[];
}

/** A tornado over one scenario. */
export interface Sensitivity {
  readonly scenario: { readonly id: string; readonly title: string };
  /** The figures reported: committedBrigades, troops, and shortfallTroops with a coalition. */
  readonly figures: readonly SensitivityFigure[];
  /** Each figure with every input at its central value, in the order of `figures`. */
  readonly central: readonly number[];
  /** The uncertain inputs, largest swing first (committed brigades, then troops, then the shortfall). */
  readonly rows: readonly SensitivityRow[];
  /** The interval estimate of the same scenario and overrides, for context. */
  readonly estimate: Estimate;
}

function swingOf(figure: SensitivityFigure, atLow: number, atHigh: number): FigureSwing {
  const low = Math.min(atLow, atHigh);
  const high = Math.max(atLow, atHigh);
  return { figure, atLow, atHigh, low, high, swing: high - low, opposite: atLow > atHigh };
}

/** Largest swing first, figure by figure; inputs that tie keep the scenario's order. */
function bySwing(a: SensitivityRow, b: SensitivityRow): number {
  for (let index = 0; index < a.swings.length; index += 1) {
    const difference = (b.swings[index]?.swing ?? 0) - (a.swings[index]?.swing ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The tornado of `scenario` under `options` (the `--set` overrides): for each
 * uncertain input, the figures at its low and its high end with the others at
 * their central values. An empty `rows` means no input is uncertain.
 */
export function sensitivity(scenario: Scenario, options: EstimateOptions = {}): Sensitivity {
  const figures: SensitivityFigure[] = scenario.coalition === null ? ['committedBrigades', 'troops'] : [...SENSITIVITY_FIGURES];
  const swing = swingModel(scenario, options);
  const run = (moved: InputRef | null, value: number): number[] => {
    const result = swing(moved, value);
    // Every input is a single value, so min = max.
    return figures.map((figure) => (isCoalitionFigure(figure) ? result.coalition?.figures[figure].min : result.figures[figure].min) ?? 0);
  };

  const rows = scenarioInputs(scenario, options)
    .filter((input) => isUncertainValue(input.value))
    .map((input): SensitivityRow => {
      const atLow = run(input.ref, input.value.min);
      const atHigh = run(input.ref, input.value.max);
      return {
        input,
        central: centralValue(input.value),
        swings: figures.map((figure, index) => swingOf(figure, atLow[index] ?? 0, atHigh[index] ?? 0)),
      };
    })
    .sort(bySwing);

  return {
    scenario: { id: scenario.id, title: scenario.title },
    figures,
    central: run(null, 0),
    rows,
    estimate: estimate(scenario, options),
  };
}
