import { estimate, MAX_COUNT, uncountableFigures, type FactorSettings, type Scenario } from '../core/index.js';
import { sanitizeText } from '../text/sanitize.js';
import { formatNumber } from './quantity-messages.js';

/**
 * Totals forcecalc cannot count exactly (past 2^53 - 1, countable-figures.ts
 * in the core) are refused, as a problem of the scenario or of the `--set`
 * values that make them so, rather than printed as counts that look exact.
 */

/** What a scenario's totals must be. */
export const EXPECTED_COUNTABLE = `totals forcecalc can count exactly, at most ${formatNumber(MAX_COUNT)} (2^53 - 1)`;

/**
 * What the scenario under `overrides` reaches past MAX_COUNT
 * (`committedTroops up to 12,000,000,000,000,000 and 3 other figures`), or
 * null when every count is exact.
 */
export function uncountableTotals(scenario: Scenario, overrides: FactorSettings = {}): string | null {
  const [largest, ...others] = uncountableFigures(estimate(scenario, { overrides }));
  if (largest === undefined) return null;
  const more = others.length === 0 ? '' : ` and ${others.length} other ${others.length === 1 ? 'figure' : 'figures'}`;
  const max = Number.isFinite(largest.max) ? largest.max.toLocaleString('en-US') : String(largest.max);
  // A capability's figure carries its name, text from the file.
  return `${sanitizeText(largest.figure)} up to ${max}${more}`;
}
