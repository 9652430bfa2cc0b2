/**
 * How one estimate (B) differs from another (A, the base), every figure at
 * once: each figure of the figure table, the room before one more brigade,
 * each capability's figures and each factor, bound by bound (difference.ts).
 * The table and Markdown of `compare` write these as text row by row
 * (report/comparison-rows.ts); JSON and CSV print the numbers from here.
 */
import { capabilityKey } from './capabilities.js';
import { CAPABILITY_FIGURE_NAMES, type CapabilityFigureName } from './capability-figures.js';
import { figureDifference, optionalDifference, type Difference } from './difference.js';
import { capabilityFigureValue, figureValue, type Estimate } from './estimate.js';
import { FACTOR_NAMES, type FactorName } from './factors.js';
import { FIGURE_NAMES, type FigureName } from './figures.js';

/** A capability of B, and how each of its figures differs from A's capability of that name (any case). */
export interface CapabilityDifference {
  /** B's name for it. */
  readonly name: string;
  /** Null where A lacks the capability or either scenario the figure (a pledge figure without a coalition). */
  readonly figures: Readonly<Record<CapabilityFigureName, Difference | null>>;
}

/** B - A and its share of A for every figure, capability and factor. */
export interface EstimateDifference {
  /** Each figure of the figure table; null where either scenario lacks it (a coalition figure without a coalition). */
  readonly figures: Readonly<Record<FigureName, Difference | null>>;
  /** The km the line can grow before one more brigade, at the low and at the high bound of the brigades. */
  readonly nextBrigadeKm: Difference;
  /** B's capabilities in B's order (air cover first); one only A has has no figures of B to set against. */
  readonly capabilities: readonly CapabilityDifference[];
  readonly factors: Readonly<Record<FactorName, Difference>>;
}

/** How `b` differs from `a`, figure by figure, bound by bound. */
export function estimateDifference(a: Estimate, b: Estimate): EstimateDifference {
  const figures = Object.fromEntries(FIGURE_NAMES.map((name) => [name, optionalDifference(figureValue(a, name), figureValue(b, name))]));
  const factors = Object.fromEntries(FACTOR_NAMES.map((name) => [name, figureDifference(a.factors[name].value, b.factors[name].value)]));
  const capabilities = b.capabilities.map((capability): CapabilityDifference => {
    const base = a.capabilities.find((other) => capabilityKey(other.name) === capabilityKey(capability.name)) ?? null;
    const each = CAPABILITY_FIGURE_NAMES.map((figure) => [
      figure,
      base === null ? null : optionalDifference(capabilityFigureValue(base, figure), capabilityFigureValue(capability, figure)),
    ]);
    return { name: capability.name, figures: Object.fromEntries(each) as Record<CapabilityFigureName, Difference | null> };
  });
  return {
    figures: figures as Record<FigureName, Difference | null>,
    nextBrigadeKm: figureDifference(a.nextBrigade.km, b.nextBrigade.km),
    capabilities,
    factors: factors as Record<FactorName, Difference>,
  };
}
