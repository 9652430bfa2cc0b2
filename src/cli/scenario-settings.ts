/**
 * Every `--set` of a command line, factors and a scenario's own inputs
 * (`sector[name].length=...`, `coalition[name]=none`), and the one scenario a
 * command runs on with them applied. The factors stay overrides (the report
 * says where each came from); the inputs change the scenario itself.
 */
import type { FactorSettings } from '../core/factors.js';
import { applyScenarioEdits, type ScenarioEdit } from '../core/scenario-edit.js';
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
  const read = loadEditedScenario(ref, settings, scenariosDir);
  return read.ok ? countableSetScenario(read.loaded, read.edits, settings, factors, option) : read;
}

/** A scenario as its file has it, and the edits `--set` makes to it, the names found. */
export type EditedScenario =
  | { readonly ok: true; readonly loaded: Scenario; readonly edits: readonly ScenarioEdit[] }
  | { readonly ok: false; readonly result: CommandResult };

/**
 * The first half of loadSetScenario: loads `ref` and finds the names of the
 * inputs of `settings` in it (an invalid file exits 1, a name it does not
 * have is bad usage), for a command that has more to find in the file
 * before the edits are applied (sweep's --vary).
 */
export function loadEditedScenario(ref: string, settings: Settings, scenariosDir: string): EditedScenario {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const loaded = scenarios[0];
  if (problems.length > 0 || loaded === undefined) return { ok: false, result: invalidScenarios(problems) };
  const resolved = resolveInputAssignments(loaded, settings.inputs);
  if (!resolved.ok) return { ok: false, result: usageError(resolved.problems.map(formatProblem).join('\n')) };
  return { ok: true, loaded, edits: resolved.edits };
}

/**
 * The second half of loadSetScenario: `loaded` with `edits` applied and named
 * among its sources, refused (exit 1, naming `option`) when `factors` or the
 * edits take a total past what can be counted exactly; `envelope`, edits of
 * the edited scenario, widen that check only (sweep's input axes over their
 * whole ranges).
 */
export function countableSetScenario(
  loaded: Scenario,
  edits: readonly ScenarioEdit[],
  settings: Settings,
  factors: FactorSettings,
  option: string,
  envelope: readonly ScenarioEdit[] = [],
): SetScenario {
  const scenario = withChangesNamed(applyScenarioEdits(loaded, edits), settings.inputs);
  const uncountable = uncountableOverrides(applyScenarioEdits(scenario, envelope), factors, option, edits.length + envelope.length > 0);
  return uncountable === null ? { ok: true, scenario } : { ok: false, result: uncountable };
}
