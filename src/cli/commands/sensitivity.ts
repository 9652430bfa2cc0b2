/**
 * `forcecalc sensitivity <id|file>`: each uncertain input's swing of
 * committed brigades and troops (and the shortfall), a tornado, with `--set`
 * overrides, in the chosen format.
 */
import { sensitivity } from '../../core/analysis/sensitivity.js';
import type { FactorSettings } from '../../core/factors.js';
import { formatSensitivity, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { invalidScenarios, success, type CommandResult } from '../command-result.js';
import { readFormat, readOverrides } from '../common-options.js';
import { loadScenarioRefs } from '../load-scenarios.js';
import { uncountableOverrides } from '../uncountable-overrides.js';

/** The tornado of one scenario (an id in `scenariosDir`, or a path) with `overrides` applied. */
export function runSensitivity(ref: string, overrides: FactorSettings, format: ReportFormat, scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const scenario = scenarios[0];
  if (problems.length > 0 || scenario === undefined) return invalidScenarios(problems);
  const uncountable = uncountableOverrides(scenario, overrides);
  if (uncountable !== null) return uncountable;
  return success(formatSensitivity(sensitivity(scenario, { overrides, overrideSource: OVERRIDE_SOURCE }), format));
}

/** What `sensitivity` was asked. */
export interface SensitivityRequest {
  readonly ref: string;
  readonly overrides: FactorSettings;
  readonly format: ReportFormat;
}

/** `forcecalc sensitivity` in the command table (command-table.ts). */
export const sensitivityCommand: NamedCommandDefinition<SensitivityRequest> = {
  options: ['--format', '--set'],
  operands: ONE_SCENARIO,
  synopsis: ['sensitivity <id|file> [--set factor=value]... [--format FORMAT]'],
  summary: ['which uncertain input moves the figures', 'most (a tornado)'],
  help: `Usage: forcecalc sensitivity <id|file> [--set factor=value]...
                             [--format table|json|csv|md] [--scenarios DIR]

A tornado: each uncertain input (a factor, sector length, sector density or
pledge given as a range or a distribution) from the low to the high end of its
range, every other input at its central value (a range's midpoint, the mode of
a triangular or PERT input, a normal input's mean). For each: committed
brigades, line troops and, with a coalition, the shortfall at either end, and
the swing; sorted by swing, drawn as bars in the table. Notes say where an
input is shared by several sectors (the scenario density) and where it moves a
figure the other way (brigade size). Each value is an estimate of a scenario
of single values, so it lies inside the estimate's range.
`,
  parse(args) {
    const format = readFormat(args, REPORT_FORMATS);
    if (!format.ok) return format;
    const overrides = readOverrides(args);
    if (!overrides.ok) return overrides;
    return read({ ref: args.operands[0] ?? '', overrides: overrides.value, format: format.value });
  },
  run: (request, scenariosDir) => runSensitivity(request.ref, request.overrides, request.format, scenariosDir),
};
