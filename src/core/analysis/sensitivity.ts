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
import { sameCapability } from '../capabilities.js';
import { centralValue } from '../distribution.js';
import { capabilityFigureValue, estimate, figureValue, type Estimate, type EstimateOptions } from '../estimate.js';
import { FIGURES, isCoalitionFigure } from '../figures.js';
import type { Interval } from '../interval.js';
import type { Scenario } from '../scenario.js';
import { isUncertainValue, scenarioInputs, type InputRef, type ScenarioInput } from './scenario-inputs.js';
import { swingModel } from './swing-model.js';

/** The figures of troops a sensitivity reports, in the order they sort the inputs. */
export const SENSITIVITY_FIGURES = ['committedBrigades', 'troops', 'shortfallTroops'] as const;
/** A capability's shortfall, named as `expect:` names it: `capabilities.EW team.shortfall`. */
export type CapabilityShortfallFigure = `capabilities.${string}.shortfall`;
/**
 * One of SENSITIVITY_FIGURES (`shortfallTroops` only where the scenario has a
 * coalition), or, where a coalition pledges against declared capabilities or
 * provides units, each capability's shortfall after them: what a planner asks
 * of a capability is which input moves how many more units are needed.
 */
export type SensitivityFigure = (typeof SENSITIVITY_FIGURES)[number] | CapabilityShortfallFigure;

const CAPABILITY_PREFIX = 'capabilities.';
const SHORTFALL_SUFFIX = '.shortfall';

/** The capability a sensitivity figure is the shortfall of (its name may hold dots), or null for a figure of troops. */
export function shortfallCapability(figure: SensitivityFigure): string | null {
  return figure.startsWith(CAPABILITY_PREFIX) && figure.endsWith(SHORTFALL_SUFFIX) ? figure.slice(CAPABILITY_PREFIX.length, -SHORTFALL_SUFFIX.length) : null;
}

/** A sensitivity figure's label: the figure table's ("Committed brigades"), or "Shortfall of EW team". */
export function sensitivityFigureLabel(figure: SensitivityFigure): string {
  const capability = shortfallCapability(figure);
  return capability === null ? FIGURES[figure as (typeof SENSITIVITY_FIGURES)[number]].label : `Shortfall of ${capability}`;
}

/** A sensitivity figure's interval in `result` (every input over its range); null where it has none. */
export function sensitivityFigureInterval(result: Estimate, figure: SensitivityFigure): Interval | null {
  const name = shortfallCapability(figure);
  if (name === null) return figureValue(result, figure as (typeof SENSITIVITY_FIGURES)[number]);
  const capability = result.capabilities.find((candidate) => sameCapability(candidate.name, name));
  return capability === undefined ? null : capabilityFigureValue(capability, 'shortfall');
}

/** Where the pledges are about capabilities: some are declared, or some contributor provides units. */
function aboutCapabilities(scenario: Scenario): boolean {
  return (scenario.capabilities ?? []).length > 0 || (scenario.coalition ?? []).some((contributor) => (contributor.provides ?? []).length > 0);
}

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
  /** The figures reported: committedBrigades, troops, and shortfallTroops with a coalition, then each capability's shortfall where the pledges are about capabilities. */
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
  const interval = estimate(scenario, options);
  // Each capability's shortfall follows the troops, air cover first, by its place in the model's list.
  const capabilities = scenario.coalition !== null && aboutCapabilities(scenario) ? interval.capabilities.map((capability) => capability.name) : [];
  const figures: SensitivityFigure[] = [
    ...(scenario.coalition === null ? (['committedBrigades', 'troops'] as const) : SENSITIVITY_FIGURES),
    ...capabilities.map((name): CapabilityShortfallFigure => `${CAPABILITY_PREFIX}${name}${SHORTFALL_SUFFIX}`),
  ];
  const troopFigures = figures.length - capabilities.length;
  const swing = swingModel(scenario, options);
  const run = (moved: InputRef | null, value: number): number[] => {
    const result = swing(moved, value);
    // Every input is a single value, so min = max.
    return figures.map((figure, index) => {
      if (index >= troopFigures) return result.coalition?.capabilities[index - troopFigures]?.shortfall.min ?? 0;
      const troops = figure as (typeof SENSITIVITY_FIGURES)[number];
      return (isCoalitionFigure(troops) ? result.coalition?.figures[troops].min : result.figures[troops].min) ?? 0;
    });
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
    estimate: interval,
  };
}
