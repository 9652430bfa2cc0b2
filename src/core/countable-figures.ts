import { CAPABILITY_FIGURE_NAMES } from './capability-figures.js';
import { capabilityFigureValue, figureValue, type Estimate } from './estimate.js';
import { expectationPath } from './expectations.js';
import { FIGURE_NAMES, FIGURES } from './figures.js';

/**
 * The largest count forcecalc states: 2^53 - 1. Past it a double no longer
 * holds every whole number (2^53 + 1 is 2^53), so "round up to a whole
 * soldier" means nothing and a JSON reader cannot tell neighbouring counts
 * apart. Every input is bounded on its own, but a sum is not: 8,200 sectors
 * of 100,000 km at 100,000 /km, with enablers at 10 times the line troops and
 * a rotation of 10, reach it, and a 1 MiB file holds more sectors than that.
 */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** A count figure whose upper bound is past MAX_COUNT, with that bound. */
export interface UncountableFigure {
  /** The figure as `expect:` names it: `committedTroops`, `capabilities.EW team.need`. */
  readonly figure: string;
  readonly max: number;
}

/**
 * The count figures (those of kind `count` in the figure table, and every
 * capability's figures) of `estimate` whose upper bound exceeds MAX_COUNT,
 * largest first; empty when every count is exact. Lengths and densities are not counts and are not checked. Every
 * figure is monotone in every input, so a simulation's samples and a
 * sensitivity's swings of the same scenario stay within these bounds.
 */
export function uncountableFigures(estimate: Estimate): UncountableFigure[] {
  const found: UncountableFigure[] = [];
  for (const figure of FIGURE_NAMES) {
    if (FIGURES[figure].kind !== 'count') continue;
    const value = figureValue(estimate, figure);
    // NaN is not past the cap, but no more countable than Infinity.
    if (value !== null && !(value.max <= MAX_COUNT)) found.push({ figure, max: value.max });
  }
  for (const capability of estimate.capabilities) {
    for (const figure of CAPABILITY_FIGURE_NAMES) {
      const value = capabilityFigureValue(capability, figure);
      if (value !== null && !(value.max <= MAX_COUNT)) found.push({ figure: expectationPath({ capability: capability.name, figure }), max: value.max });
    }
  }
  return found.sort((a, b) => b.max - a.max);
}
