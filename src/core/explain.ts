import { figureValue, type Estimate, type ResolvedFactor } from './estimate.js';
import { FACTOR_NAMES } from './factors.js';
import { FIGURES, type FigureName } from './figures.js';
import type { Interval } from './interval.js';

/** One figure with everything that produced it: what a planner asks of a number in a briefing. */
export interface FigureExplanation {
  readonly name: FigureName;
  readonly label: string;
  /** Null for a coalition figure of a scenario without a coalition. */
  readonly value: Interval | null;
  readonly unit: string;
  readonly formula: string;
  /** The factors the figure depends on, with their values, origins and sources. */
  readonly factors: readonly ResolvedFactor[];
  /** Whether the sector list or the coalition feeds the figure too. */
  readonly usesSectors: boolean;
  readonly usesCoalition: boolean;
  /** For a figure that turns troops into km, the line density it does so at; null for the others. */
  readonly lineDensity: Interval | null;
  /** The scenario's own sources (for its lengths, pledges and any factor it sets). */
  readonly scenarioSources: readonly string[];
}

/** Explains one figure of an estimate: its formula, the factors behind it and their sources. */
export function explainFigure(result: Estimate, name: FigureName): FigureExplanation {
  const definition = FIGURES[name];
  return {
    name,
    label: definition.label,
    value: figureValue(result, name),
    unit: definition.unit,
    formula: definition.formula,
    factors: FACTOR_NAMES.filter((factor) => definition.inputs.includes(factor)).map((factor) => result.factors[factor]),
    usesSectors: definition.inputs.includes('sectors'),
    usesCoalition: definition.inputs.includes('coalition'),
    lineDensity: definition.inputs.includes('lineDensity') ? result.figures.lineDensity : null,
    scenarioSources: result.sources,
  };
}
