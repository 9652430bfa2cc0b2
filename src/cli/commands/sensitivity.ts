/**
 * `forcecalc sensitivity <id|file>`: each uncertain input's swing of
 * committed brigades and troops (and the shortfall), a tornado, with `--set`
 * overrides, in the chosen format.
 */
import { sensitivity } from '../../core/analysis/sensitivity.js';
import { formatSensitivity, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { success, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { readSettings, loadSetScenario, type Settings } from '../scenario-settings.js';

/** The tornado of one scenario (an id in `scenariosDir`, or a path) with `settings` (`--set`) applied. */
export function runSensitivity(ref: string, settings: Settings, format: ReportFormat, scenariosDir: string): CommandResult {
  const loaded = loadSetScenario(ref, settings, scenariosDir);
  if (!loaded.ok) return loaded.result;
  const { scenario } = loaded;
  const overrides = settings.factors;
  return success(formatSensitivity(sensitivity(scenario, { overrides, overrideSource: OVERRIDE_SOURCE }), format));
}

/** What `sensitivity` was asked. */
export interface SensitivityRequest {
  readonly ref: string;
  readonly settings: Settings;
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
    const settings = readSettings(args);
    if (!settings.ok) return settings;
    return read({ ref: args.operands[0] ?? '', settings: settings.value, format: format.value });
  },
  run: (request, scenariosDir) => runSensitivity(request.ref, request.settings, request.format, scenariosDir),
};
