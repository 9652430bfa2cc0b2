/**
 * `forcecalc estimate <id|file>`: one scenario's estimate under its factors,
 * with `--set` overrides, in the chosen format.
 */
import type { FactorSettings } from '../core/factors.js';
import { estimate } from '../core/estimate.js';
import { formatEstimate, type ReportFormat } from '../report/index.js';
import { OVERRIDE_SOURCE } from '../scenarios/index.js';
import { invalidScenarios, success, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';

/** Estimates one scenario (an id in `scenariosDir`, or a path) with `overrides` applied. */
export function runEstimate(ref: string, overrides: FactorSettings, format: ReportFormat, scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const scenario = scenarios[0];
  if (problems.length > 0 || scenario === undefined) return invalidScenarios(problems);
  return success(formatEstimate(estimate(scenario, { overrides, overrideSource: OVERRIDE_SOURCE }), format));
}
