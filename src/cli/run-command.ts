/**
 * From a parsed command line to a CommandResult: pick the scenarios folder,
 * run the command. Reads scenario files; writes nothing (main.ts does).
 */
import { helpText } from './help-text.js';
import { success, type CommandResult } from './command-result.js';
import { runCheck } from './check.js';
import { runCompare } from './compare.js';
import { runEstimate } from './estimate.js';
import { runList } from './list.js';
import { runOverview } from './overview.js';
import type { Invocation } from './parse-args.js';
import { resolveScenarioFolder } from './scenario-folder.js';
import { runValidate } from './validate.js';
import { VERSION } from './version.js';

/** Where the command runs: the current directory and the scenarios shipped with forcecalc. */
export interface CommandContext {
  readonly cwd: string;
  readonly shippedScenarios: string;
}

/** Runs one parsed invocation. The interactive UI is not started here (see main.ts). */
export function runInvocation(invocation: Invocation, context: CommandContext): CommandResult {
  if (invocation.command === 'help') return success(helpText(invocation.topic));
  if (invocation.command === 'version') return success(`${VERSION}\n`);
  const dir = resolveScenarioFolder(invocation.scenariosDir, context.cwd, context.shippedScenarios);
  switch (invocation.command) {
    case 'overview':
      return runOverview(dir);
    case 'list':
      return runList(dir, invocation.format);
    case 'estimate':
      return runEstimate(invocation.ref, invocation.overrides, invocation.format, dir);
    case 'compare':
      return runCompare(invocation.refs, invocation.format, dir);
    case 'validate':
      return runValidate(invocation.files, dir);
    case 'check':
      return runCheck(invocation.refs, dir);
  }
}
