/**
 * `forcecalc estimate <id|file>`: one scenario's estimate under its factors,
 * with `--set` overrides, in the chosen format (`geojson`: the drawn sectors
 * as a FeatureCollection, which needs the scenario's lines beside the estimate).
 */
import { estimate } from '../../core/estimate.js';
import { ESTIMATE_FORMATS, formatEstimate, formatEstimateGeoJson, type EstimateFormat } from '../../report/index.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { success, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { FACTOR_HELP } from '../factor-help.js';
import { readSettings, loadSetScenario, type Settings } from '../scenario-settings.js';
import { warningLines } from '../warning-lines.js';

/** Estimates one scenario (an id in `scenariosDir`, or a path) with `settings` (`--set`) applied. */
export function runEstimate(ref: string, settings: Settings, format: EstimateFormat, scenariosDir: string): CommandResult {
  const loaded = loadSetScenario(ref, settings, scenariosDir);
  if (!loaded.ok) return loaded.result;
  const { scenario } = loaded;
  const overrides = settings.factors;
  const result = estimate(scenario, { overrides, overrideSource: OVERRIDE_SOURCE });
  const report = success(format === 'geojson' ? formatEstimateGeoJson(scenario, result) : formatEstimate(result, format));
  return { ...report, stderr: warningLines([scenario]) };
}

/** What `estimate` was asked. */
export interface EstimateRequest {
  readonly ref: string;
  readonly settings: Settings;
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
as a path. --set replaces a factor, e.g. --set density=5/km --set rotation=3,
or an input of a sector or contributor named between brackets (or #2 for the
second), its value read as in a scenario file:
  --set 'sector[Zaporizhzhia hot spot].length=200 km'
  --set 'sector[Line of contact].density=5/km'   (none: the scenario density)
  --set 'coalition[France].troops=8,000'          (or .brigades=2)
  --set 'coalition[Poland]=none'                  (Poland leaves the coalition)
sensitivity, sweep, solve, simulate and timeline take the same --set.

geojson prints the drawn sectors (those with path: or geojson:) as a
FeatureCollection with each sector's length, density and troops; sectors given
by a length are listed in undrawnSectors.
For each bound of brigades, the report also gives the km the line can grow (at
the line's own density) before that bound needs one more brigade (nextBrigadeKm;
one number per bound, not a range).

Factors:
${FACTOR_HELP}
`,
  parse(args) {
    const format = readFormat(args, ESTIMATE_FORMATS);
    if (!format.ok) return format;
    const settings = readSettings(args);
    if (!settings.ok) return settings;
    return read({ ref: args.operands[0] ?? '', settings: settings.value, format: format.value });
  },
  run: (request, scenariosDir) => runEstimate(request.ref, request.settings, request.format, scenariosDir),
};
