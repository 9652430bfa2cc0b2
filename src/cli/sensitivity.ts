/**
 * `forcecalc sensitivity <id|file>`: each uncertain input's swing of
 * committed brigades and troops (and the shortfall), a tornado, with `--set`
 * overrides, in the chosen format.
 */
import { sensitivity } from '../core/analysis/sensitivity.js';
import type { FactorSettings } from '../core/factors.js';
import { formatSensitivity, type ReportFormat } from '../report/index.js';
import { OVERRIDE_SOURCE } from '../scenarios/index.js';
import { invalidScenarios, success, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';
import { uncountableOverrides } from './uncountable-overrides.js';

/** The tornado of one scenario (an id in `scenariosDir`, or a path) with `overrides` applied. */
export function runSensitivity(ref: string, overrides: FactorSettings, format: ReportFormat, scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const scenario = scenarios[0];
  if (problems.length > 0 || scenario === undefined) return invalidScenarios(problems);
  const uncountable = uncountableOverrides(scenario, overrides);
  if (uncountable !== null) return uncountable;
  return success(formatSensitivity(sensitivity(scenario, { overrides, overrideSource: OVERRIDE_SOURCE }), format));
}
