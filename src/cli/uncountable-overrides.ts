/**
 * `--set` (and `--vary`) values that take a scenario's totals past what
 * forcecalc can count exactly: the scenario loaded, so its own values are
 * fine, and the command is refused with exit 1 as for an invalid scenario,
 * naming the option and the figure. Checked once on the interval estimate:
 * every figure is monotone, so no sample, swing or sweep cell goes further.
 */
import type { FactorSettings } from '../core/factors.js';
import type { Scenario } from '../core/scenario.js';
import { EXPECTED_COUNTABLE, uncountableTotals } from '../scenarios/countable-totals.js';
import { invalidScenarios, type CommandResult } from './command-result.js';

/**
 * The refusal when `overrides`, given with `option`, make a total uncountable;
 * null otherwise, or without overrides unless `edited` (the scenario's own
 * inputs were changed by `--set`, so the file's check no longer holds).
 */
export function uncountableOverrides(scenario: Scenario, overrides: FactorSettings, option = '--set', edited = false): CommandResult | null {
  if (!edited && Object.keys(overrides).length === 0) return null;
  const reached = uncountableTotals(scenario, overrides);
  if (reached === null) return null;
  return invalidScenarios([{ file: option, line: 0, column: 0, path: '', expected: EXPECTED_COUNTABLE, received: reached }]);
}
