/**
 * The command line of DESIGN.md section 3 as a value: which command, its
 * operands and options, or a usage error that says what was expected. Pure:
 * no files are read (a `--set` value is parsed, since a bad one is bad usage).
 */
import type { FactorSettings } from '../core/factors.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { formatProblem, parseFactorAssignment } from '../scenarios/index.js';

/** The commands of DESIGN.md section 3. */
export const COMMAND_NAMES = ['list', 'estimate', 'compare', 'validate', 'check'] as const;
/** One of COMMAND_NAMES. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The formats of `list` (a list has no CSV or Markdown form). */
export const LIST_FORMATS = ['table', 'json'] as const;
/** One of LIST_FORMATS. */
export type ListFormat = (typeof LIST_FORMATS)[number];

/** `--scenarios DIR`, or null for the default folder. */
interface WithFolder {
  readonly scenariosDir: string | null;
}

/** A parsed command line. */
export type Invocation =
  | { readonly command: 'help'; readonly topic: CommandName | null }
  | { readonly command: 'version' }
  /** No command: the overview of every scenario in the folder. */
  | ({ readonly command: 'overview' } & WithFolder)
  | ({ readonly command: 'list'; readonly format: ListFormat } & WithFolder)
  | ({
      readonly command: 'estimate';
      readonly ref: string;
      readonly overrides: FactorSettings;
      readonly format: ReportFormat;
    } & WithFolder)
  | ({ readonly command: 'compare'; readonly refs: readonly string[]; readonly format: ReportFormat } & WithFolder)
  | ({ readonly command: 'validate'; readonly files: readonly string[] } & WithFolder)
  | ({ readonly command: 'check'; readonly refs: readonly string[] } & WithFolder);

/** A parsed command line, or a usage error: what was wrong and what was expected. */
export type ParseResult = { readonly ok: true; readonly invocation: Invocation } | { readonly ok: false; readonly message: string };

type ValueOption = '--format' | '--set' | '--scenarios';
const VALUE_OPTIONS: readonly ValueOption[] = ['--format', '--set', '--scenarios'];

interface OptionValue {
  readonly name: ValueOption;
  readonly value: string;
}

/** What each command accepts: options, formats, and how many scenarios or files. */
interface CommandSpec {
  readonly options: readonly ValueOption[];
  readonly formats: readonly string[];
  readonly operands: { readonly min: number; readonly max: number; readonly what: string };
}

const SPECS: Readonly<Record<CommandName | 'overview', CommandSpec>> = {
  overview: { options: ['--scenarios'], formats: [], operands: { min: 0, max: 0, what: '' } },
  list: { options: ['--scenarios', '--format'], formats: LIST_FORMATS, operands: { min: 0, max: 0, what: '' } },
  estimate: {
    options: ['--scenarios', '--format', '--set'],
    formats: REPORT_FORMATS,
    operands: { min: 1, max: 1, what: 'one scenario: an id in the scenarios folder or a file' },
  },
  compare: {
    options: ['--scenarios', '--format'],
    formats: REPORT_FORMATS,
    operands: { min: 1, max: Infinity, what: 'one or more scenarios: ids in the scenarios folder or files' },
  },
  validate: { options: ['--scenarios'], formats: [], operands: { min: 1, max: Infinity, what: 'one or more scenario files' } },
  check: { options: ['--scenarios'], formats: [], operands: { min: 0, max: Infinity, what: 'scenario ids or files' } },
};

function isCommandName(word: string): word is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(word);
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

/** "a, b or c" */
function oneOf(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

const OPTION_EXAMPLES: Readonly<Record<ValueOption, string>> = {
  '--format': '--format json',
  '--set': '--set density=5/km',
  '--scenarios': '--scenarios ./my-scenarios',
};

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
      if (!isValueOption(name)) {
        error ??= `unknown option "${token}"; expected ${oneOf([...VALUE_OPTIONS, '--help', '--version'])}`;
        continue;
      }
      const value = equals < 0 ? argv[index + 1] : token.slice(equals + 1);
      if (equals < 0) index += 1; // the value was the next argument
      if (value === undefined || value === '') error ??= `${name} needs a value, e.g. ${OPTION_EXAMPLES[name]}`;
      else options.push({ name, value });
    }
  }
  return { operands, options, help, version, error };
}

/** The last value given for an option (a later one overrides an earlier one), or null. */
function lastValue(options: readonly OptionValue[], name: ValueOption): string | null {
  return options.filter((option) => option.name === name).at(-1)?.value ?? null;
}

/** Parses the arguments after `forcecalc` (process.argv.slice(2)). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const tokens = tokenize(argv);
  const first = tokens.operands[0];
  if (tokens.help) return { ok: true, invocation: { command: 'help', topic: first !== undefined && isCommandName(first) ? first : null } };
  if (tokens.version) return { ok: true, invocation: { command: 'version' } };
  if (tokens.error !== null) return { ok: false, message: tokens.error };

  if (first !== undefined && !isCommandName(first)) {
    return { ok: false, message: `unknown command "${first}"; expected ${oneOf(COMMAND_NAMES)}` };
  }
  const command = first ?? 'overview';
  const spec = SPECS[command];
  const operands = tokens.operands.slice(first === undefined ? 0 : 1);

  for (const option of tokens.options) {
    if (!spec.options.includes(option.name)) {
      const takes = spec.options.length === 1 ? `only ${spec.options[0] ?? ''}` : oneOf(spec.options);
      const who = command === 'overview' ? 'forcecalc without a command' : command;
      return { ok: false, message: `${option.name} does not apply to ${who}; it takes ${takes}` };
    }
  }
  if (operands.length < spec.operands.min || operands.length > spec.operands.max) {
    const got = operands.length === 0 ? 'none' : `${operands.length}: ${operands.join(' ')}`;
    return {
      ok: false,
      message:
        spec.operands.max === 0
          ? `${command === 'overview' ? 'forcecalc' : command} takes no arguments; got ${got}`
          : `${command} needs ${spec.operands.what}; got ${got}`,
    };
  }

  const format = lastValue(tokens.options, '--format') ?? 'table';
  if (spec.formats.length > 0 && !spec.formats.includes(format)) {
    return { ok: false, message: `--format for ${command} must be ${oneOf(spec.formats)}; got "${format}"` };
  }

  const overrides: FactorSettings = {};
  for (const option of tokens.options.filter((candidate) => candidate.name === '--set')) {
    const assignment = parseFactorAssignment(option.value);
    if (!assignment.ok) return { ok: false, message: formatProblem(assignment.problem) };
    overrides[assignment.name] = assignment.value;
  }

  const scenariosDir = lastValue(tokens.options, '--scenarios');
  switch (command) {
    case 'overview':
      return { ok: true, invocation: { command, scenariosDir } };
    case 'list':
      return { ok: true, invocation: { command, scenariosDir, format: format as ListFormat } };
    case 'estimate':
      return { ok: true, invocation: { command, scenariosDir, ref: operands[0] ?? '', overrides, format: format as ReportFormat } };
    case 'compare':
      return { ok: true, invocation: { command, scenariosDir, refs: operands, format: format as ReportFormat } };
    case 'validate':
      return { ok: true, invocation: { command, scenariosDir, files: operands } };
    case 'check':
      return { ok: true, invocation: { command, scenariosDir, refs: operands } };
  }
}
