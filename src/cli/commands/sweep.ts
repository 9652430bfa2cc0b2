/**
 * `forcecalc sweep <id|file> --vary factor=from..to[:steps]`: a one- or
 * two-way data table of brigades and troops, with `--set` overrides held in
 * every cell; `--vary 'sector[NAME].length=...'` and the like vary an input
 * of the scenario. The axes are checked when the command line is read, the
 * inputs' names when the scenario is loaded.
 */
import { isFactorAxis, sweep } from '../../core/analysis/sweep.js';
import type { FactorSettings } from '../../core/factors.js';
import { formatSweep, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { parseVaryOptions, type VaryAxis } from '../analysis-options.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { success, usageError, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { countableSetScenario, loadEditedScenario, readSettings, type Settings } from '../scenario-settings.js';
import { axesEnvelope, resolveSweepAxes } from '../sweep-axes.js';

/** The data table of one scenario (an id in `scenariosDir`, or a path) over `vary`. */
export function runSweep(
  ref: string,
  vary: readonly VaryAxis[],
  settings: Settings,
  format: ReportFormat,
  scenariosDir: string,
): CommandResult {
  const read = loadEditedScenario(ref, settings, scenariosDir);
  if (!read.ok) return read.result;
  const axes = resolveSweepAxes(read.loaded, read.edits, vary);
  if (!axes.ok) return usageError(axes.message);
  // Every cell lies within the estimate with each varied factor and input over its whole axis.
  const envelope: FactorSettings = { ...settings.factors };
  for (const axis of axes.axes) if (isFactorAxis(axis)) envelope[axis.factor] = { min: Math.min(axis.from, axis.to), max: Math.max(axis.from, axis.to) };
  const edited = countableSetScenario(read.loaded, read.edits, settings, envelope, '--set and --vary', axesEnvelope(axes.axes));
  if (!edited.ok) return edited.result;
  return success(formatSweep(sweep(edited.scenario, axes.axes, { overrides: settings.factors, overrideSource: OVERRIDE_SOURCE }), format));
}

/** What `sweep` was asked. */
export interface SweepRequest {
  readonly ref: string;
  /** One or two, distinct, no factor also set with --set (inputs are checked against --set once found). */
  readonly axes: readonly VaryAxis[];
  readonly settings: Settings;
  readonly format: ReportFormat;
}

/** `forcecalc sweep` in the command table (command-table.ts). */
export const sweepCommand: NamedCommandDefinition<SweepRequest> = {
  options: ['--format', '--set', '--vary', '--steps'],
  operands: ONE_SCENARIO,
  synopsis: ['sweep <id|file> --vary factor=from..to[:steps] [--vary ...]', '[--steps N] [--set factor=value]... [--format FORMAT]'],
  summary: ['brigades and troops over a grid of values'],
  help: `Usage: forcecalc sweep <id|file> --vary factor=from..to[:steps] [--vary ...]
                       [--steps N] [--set factor=value]...
                       [--format table|json|csv|md] [--scenarios DIR]

A data table, as in a spreadsheet: one --vary gives a row per value, two give a
grid (rows: the first, columns: the second) for brigades and one for line
troops. Each cell is the estimate with those values set, as --set would; other
factors as in the scenario or --set. steps: values per axis, both ends
included, 2 to 50 (default 5, or --steps N for every --vary without its own);
brigade size takes whole values. Values read as in a scenario file:
--vary density=3..30:10, --vary "brigadeSize=3,000..5,000".
--vary also takes a scenario's input, named as --set names it:
  --vary 'sector[NAME].length=100..400 km'   (or .density=3..10/km)
  --vary 'coalition[NAME].troops=0..5,000'   (or .brigades=0..4: whole values)
  --vary 'capability[NAME].need=1..3:5'      (units per its per)
A sweep of a pledge also gives the pledged troops and the shortfall (JSON and
CSV give them in any sweep of a scenario with a coalition).
A wide grid overflows 80 columns; --format csv suits it.
`,
  parse(args) {
    const format = readFormat(args, REPORT_FORMATS);
    if (!format.ok) return format;
    const settings = readSettings(args);
    if (!settings.ok) return settings;
    const axes = parseVaryOptions(args.all('--vary'), settings.value.factors, args.last('--steps'));
    if (!axes.ok) return axes;
    return read({ ref: args.operands[0] ?? '', axes: axes.value, settings: settings.value, format: format.value });
  },
  run: (request, scenariosDir) => runSweep(request.ref, request.axes, request.settings, request.format, scenariosDir),
};
