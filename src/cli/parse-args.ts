/**
 * The command line of docs/cli.md as a value: which command, its
 * operands and options, or a usage error that says what was expected. Pure:
 * no files are read (a `--set` value is parsed, since a bad one is bad usage).
 */
import type { SolveForce, SolveTarget } from '../core/analysis/solve.js';
import type { SweepAxis } from '../core/analysis/sweep.js';
import type { FactorSettings } from '../core/factors.js';
import { quoteForMessage } from '../text/sanitize.js';
import { ESTIMATE_FORMATS, MIN_MAP_WIDTH, minimumMapHeight, REPORT_FORMATS, type EstimateFormat, type ReportFormat } from '../report/index.js';
import { formatProblem, parseFactorAssignment } from '../scenarios/index.js';
import { parseSolveForce, parseSolveTarget, parseVaryOptions } from './analysis-options.js';
import { DEFAULT_MAP_SIZE, type MapSize } from './map.js';
import { parseSimulationRequest, type SimulationRequest } from './simulate-options.js';

/** The commands of docs/cli.md. */
export const COMMAND_NAMES = ['list', 'estimate', 'compare', 'map', 'validate', 'check', 'sensitivity', 'sweep', 'solve', 'simulate'] as const;
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
      readonly format: EstimateFormat;
    } & WithFolder)
  | ({ readonly command: 'compare'; readonly refs: readonly string[]; readonly format: ReportFormat } & WithFolder)
  | ({ readonly command: 'map'; readonly ref: string; readonly size: MapSize } & WithFolder)
  | ({ readonly command: 'validate'; readonly files: readonly string[] } & WithFolder)
  | ({ readonly command: 'check'; readonly refs: readonly string[] } & WithFolder)
  | ({ readonly command: 'sensitivity'; readonly ref: string; readonly overrides: FactorSettings; readonly format: ReportFormat } & WithFolder)
  | ({
      readonly command: 'sweep';
      readonly ref: string;
      /** One or two, distinct, none also set with --set. */
      readonly axes: readonly SweepAxis[];
      readonly overrides: FactorSettings;
      readonly format: ReportFormat;
    } & WithFolder)
  | ({
      readonly command: 'solve';
      readonly ref: string;
      readonly target: SolveTarget;
      readonly force: SolveForce;
      readonly overrides: FactorSettings;
      readonly format: ReportFormat;
    } & WithFolder)
  | ({
      readonly command: 'simulate';
      readonly ref: string;
      readonly overrides: FactorSettings;
      readonly request: SimulationRequest;
      readonly format: ReportFormat;
    } & WithFolder);

/** A parsed command line, or a usage error: what was wrong and what was expected. */
export type ParseResult = { readonly ok: true; readonly invocation: Invocation } | { readonly ok: false; readonly message: string };

type ValueOption = '--format' | '--set' | '--scenarios' | '--width' | '--height' | '--vary' | '--for' | '--troops' | '--brigades' | '--samples' | '--seed';
const VALUE_OPTIONS: readonly ValueOption[] = ['--format', '--set', '--scenarios', '--width', '--height', '--vary', '--for', '--troops', '--brigades', '--samples', '--seed'];

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
    formats: ESTIMATE_FORMATS,
    operands: { min: 1, max: 1, what: 'one scenario: an id in the scenarios folder or a file' },
  },
  map: {
    options: ['--scenarios', '--width', '--height'],
    formats: [],
    operands: { min: 1, max: 1, what: 'one scenario: an id in the scenarios folder or a file' },
  },
  compare: {
    options: ['--scenarios', '--format'],
    formats: REPORT_FORMATS,
    operands: { min: 1, max: Infinity, what: 'one or more scenarios: ids in the scenarios folder or files' },
  },
  validate: { options: ['--scenarios'], formats: [], operands: { min: 1, max: Infinity, what: 'one or more scenario files' } },
  check: { options: ['--scenarios'], formats: [], operands: { min: 0, max: Infinity, what: 'scenario ids or files' } },
  sensitivity: {
    options: ['--scenarios', '--format', '--set'],
    formats: REPORT_FORMATS,
    operands: { min: 1, max: 1, what: 'one scenario: an id in the scenarios folder or a file' },
  },
  sweep: {
    options: ['--scenarios', '--format', '--set', '--vary'],
    formats: REPORT_FORMATS,
    operands: { min: 1, max: 1, what: 'one scenario: an id in the scenarios folder or a file' },
  },
  solve: {
    options: ['--scenarios', '--format', '--set', '--for', '--troops', '--brigades'],
    formats: REPORT_FORMATS,
    operands: { min: 1, max: 1, what: 'one scenario: an id in the scenarios folder or a file' },
  },
  simulate: {
    options: ['--scenarios', '--format', '--set', '--samples', '--seed'],
    formats: REPORT_FORMATS,
    operands: { min: 1, max: 1, what: 'one scenario: an id in the scenarios folder or a file' },
  },
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
  '--vary': '--vary density=3..30:10',
  '--for': '--for coverage',
  '--troops': '--troops 20,000',
  '--brigades': '--brigades 4',
  '--samples': '--samples 100,000',
  '--seed': '--seed 7',
  '--scenarios': '--scenarios ./my-scenarios',
  '--width': '--width 100',
  '--height': '--height 40',
};

