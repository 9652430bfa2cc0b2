/**
 * The entry of the interactive UI, started (by main.ts) when stdin and stdout
 * are both terminals and no command is given. The UI is loaded with a dynamic
 * import(), so that Ink and React stay out of the start-up of every other
 * command (scripts/build.mjs puts them in a chunk of their own).
 */
import { join } from 'node:path';
import { importUi } from './import-ui.js';
import { loadScenarioDir } from '../scenarios/index.js';
import type { CommandResult } from './command-result.js';
import type { OverviewInvocation } from './command-table.js';
import type { CommandContext } from './command-definition.js';
import { LOCAL_SCENARIOS, resolveScenarioFolder } from './scenario-folder.js';
import { PLAIN_STYLE } from './terminal-style.js';

/**
 * Runs the calculator over the scenarios folder until the planner quits. Files
 * that do not load are listed in the UI with their problems rather than
 * stopping it: a planner can still work with the others.
 */
export async function runInteractive(
  invocation: OverviewInvocation,
  context: CommandContext,
): Promise<CommandResult> {
  const scenariosDir = resolveScenarioFolder(invocation.scenariosDir, context.cwd, context.shippedScenarios);
  const { scenarios, problems } = loadScenarioDir(scenariosDir);
  // The shipped folder belongs to the installation: a scenario saved while browsing it goes to ./scenarios
  // (created on the first save), which the next start then lists.
  const saveDir = scenariosDir === context.shippedScenarios ? join(context.cwd, LOCAL_SCENARIOS) : scenariosDir;
  const ui = await importUi();
  const exitCode = await ui.runInteractive({
    scenariosDir,
    saveDir,
    scenarios,
    problems,
    color: (context.style ?? PLAIN_STYLE).colour,
    uncertaintyWorker: context.uncertaintyWorker,
  });
  return { stdout: '', stderr: '', exitCode };
}

