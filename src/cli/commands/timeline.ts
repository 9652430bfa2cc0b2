/**
 * `forcecalc timeline <id|file>`: the coalition over time: from what day
 * the pledges can and surely do cover the line, a chart of the troops on the
 * ground against the need, and each step, in the chosen format.
 */
import { estimate } from '../../core/estimate.js';
import { REPORT_FORMATS, type ReportFormat } from '../../report/report-format.js';
import { formatTimeline } from '../../report/timeline-report.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { quoteForMessage } from '../../text/sanitize.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { refused, success, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { loadSetScenario, readSettings, type Settings } from '../scenario-settings.js';

/** The timeline of one scenario (an id in `scenariosDir`, or a path) with `settings` (`--set`) applied. */
export function runTimeline(ref: string, settings: Settings, format: ReportFormat, scenariosDir: string): CommandResult {
  const loaded = loadSetScenario(ref, settings, scenariosDir);
  if (!loaded.ok) return loaded.result;
  const { scenario } = loaded;
  const overrides = settings.factors;
  if (scenario.coalition === null) {
    return refused('timeline', `scenario ${quoteForMessage(scenario.id)} has no coalition: nothing arrives or leaves (add coalition: with arrives: and leaves:)`);
  }
  return success(formatTimeline(estimate(scenario, { overrides, overrideSource: OVERRIDE_SOURCE }), format));
}

/** What `timeline` was asked. */
export interface TimelineRequest {
  readonly ref: string;
  readonly settings: Settings;
  readonly format: ReportFormat;
}

/** `forcecalc timeline` in the command table (command-table.ts). */
export const timelineCommand: NamedCommandDefinition<TimelineRequest> = {
  options: ['--format', '--set'],
  operands: ONE_SCENARIO,
  synopsis: ['timeline <id|file> [--set factor=value]... [--format FORMAT]'],
  summary: ['from what day the pledges cover the line:', 'the steps and a chart'],
  help: `Usage: forcecalc timeline <id|file> [--set factor=value]...
                          [--format table|json|csv|md] [--scenarios DIR]

The coalition over time, from day 0 to the scenario's horizon (365 days unless
it sets horizon:): the first day the pledges can cover the line and the day
from which they surely do to the horizon (coveredFromDay), a chart of the
troops surely and possibly on the ground against the deployed troops needed,
and a step at day 0 and at each day a bound of an arrival or a departure falls,
with the pledged troops, the shortfall and who may or surely arrives or leaves.
A contributor is surely there from the high bound of its arrival to the low
bound of its departure, possibly from the low bound to the high. Days count
from day 0; with start: in the scenario, each step has its date.
json: {scenario, deployedTroops, start, horizonDays, timeline: [{day, date,
pledgedTroops, shortfallTroops}], coveredFromDay: {min, max}, contributors}.
A scenario without a coalition is refused (exit 1).
`,
  parse(args) {
    const format = readFormat(args, REPORT_FORMATS);
    if (!format.ok) return format;
    const settings = readSettings(args);
    if (!settings.ok) return settings;
    return read({ ref: args.operands[0] ?? '', settings: settings.value, format: format.value });
  },
  run: (request, scenariosDir) => runTimeline(request.ref, request.settings, request.format, scenariosDir),
};
