/**
 * From a parsed command line to a CommandResult: pick the scenarios folder,
 * run the command its definition names. Reads scenario files; writes nothing
 * (main.ts does).
 */
import type { CommandContext } from './command-definition.js';
import { success, type CommandResult } from './command-result.js';
import { COMMANDS, OVERVIEW, type CommandInvocation, type CommandName, type Invocation } from './command-table.js';
import { helpText } from './help-text.js';
import { resolveScenarioFolder } from './scenario-folder.js';
import { VERSION } from './version.js';

/** Runs a named command's invocation through its own definition. */
function runNamed<Name extends CommandName>(invocation: CommandInvocation<Name>, scenariosDir: string, context: CommandContext): CommandResult {
  return COMMANDS[invocation.command].run(invocation, scenariosDir, context);
}

/** Runs one parsed invocation. The interactive UI is not started here (see main.ts). */
export function runInvocation(invocation: Invocation, context: CommandContext): CommandResult {
  if (invocation.command === 'help') return success(helpText(invocation.topic));
  if (invocation.command === 'version') return success(`${VERSION}\n`);
  const scenariosDir = resolveScenarioFolder(invocation.scenariosDir, context.cwd, context.shippedScenarios);
  if (invocation.command === 'overview') return OVERVIEW.run({}, scenariosDir, context);
  return runNamed(invocation, scenariosDir, context);
}
