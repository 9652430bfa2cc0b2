/**
 * Every `--set` of a command line, factors and a scenario's own inputs
 * (`sector[name].length=...`, `coalition[name]=none`), and the one scenario a
 * command runs on with them applied. The factors stay overrides (the report
 * says where each came from); the inputs change the scenario itself.
 */
import type { FactorSettings } from '../core/factors.js';
import { applyScenarioEdits } from '../core/scenario-edit.js';
import type { Scenario } from '../core/scenario.js';
import { formatProblem, parseSetting, resolveInputAssignments, type InputAssignment } from '../scenarios/index.js';
import { read, type CommandArguments, type OptionResult } from './command-definition.js';
import { invalidScenarios, usageError, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';
import { uncountableOverrides } from './uncountable-overrides.js';

/** What `--set` asked: factor values (a later one for a factor wins) and input changes, in order. */
export interface Settings {
  readonly factors: FactorSettings;
  readonly inputs: readonly InputAssignment[];
}

/** No `--set` at all. */
export const NO_SETTINGS: Settings = { factors: {}, inputs: [] };

/** Every `--set`, values read as in a scenario file; the first bad one is bad usage. */
export function readSettings(args: CommandArguments): OptionResult<Settings> {
  const factors: FactorSettings = {};
  const inputs: InputAssignment[] = [];
  for (const text of args.all('--set')) {
    const result = parseSetting(text);
    if (!result.ok) return { ok: false, message: formatProblem(result.problem) };
    if (result.setting.kind === 'factor') factors[result.setting.assignment.name] = result.setting.assignment.value;
    else inputs.push(result.setting.assignment);
  }
  return read({ factors, inputs });
}

/**
 * The scenario's sources, then a line per input `--set` changed: every
 * report lists its sources, so a briefing printed with a changed sector or
 * pledge says so, and says it was this run's, not the file's.
 */
function withChangesNamed(scenario: Scenario, inputs: readonly InputAssignment[]): Scenario {
  if (inputs.length === 0) return scenario;
  return { ...scenario, sources: [...scenario.sources, ...inputs.map((input) => `Changed for this run: --set ${input.text}`)] };
}

/** The scenario a command runs on, or what the command prints instead. */
export type SetScenario = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly result: CommandResult };

/**
 * Loads `ref` (an id in `scenariosDir`, or a path) and applies the inputs of
 * `settings`: an invalid file exits 1; a name the scenario does not have is bad
 * usage (exit 2), with the closest name; totals past what can be counted
 * exactly, with `factors` (the command's overrides, --vary's envelope
 * included) and the inputs, exit 1 naming `option`.
 */
export function loadSetScenario(ref: string, settings: Settings, scenariosDir: string, factors: FactorSettings = settings.factors, option = '--set'): SetScenario {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const loaded = scenarios[0];
  if (problems.length > 0 || loaded === undefined) return { ok: false, result: invalidScenarios(problems) };
  const resolved = resolveInputAssignments(loaded, settings.inputs);
  if (!resolved.ok) return { ok: false, result: usageError(resolved.problems.map(formatProblem).join('\n')) };
  const scenario = withChangesNamed(applyScenarioEdits(loaded, resolved.edits), settings.inputs);
  const uncountable = uncountableOverrides(scenario, factors, option, resolved.edits.length > 0);
  return uncountable === null ? { ok: true, scenario } : { ok: false, result: uncountable };
}
