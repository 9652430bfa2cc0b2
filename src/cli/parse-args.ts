/**
 * The command line as a value: which command, its operands and options, or a
 * usage error that says what was expected. What each command takes comes
 * from its definition (command-table.ts); this file only splits the
 * arguments and applies the rules every command shares. Pure: no files are
 * read (a `--set` value is parsed, since a bad one is bad usage).
 */
import { quoteForMessage } from '../text/sanitize.js';
import type { CommandArguments, CommandDefinition, OperandRule, OptionResult } from './command-definition.js';
import {
  COMMAND_NAMES,
  COMMANDS,
  isCommandName,
  OVERVIEW,
  type CommandName,
  type Invocation,
} from './command-table.js';
import { oneOf } from './common-options.js';
import { isOptionName, OPTIONS, UNKNOWN_OPTION_ORDER, type OptionName } from './option-table.js';

/** A parsed command line, or a usage error: what was wrong and what was expected. */
export type ParseResult = { readonly ok: true; readonly invocation: Invocation } | { readonly ok: false; readonly message: string };

interface OptionValue {
  readonly name: OptionName;
  readonly value: string;
}

interface Tokens {
  readonly operands: readonly string[];
  readonly options: readonly OptionValue[];
  readonly help: boolean;
  readonly version: boolean;
  /** The first malformed token; reported unless --help or --version asks for something else. */
  readonly error: string | null;
}

/** Splits the arguments into operands and options (`--name value` or `--name=value`; `--` ends options). */
function tokenize(argv: readonly string[]): Tokens {
  const operands: string[] = [];
  const options: OptionValue[] = [];
  let help = false;
  let version = false;
  let error: string | null = null;
  let endOfOptions = false;
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index] ?? '';
    if (endOfOptions || token === '-' || !token.startsWith('-')) {
      operands.push(token);
    } else if (token === '--') {
      endOfOptions = true;
    } else if (token === '--help' || token === '-h') {
      help = true;
    } else if (token === '--version') {
      version = true;
    } else {
      const equals = token.indexOf('=');
      const name = equals < 0 ? token : token.slice(0, equals);
      if (!isOptionName(name)) {
        error ??= `unknown option ${quoteForMessage(token)}; expected ${oneOf([...UNKNOWN_OPTION_ORDER, '--help', '--version'])}`;
        continue;
      }
      const value = equals < 0 ? argv[index + 1] : token.slice(equals + 1);
      if (equals < 0) index += 1; // the value was the next argument
      if (value === undefined || value === '') error ??= `${name} needs a value, e.g. ${OPTIONS[name].example}`;
      else options.push({ name, value });
    }
  }
  return { operands, options, help, version, error };
}

/** The usage message when the operands do not fit `rule`, or null. */
function operandProblem(command: CommandName | 'overview', operands: readonly string[], rule: OperandRule): string | null {
  if (operands.length >= rule.min && operands.length <= rule.max && !operands.includes('')) return null;
  const got =
    operands.length === 0
      ? 'none'
      : operands.includes('')
        ? 'an empty argument'
        : `${operands.length}: ${operands.map((operand) => quoteForMessage(operand)).join(' ')}`;
  return rule.max === 0
    ? `${command === 'overview' ? 'forcecalc' : command} takes no arguments; got ${got}`
    : `${command} needs ${rule.what}; got ${got}`;
}

/**
 * The arguments of one command checked against its definition: every option
 * one it takes, as many operands as it needs. Then the definition reads them.
 */
function parseCommand<Request extends object>(
  command: CommandName | 'overview',
  definition: CommandDefinition<Request>,
  tokens: Tokens,
  operands: readonly string[],
): OptionResult<Request> {
  const takes: readonly OptionName[] = ['--scenarios', ...definition.options];
  for (const option of tokens.options) {
    if (!takes.includes(option.name)) {
      const list = takes.length === 1 ? `only ${takes[0] ?? ''}` : oneOf(takes);
      const who = command === 'overview' ? 'forcecalc without a command' : command;
      return { ok: false, message: `${option.name} does not apply to ${who}; it takes ${list}` };
    }
  }
  const problem = operandProblem(command, operands, definition.operands);
  if (problem !== null) return { ok: false, message: problem };
  const args: CommandArguments = {
    command,
    operands,
    all: (name) => tokens.options.filter((option) => option.name === name).map((option) => option.value),
    last: (name) => tokens.options.filter((option) => option.name === name).at(-1)?.value ?? null,
  };
  return definition.parse(args);
}

/** `forcecalc <name> ...`: the named command's invocation, typed by its definition. */
function parseNamedCommand<Name extends CommandName>(name: Name, tokens: Tokens, scenariosDir: string | null): ParseResult {
  const request = parseCommand(name, COMMANDS[name], tokens, tokens.operands.slice(1));
  if (!request.ok) return request;
  // One member of Invocation, CommandInvocation<Name>; the compiler cannot tell which for a generic Name.
  return { ok: true, invocation: { ...request.value, command: name, scenariosDir } as Invocation };
}

/** Parses the arguments after `forcecalc` (process.argv.slice(2)). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const tokens = tokenize(argv);
  const first = tokens.operands[0];
  // Checked before --help and --version, so that a mistyped command in a script never exits 0.
  if (first !== undefined && !isCommandName(first)) {
    return { ok: false, message: `unknown command ${quoteForMessage(first)}; expected ${oneOf(COMMAND_NAMES)}` };
  }
  if (tokens.help) return { ok: true, invocation: { command: 'help', topic: first ?? null } };
  if (tokens.version) return { ok: true, invocation: { command: 'version' } };
  if (tokens.error !== null) return { ok: false, message: tokens.error };
  const scenariosDir = tokens.options.filter((option) => option.name === '--scenarios').at(-1)?.value ?? null;
  if (first !== undefined) return parseNamedCommand(first, tokens, scenariosDir);
  const overview = parseCommand('overview', OVERVIEW, tokens, tokens.operands);
  return overview.ok ? { ok: true, invocation: { command: 'overview', scenariosDir } } : overview;
}
