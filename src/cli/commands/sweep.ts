/**
 * `forcecalc sweep <id|file> --vary factor=from..to[:steps]`: a one- or
 * two-way data table of brigades and troops, with `--set` overrides held in
 * every cell. The axes are checked when the command line is read.
 */
import { sweep, type SweepAxis } from '../../core/analysis/sweep.js';
import type { FactorSettings } from '../../core/factors.js';
import { formatSweep, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { parseVaryOptions } from '../analysis-options.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { success, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { readSettings, loadSetScenario, type Settings } from '../scenario-settings.js';

/** The data table of one scenario (an id in `scenariosDir`, or a path) over `axes`. */
export function runSweep(
  ref: string,
  axes: readonly SweepAxis[],
  settings: Settings,
  format: ReportFormat,
  scenariosDir: string,
): CommandResult {
  // Every cell lies within the estimate with each varied factor over its whole axis.
  const envelope: FactorSettings = { ...settings.factors };
  for (const axis of axes) envelope[axis.factor] = { min: Math.min(axis.from, axis.to), max: Math.max(axis.from, axis.to) };
  const loaded = loadSetScenario(ref, settings, scenariosDir, envelope, '--set and --vary');
  if (!loaded.ok) return loaded.result;
  return success(formatSweep(sweep(loaded.scenario, axes, { overrides: settings.factors, overrideSource: OVERRIDE_SOURCE }), format));
}

/** What `sweep` was asked. */
export interface SweepRequest {
  readonly ref: string;
  /** One or two, distinct, none also set with --set. */
  readonly axes: readonly SweepAxis[];
  readonly settings: Settings;
  readonly format: ReportFormat;
}

/** `forcecalc sweep` in the command table (command-table.ts). */
export const sweepCommand: NamedCommandDefinition<SweepRequest> = {
  options: ['--format', '--set', '--vary'],
  operands: ONE_SCENARIO,
  synopsis: ['sweep <id|file> --vary factor=from..to[:steps] [--vary ...]', '[--set factor=value]... [--format FORMAT]'],
  summary: ['brigades and troops over a grid of values'],
  help: `Usage: forcecalc sweep <id|file> --vary factor=from..to[:steps] [--vary ...]
                       [--set factor=value]... [--format table|json|csv|md]
                       [--scenarios DIR]

A data table, as in a spreadsheet: one --vary gives a row per value, two give a
grid (rows: the first, columns: the second) for brigades and one for line
troops. Each cell is the estimate with those values set, as --set would; other
factors as in the scenario or --set. steps: values per axis, both ends
included, 2 to 50 (default 5); brigade size takes whole values. Values read as
in a scenario file: --vary density=3..30:10, --vary "brigadeSize=3,000..5,000".
A wide grid overflows 80 columns; --format csv suits it.
`,
  parse(args) {
    const format = readFormat(args, REPORT_FORMATS);
    if (!format.ok) return format;
    const settings = readSettings(args);
    if (!settings.ok) return settings;
    const axes = parseVaryOptions(args.all('--vary'), settings.value.factors);
    if (!axes.ok) return axes;
    return read({ ref: args.operands[0] ?? '', axes: axes.value, settings: settings.value, format: format.value });
  },
  run: (request, scenariosDir) => runSweep(request.ref, request.axes, request.settings, request.format, scenariosDir),
};
