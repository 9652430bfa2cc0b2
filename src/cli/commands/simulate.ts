/**
 * `forcecalc simulate <id|file>`: Monte Carlo over one scenario, with
 * `--set` overrides, `--samples` and `--seed`, in the chosen format.
 */
import { footprintMessage, SimulationTooLargeError } from '../../core/simulation/memory-budget.js';
import { simulate, simulationFits } from '../../core/simulation/simulate.js';
import { REPORT_FORMATS } from '../../report/index.js';
import { formatSimulation, type SimulationFormat } from '../../report/simulation-report.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { refused, success, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { readSettings, loadSetScenario, type Settings } from '../scenario-settings.js';
import { parseSimulationRequest, type SimulationRequest } from '../simulate-options.js';

/** Simulates one scenario (an id in `scenariosDir`, or a path) with `settings` (`--set`) applied. */
export function runSimulate(
  ref: string,
  settings: Settings,
  request: SimulationRequest,
  format: SimulationFormat,
  scenariosDir: string,
): CommandResult {
  const loaded = loadSetScenario(ref, settings, scenariosDir);
  if (!loaded.ok) return loaded.result;
  const { scenario } = loaded;
  const overrides = settings.factors;
  const options = { overrides, overrideSource: OVERRIDE_SOURCE, samples: request.samples, seed: request.seed };
  const footprint = simulationFits(scenario, options);
  if (!footprint.fits) return refused('simulate', footprintMessage(footprint));
  try {
    return success(formatSimulation(simulate(scenario, options), format));
  } catch (error) {
    if (error instanceof SimulationTooLargeError) return refused('simulate', error.message);
    throw error;
  }
}

/** What `simulate` was asked. */
export interface SimulateRequest {
  readonly ref: string;
  readonly settings: Settings;
  readonly request: SimulationRequest;
  readonly format: SimulationFormat;
}

/** `forcecalc simulate` in the command table (command-table.ts). */
export const simulateCommand: NamedCommandDefinition<SimulateRequest> = {
  options: ['--format', '--set', '--samples', '--seed'],
  operands: ONE_SCENARIO,
  synopsis: ['simulate <id|file> [--samples N] [--seed S] [--set factor=value]...', '[--format FORMAT]'],
  summary: ['Monte Carlo: percentiles of each figure,', 'the chance the pledges suffice'],
  help: `Usage: forcecalc simulate <id|file> [--samples N] [--seed S]
                          [--set factor=value]... [--format table|json|csv|md]
                          [--scenarios DIR]

Monte Carlo over the scenario's uncertain inputs: each sample draws every input
from its distribution (a plain range a..b uniformly; uniform(a, b),
triangular(low, mode, high), pert(low, mode, high) and normal(mean, sd) as
written in the file or with --set) and computes every figure as estimate does.
For troops, brigades, air cover, deployed and committed troops, committed
brigades and the coalition's figures: mean, p5, p50, p95 (nearest rank), min
and max; for whole counts the share of samples at each value; and the share of
samples in which the pledges suffice. The scenario density is one draw per
sample shared by every sector without a density of its own.
--samples: 1 to 10,000,000 (default 10,000); a run that would take more than
1 GB of memory is refused (exit 1), saying how many samples fit. --seed: 0 to
4,294,967,295 (default 20250409); the same scenario, settings and seed give the
same output on any machine. json: {scenario, samples, seed,
figures.<name>.{mean, p5, p50, p95, min, max, distribution}, pledgesSuffice}.
`,
  parse(args) {
    const format = readFormat(args, REPORT_FORMATS);
    if (!format.ok) return format;
    const settings = readSettings(args);
    if (!settings.ok) return settings;
    const request = parseSimulationRequest(args.last('--samples'), args.last('--seed'));
    if (!request.ok) return request;
    return read({ ref: args.operands[0] ?? '', settings: settings.value, request: request.value, format: format.value });
  },
  run: (request, scenariosDir) => runSimulate(request.ref, request.settings, request.request, request.format, scenariosDir),
};
