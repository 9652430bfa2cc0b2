/**
 * What a command is, in one place: the options it takes and how they read,
 * how many operands, what it does, and what the help says of it. The parser
 * (parse-args.ts), the dispatcher (run-command.ts) and the help
 * (help-text.ts) are derived from these definitions (command-table.ts), so
 * that a new command is one new definition.
 */
import type { CommandResult } from './command-result.js';
import type { OptionName } from './option-table.js';
import type { TerminalStyle } from './terminal-style.js';

/** A value read from the command line, or the message of a usage error (exit code 2). */
export type OptionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Where a command runs: the current directory and the scenarios shipped with forcecalc. */
export interface CommandContext {
  readonly cwd: string;
  readonly shippedScenarios: string;
  /** Colour and Unicode as decided for stdout (terminal-style.ts). @default PLAIN_STYLE */
  readonly style?: TerminalStyle;
  /** The built worker script the interactive UI computes the uncertainty in; absent, it computes on its own thread. */
  readonly uncertaintyWorker?: string;
}

/** The arguments after the command name, split and checked against the command's options and operand count. */
export interface CommandArguments {
  /** The command the arguments are for, to name it in messages. */
  readonly command: string;
  /** The arguments that are not options, in order (their count already checked). */
  readonly operands: readonly string[];
  /** The last value given for `option` (a later one overrides an earlier one, as wrappers that append their defaults first expect), or null. */
  last(option: OptionName): string | null;
  /** Every value given for `option`, in order. */
  all(option: OptionName): readonly string[];
}

/** How many operands a command takes, and what they are (for "estimate needs one scenario: ..."). */
export interface OperandRule {
  readonly min: number;
  readonly max: number;
  readonly what: string;
}

/** A command: its options and operands, how its request is read, how it runs, and its lines of the general help. */
export interface CommandDefinition<Request extends object> {
  /**
   * The options it takes besides `--scenarios` (which every command takes), in the
   * order a "does not apply" message lists them.
   */
  readonly options: readonly OptionName[];
  readonly operands: OperandRule;
  /**
   * Its usage in the general help, after "forcecalc ": the first line, then
   * continuation lines (indented by the help).
   */
  readonly synopsis: readonly string[];
  /** What it does, as lines of the general help's second column (at most 43 columns each). */
  readonly summary: readonly string[];
  /**
   * The request from the arguments, or a usage message. Pure: a value is read
   * here (a bad one is bad usage), files are not.
   */
  parse(args: CommandArguments): OptionResult<Request>;
  /** Runs the request over `scenariosDir` (already resolved). Returns everything it prints; writes nothing. */
  run(request: Request, scenariosDir: string, context: CommandContext): CommandResult;
}

/** A command named on the command line (all but the overview): it has a help of its own. */
export interface NamedCommandDefinition<Request extends object> extends CommandDefinition<Request> {
  /** `forcecalc <command> --help`: the whole text, lines of at most 80 columns. */
  readonly help: string;
}

/** A successful read. */
export function read<T>(value: T): OptionResult<T> {
  return { ok: true, value };
}

/** Exactly one scenario: what most commands take. */
export const ONE_SCENARIO: OperandRule = { min: 1, max: 1, what: 'one scenario: an id in the scenarios folder or a file' };

/** No operand at all. */
export const NO_OPERANDS: OperandRule = { min: 0, max: 0, what: '' };