/** The map's size options: whole numbers of character cells, within these bounds. */
const MAP_SIZE_LIMITS = {
  '--width': { min: MIN_MAP_WIDTH, max: 1000, unit: 'columns', fallback: DEFAULT_MAP_SIZE.width },
  '--height': { min: minimumMapHeight(), max: 1000, unit: 'rows', fallback: DEFAULT_MAP_SIZE.height },
} as const;

/** `--width` or `--height` as a whole number within its bounds (the default when absent), or the usage message. */
function mapDimension(options: readonly OptionValue[], name: '--width' | '--height'): { ok: true; value: number } | { ok: false; message: string } {
  const { min, max, unit, fallback } = MAP_SIZE_LIMITS[name];
  const text = lastValue(options, name);
  if (text === null) return { ok: true, value: fallback };
  const value = /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (value >= min && value <= max) return { ok: true, value };
  return { ok: false, message: `${name} must be a whole number of ${unit} from ${min} to ${max}; got ${quoteForMessage(text)}` };
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
      if (!isValueOption(name)) {
        error ??= `unknown option ${quoteForMessage(token)}; expected ${oneOf([...VALUE_OPTIONS, '--help', '--version'])}`;
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

/** The last value given for an option (a later one overrides an earlier one, as wrappers that append their defaults first expect), or null. */
function lastValue(options: readonly OptionValue[], name: ValueOption): string | null {
  return options.filter((option) => option.name === name).at(-1)?.value ?? null;
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
  if (operands.length < spec.operands.min || operands.length > spec.operands.max || operands.includes('')) {
    const got =
      operands.length === 0
        ? 'none'
        : operands.includes('')
          ? 'an empty argument'
          : `${operands.length}: ${operands.map((operand) => quoteForMessage(operand)).join(' ')}`;
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
    return { ok: false, message: `--format for ${command} must be ${oneOf(spec.formats)}; got ${quoteForMessage(format)}` };
  }

  const overrides: FactorSettings = {};
  for (const option of tokens.options.filter((candidate) => candidate.name === '--set')) {
    const assignment = parseFactorAssignment(option.value);
    if (!assignment.ok) return { ok: false, message: formatProblem(assignment.problem) };
    overrides[assignment.name] = assignment.value;
  }

  const width = mapDimension(tokens.options, '--width');
  if (!width.ok) return width;
  const height = mapDimension(tokens.options, '--height');
  if (!height.ok) return height;

  const scenariosDir = lastValue(tokens.options, '--scenarios');
  switch (command) {
    case 'overview':
      return { ok: true, invocation: { command, scenariosDir } };
    case 'list':
      return { ok: true, invocation: { command, scenariosDir, format: format as ListFormat } };
    case 'estimate':
      return { ok: true, invocation: { command, scenariosDir, ref: operands[0] ?? '', overrides, format: format as EstimateFormat } };
    case 'compare':
      return { ok: true, invocation: { command, scenariosDir, refs: operands, format: format as ReportFormat } };
    case 'map':
      return { ok: true, invocation: { command, scenariosDir, ref: operands[0] ?? '', size: { width: width.value, height: height.value } } };
    case 'validate':
      return { ok: true, invocation: { command, scenariosDir, files: operands } };
    case 'check':
      return { ok: true, invocation: { command, scenariosDir, refs: operands } };
    case 'sensitivity':
      return { ok: true, invocation: { command, scenariosDir, ref: operands[0] ?? '', overrides, format: format as ReportFormat } };
    case 'sweep': {
      const varied = tokens.options.filter((option) => option.name === '--vary').map((option) => option.value);
      const axes = parseVaryOptions(varied, overrides);
      if (!axes.ok) return axes;
      return { ok: true, invocation: { command, scenariosDir, ref: operands[0] ?? '', axes: axes.value, overrides, format: format as ReportFormat } };
    }
    case 'solve': {
      const target = parseSolveTarget(lastValue(tokens.options, '--for'));
      if (!target.ok) return target;
      const force = parseSolveForce(lastValue(tokens.options, '--troops'), lastValue(tokens.options, '--brigades'));
      if (!force.ok) return force;
      const request = { target: target.value, force: force.value, overrides, format: format as ReportFormat };
      return { ok: true, invocation: { command, scenariosDir, ref: operands[0] ?? '', ...request } };
    }
    case 'simulate': {
      const request = parseSimulationRequest(lastValue(tokens.options, '--samples'), lastValue(tokens.options, '--seed'));
      if (!request.ok) return request;
      return { ok: true, invocation: { command, scenariosDir, ref: operands[0] ?? '', overrides, request: request.value, format: format as ReportFormat } };
    }
  }
}
