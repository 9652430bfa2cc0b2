/**
 * `forcecalc sweep <id|file> --vary factor=from..to[:steps]`: a one- or
 * two-way data table of brigades and troops, with `--set` overrides held in
 * every cell. The axes were checked when the command line was parsed.
 */
import { sweep, type SweepAxis } from '../core/analysis/sweep.js';
import type { FactorSettings } from '../core/factors.js';
import { formatSweep, type ReportFormat } from '../report/index.js';
import { OVERRIDE_SOURCE } from '../scenarios/index.js';
import { invalidScenarios, success, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';
import { uncountableOverrides } from './uncountable-overrides.js';

/** The data table of one scenario (an id in `scenariosDir`, or a path) over `axes`. */
export function runSweep(
  ref: string,
  axes: readonly SweepAxis[],
  overrides: FactorSettings,
  format: ReportFormat,
  scenariosDir: string,
): CommandResult {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const scenario = scenarios[0];
  if (problems.length > 0 || scenario === undefined) return invalidScenarios(problems);
  // Every cell lies within the estimate with each varied factor over its whole axis.
  const envelope: FactorSettings = { ...overrides };
  for (const axis of axes) envelope[axis.factor] = { min: Math.min(axis.from, axis.to), max: Math.max(axis.from, axis.to) };
  const uncountable = uncountableOverrides(scenario, envelope, '--set and --vary');
  if (uncountable !== null) return uncountable;
  return success(formatSweep(sweep(scenario, axes, { overrides, overrideSource: OVERRIDE_SOURCE }), format));
}
