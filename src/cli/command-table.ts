/**
 * The commands of forcecalc, one entry each. The parser, the dispatcher and
 * the help are derived from this table: a new command is a new definition in
 * commands/ and one line here; the compiler then types its invocation.
 */
import type { CommandDefinition, NamedCommandDefinition } from './command-definition.js';
import { checkCommand } from './commands/check.js';
import { compareCommand } from './commands/compare.js';
import { estimateCommand } from './commands/estimate.js';
import { listCommand } from './commands/list.js';
import { mapCommand } from './commands/map.js';
import { overviewCommand } from './commands/overview.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { simulateCommand } from './commands/simulate.js';
import { solveCommand } from './commands/solve.js';
import { sweepCommand } from './commands/sweep.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';

/** In the order of the help and of the "unknown command" message. */
const DEFINITIONS = {
  list: listCommand,
  estimate: estimateCommand,
  compare: compareCommand,
  map: mapCommand,
  validate: validateCommand,
  check: checkCommand,
  sensitivity: sensitivityCommand,
  sweep: sweepCommand,
  solve: solveCommand,
  simulate: simulateCommand,
  timeline: timelineCommand,
};

/** A command named on the command line. */
export type CommandName = keyof typeof DEFINITIONS;

type RequestOf<Definition> = Definition extends CommandDefinition<infer Request> ? Request : never;

/** What each command is asked, as its parse returns it. */
export type CommandRequests = { [Name in CommandName]: RequestOf<(typeof DEFINITIONS)[Name]> };

/**
 * The table, typed so that `COMMANDS[name]` is the definition of that name's
 * request (which lets run-command.ts pass an invocation to its own command).
 */
export const COMMANDS: { readonly [Name in CommandName]: NamedCommandDefinition<CommandRequests[Name]> } = DEFINITIONS;

/** The command names, in table order. */
export const COMMAND_NAMES = Object.keys(COMMANDS) as readonly CommandName[];

/** `forcecalc` without a command (main.ts opens the interactive calculator instead in a terminal). */
export const OVERVIEW: CommandDefinition<RequestOf<typeof overviewCommand>> = overviewCommand;

/** True when `word` names a command. */
export function isCommandName(word: string): word is CommandName {
  return Object.hasOwn(COMMANDS, word);
}

/** `--scenarios DIR`, or null for the default folder: every command takes it. */
interface WithFolder {
  readonly scenariosDir: string | null;
}

/** One command's invocation: its name, the folder, and its request. */
export type CommandInvocation<Name extends CommandName> = { readonly command: Name } & WithFolder & CommandRequests[Name];

/** No command: the overview of every scenario in the folder. */
export type OverviewInvocation = { readonly command: 'overview' } & WithFolder;

/** A parsed command line. */
export type Invocation =
  | { readonly command: 'help'; readonly topic: CommandName | null }
  | { readonly command: 'version' }
  | OverviewInvocation
  | { [Name in CommandName]: CommandInvocation<Name> }[CommandName];
