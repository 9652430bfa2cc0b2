/**
 * `forcecalc estimate <id|file>`: one scenario's estimate under its factors,
 * with `--set` overrides, in the chosen format (`geojson`: the drawn sectors
 * as a FeatureCollection, which needs the scenario's lines beside the estimate).
 */
import type { FactorSettings } from '../core/factors.js';
import { estimate } from '../core/estimate.js';
import { formatEstimate, formatEstimateGeoJson, type EstimateFormat } from '../report/index.js';
import { OVERRIDE_SOURCE } from '../scenarios/index.js';
import { invalidScenarios, success, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';
import { uncountableOverrides } from './uncountable-overrides.js';

/** Estimates one scenario (an id in `scenariosDir`, or a path) with `overrides` applied. */
export function runEstimate(ref: string, overrides: FactorSettings, format: EstimateFormat, scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const scenario = scenarios[0];
  if (problems.length > 0 || scenario === undefined) return invalidScenarios(problems);
  const uncountable = uncountableOverrides(scenario, overrides);
  if (uncountable !== null) return uncountable;
  const result = estimate(scenario, { overrides, overrideSource: OVERRIDE_SOURCE });
  return success(format === 'geojson' ? formatEstimateGeoJson(scenario, result) : formatEstimate(result, format));
}
