/**
 * `forcecalc estimate <id|file>`: one scenario's estimate under its factors,
 * with `--set` overrides, in the chosen format (`geojson`: the drawn sectors
 * as a FeatureCollection, which needs the scenario's lines beside the estimate).
 */
import { estimate } from '../../core/estimate.js';
import type { FactorSettings } from '../../core/factors.js';
import { ESTIMATE_FORMATS, formatEstimate, formatEstimateGeoJson, type EstimateFormat } from '../../report/index.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { invalidScenarios, success, type CommandResult } from '../command-result.js';
import { readFormat, readOverrides } from '../common-options.js';
import { FACTOR_HELP } from '../factor-help.js';
import { loadScenarioRefs } from '../load-scenarios.js';
import { uncountableOverrides } from '../uncountable-overrides.js';

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

/** What `estimate` was asked. */
export interface EstimateRequest {
  readonly ref: string;
  readonly overrides: FactorSettings;
  readonly format: EstimateFormat;
}

/** `forcecalc estimate` in the command table (command-table.ts). */
export const estimateCommand: NamedCommandDefinition<EstimateRequest> = {
  options: ['--format', '--set'],
  operands: ONE_SCENARIO,
  synopsis: ['estimate <id|file> [--set factor=value]... [--format FORMAT]'],
  summary: ['one scenario: figures, assumptions, sources'],
  help: `Usage: forcecalc estimate <id|file> [--set factor=value]...
                          [--format table|json|csv|md|geojson] [--scenarios DIR]

One scenario's figures, sectors, coalition, assumptions and sources. <id> names
a file in the scenarios folder (its name without .yaml); anything else is read
as a path. --set replaces a factor, e.g. --set density=5/km --set rotation=3;
its value reads as in a scenario file. geojson prints the drawn sectors (those
with path: or geojson:) as a FeatureCollection with each sector's length,
density and troops; sectors given by a length are listed in undrawnSectors.
For each bound of brigades, the report also gives the km the line can grow (at
the line's own density) before that bound needs one more brigade (nextBrigadeKm;
one number per bound, not a range).

Factors:
${FACTOR_HELP}
`,
  parse(args) {
    const format = readFormat(args, ESTIMATE_FORMATS);
    if (!format.ok) return format;
    const overrides = readOverrides(args);
    if (!overrides.ok) return overrides;
    return read({ ref: args.operands[0] ?? '', overrides: overrides.value, format: format.value });
  },
  run: (request, scenariosDir) => runEstimate(request.ref, request.overrides, request.format, scenariosDir),
};
