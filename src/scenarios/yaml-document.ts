import { LineCounter, parseDocument, type ParsedNode, type YAMLError } from 'yaml';
import { quoteForMessage, sanitizeText } from '../text/sanitize.js';
import { checkNesting, MAX_BLOCK_COLUMN, MAX_FLOW_DEPTH } from './nesting-depth.js';
import type { Problem } from './problem.js';
import { lineCounterFor } from './text-lines.js';
import { reportYamlFeatures } from './yaml-features.js';
import type { NodeReader } from './yaml-nodes.js';

/**
 * From text to a YAML tree the scenario reader can walk, or the problems
 * that stop it: too large, binary, nested too deep (checked before the
 * parser runs), not YAML 1.2, several documents, empty; then every parser
 * error and warning with its position, and every alias, anchor and tag.
 */

/**
 * Scenario files are small; anything larger is refused before it is parsed:
 * files by their size in bytes, text in memory by its length (never more
 * characters than the bytes it came from).
 */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** The document's contents with a reader (which may already hold alias and tag problems), or what stopped the parse. */
export type ParsedYaml =
  | { readonly ok: true; readonly reader: NodeReader; readonly contents: ParsedNode }
  | { readonly ok: false; readonly problems: Problem[] };

/** C0 controls other than tab, line feed and carriage return, and DEL: binary data, not text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** What a whole scenario file should be, for messages about its shape. */
export const SCENARIO_SHAPE = 'a scenario: a mapping with title and sectors';

/** What stands at `offset`, for `received`: the rest of its line, at most `maxLength` characters. */
function snippetAt(text: string, offset: number, maxLength = 40): string {
  if (offset >= text.length) return 'the end of the file';
  const line = (text.slice(offset, offset + maxLength).split(/\r?\n/)[0] ?? '').trimEnd();
  return line === '' ? 'the end of the line' : quoteForMessage(line);
}

function expectedFor(error: YAMLError): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'indentation with spaces (YAML allows no tabs there)';
    case 'MULTIPLE_DOCS':
      return 'one scenario per file (a second YAML document starts here)';
    default: {
      const message = sanitizeText(error.message.split('\n')[0] ?? '').trim();
      return `valid YAML (${message.length > 120 ? `${message.slice(0, 119)}…` : message})`;
    }
  }
}

function atOffset(file: string, counter: LineCounter, offset: number, expected: string, received: string): Problem {
  const { line, col } = counter.linePos(offset);
  return { file, line, column: col, path: '', expected, received };
}

function wholeFile(file: string, expected: string, received: string): Problem {
  return { file, line: 0, column: 0, path: '', expected, received };
}

/** Checks that need no parser: size, binary data, nesting. */
function precheck(file: string, text: string): Problem | null {
  if (text.length > MAX_SCENARIO_BYTES) {
    return wholeFile(file, 'a file of at most 1 MiB', `${(text.length / MAX_SCENARIO_BYTES).toFixed(1)} MiB`);
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control !== null) {
    const code = control[0].charCodeAt(0);
    const received = code === 0 ? 'a NUL byte' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return atOffset(file, lineCounterFor(text), control.index, 'a text file (binary data cannot be a scenario)', received);
  }
  if (text.trim() === '') return wholeFile(file, SCENARIO_SHAPE, 'an empty file');
  const nesting = checkNesting(text);
  if (!nesting.ok) {
    const expected =
      nesting.kind === 'flow'
        ? `[ and { nested at most ${MAX_FLOW_DEPTH} deep`
        : `indentation of at most ${MAX_BLOCK_COLUMN} columns`;
    return atOffset(file, lineCounterFor(text), nesting.offset, expected, snippetAt(text, nesting.offset, 20));
  }
  return null;
}

/**
 * Runs `parse` with Error.stackTraceLimit at 0, then puts it back. yaml makes
 * an Error for each problem it finds, and 1 MiB of bad YAML holds 500,000 of
 * them: capturing a stack trace for each doubled the time of the parse (17 s),
 * for traces no one reads (the errors become problems with a position).
 */
function withoutStackTraces<T>(parse: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Parses scenario text as YAML 1.2 (core schema: `yes` is text, `010` is
 * ten). A byte-order mark is dropped; CRLF line ends work. Never throws for
 * any text, but does not catch programmer errors: the loader does that.
 */
export function parseScenarioYaml(text: string, file: string): ParsedYaml {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const early = precheck(file, source);
  if (early !== null) return { ok: false, problems: [early] };

  const lineCounter = new LineCounter();
  const document = withoutStackTraces(() => parseDocument(source, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: false,
    // yaml checks each key against every earlier one: 60,000 keys took 29 s. The reader finds
    // duplicates in one pass instead (readMapping), with the field's path.
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    resolveKnownTags: false,
    // Not 'silent': that level also drops the error for a second document.
    logLevel: 'error',
  }));
  const problems: Problem[] = [];
  for (const error of [...document.errors, ...document.warnings]) {
    // Tags are reported with the field they stand on, below.
    if (error.code === 'TAG_RESOLVE_FAILED') continue;
    const received = error.code === 'TAB_AS_INDENT' ? 'a tab' : snippetAt(source, error.pos[0]);
    problems.push(atOffset(file, lineCounter, error.pos[0], expectedFor(error), received));
  }
  const directive = document.directives.yaml;
  if (directive.explicit === true && directive.version !== '1.2') {
    const offset = Math.max(0, source.indexOf('%YAML'));
    problems.push(atOffset(file, lineCounter, offset, 'YAML 1.2 (remove the %YAML directive)', quoteForMessage(`%YAML ${directive.version}`)));
  }
  if (problems.length > 0) return { ok: false, problems };

  const contents = document.contents;
  if (contents === null) return { ok: false, problems: [wholeFile(file, SCENARIO_SHAPE, 'a file with only comments')] };
  const reader: NodeReader = { file, text: source, lineCounter, problems };
  reportYamlFeatures(reader, contents, '');
  return { ok: true, reader, contents };
}
