/**
 * `forcecalc simulate <id|file>`: Monte Carlo over one scenario, with
 * `--set` overrides, `--samples` and `--seed`, in the chosen format.
 */
import type { FactorSettings } from '../core/factors.js';
import { simulate } from '../core/simulation/simulate.js';
import { formatSimulation, type SimulationFormat } from '../report/simulation-report.js';
import { OVERRIDE_SOURCE } from '../scenarios/index.js';
import { invalidScenarios, success, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';
import { uncountableOverrides } from './uncountable-overrides.js';
import type { SimulationRequest } from './simulate-options.js';

/** Simulates one scenario (an id in `scenariosDir`, or a path) with `overrides` applied. */
export function runSimulate(
  ref: string,
  overrides: FactorSettings,
  request: SimulationRequest,
  format: SimulationFormat,
  scenariosDir: string,
): CommandResult {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const scenario = scenarios[0];
  if (problems.length > 0 || scenario === undefined) return invalidScenarios(problems);
  const uncountable = uncountableOverrides(scenario, overrides);
  if (uncountable !== null) return uncountable;
  const result = simulate(scenario, { overrides, overrideSource: OVERRIDE_SOURCE, samples: request.samples, seed: request.seed });
  return success(formatSimulation(result, format));
}
