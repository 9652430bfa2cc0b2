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
import { runMap } from './map.js';
import { runOverview } from './overview.js';
import type { Invocation } from './parse-args.js';
import { resolveScenarioFolder } from './scenario-folder.js';
import { runSensitivity } from './sensitivity.js';
import { runSimulate } from './simulate.js';
import { runSolve } from './solve.js';
import { runSweep } from './sweep.js';
import { PLAIN_STYLE, type TerminalStyle } from './terminal-style.js';
import { runValidate } from './validate.js';
import { VERSION } from './version.js';

/** Where the command runs: the current directory and the scenarios shipped with forcecalc. */
export interface CommandContext {
  readonly cwd: string;
  readonly shippedScenarios: string;
  /** Colour and Unicode as decided for stdout (terminal-style.ts). @default PLAIN_STYLE */
  readonly style?: TerminalStyle;
  /** The built worker script the interactive UI computes the uncertainty in; absent, it computes on its own thread. */
  readonly uncertaintyWorker?: string;
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
    case 'map':
      return runMap(invocation.ref, invocation.size, dir, context.style ?? PLAIN_STYLE);
    case 'validate':
      return runValidate(invocation.files, dir);
    case 'check':
      return runCheck(invocation.refs, dir);
    case 'sensitivity':
      return runSensitivity(invocation.ref, invocation.overrides, invocation.format, dir);
    case 'sweep':
      return runSweep(invocation.ref, invocation.axes, invocation.overrides, invocation.format, dir);
    case 'solve':
      return runSolve(invocation.ref, invocation, dir);
    case 'simulate':
      return runSimulate(invocation.ref, invocation.overrides, invocation.request, invocation.format, dir);
  }
}
