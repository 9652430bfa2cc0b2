import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type Scenario } from '../core/index.js';
import { escapePath, quoteForMessage, sanitizeText } from '../text/sanitize.js';
import { nameWithByteEscapes, utf8Name } from './file-name-bytes.js';
import { GeoJsonFiles } from './geojson-files.js';
import type { Problem } from './problem.js';
import { referencedFileReader } from './read-referenced-file.js';
import { readScenario } from './read-scenario.js';
import type { ReadReferencedFile } from './referenced-file.js';
import { readTextFile } from './read-text-file.js';
import { parseScenarioYaml } from './yaml-document.js';

/**
 * Scenario files (docs/scenario-files.md) into core Scenarios: one file, a
 * folder of them, or text already in memory. Loading never throws and never
 * returns part of a scenario: a file gives a Scenario or all its problems.
 */
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** File name endings of scenario files, in the order an id is looked up. */
export const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** Options of `parseScenarioText`. */
export interface ParseScenarioOptions {
  /** Names the source in problems. */
  readonly file: string;
  /** Becomes the scenario's id. */
  readonly id: string;
  /**
   * Reads the files the scenario refers to (a sector's `geojson:`); without it,
   * such a reference is a problem. loadScenarioFile passes `referencedFileReader`.
   */
  readonly readFile?: ReadReferencedFile;
}

/** The scenario file's problems by position, then those of the files it refers to, in the order found. */
function byPosition(file: string): (a: Problem, b: Problem) => number {
  const rank = (problem: Problem): number => (problem.file === file ? 0 : 1);
  return (a, b) => rank(a) - rank(b) || (rank(a) === 0 ? a.line - b.line || a.column - b.column : 0);
}

function internalError(file: string, error: unknown): Problem {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  const detail = sanitizeText(`${name}: ${message}`).slice(0, 120);
  return { file, line: 0, column: 0, path: '', expected: 'a file forcecalc can read', received: `an internal error (${detail})` };
}

/**
 * Reads a scenario from text (YAML 1.2, or JSON); no I/O of its own: the
 * GeoJSON files sectors name are read through `options.readFile`. `file` names
 * the source in problems; `id` becomes the scenario's id. Problems come sorted
 * by position, those of referenced files after the scenario's own.
 */
export function parseScenarioText(text: string, options: ParseScenarioOptions): LoadResult {
  try {
    const parsed = parseScenarioYaml(text, options.file);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const scenario = readScenario(parsed.reader, parsed.contents, options.id, new GeoJsonFiles(options.readFile ?? null));
    if (scenario === null || parsed.reader.problems.length > 0) {
      return { ok: false, problems: [...parsed.reader.problems].sort(byPosition(options.file)) };
    }
    return { ok: true, scenario };
  } catch (error) {
    // Whatever escapes (a RangeError from a deep stack, a bug) is still a problem, not a crash.
    return { ok: false, problems: [internalError(options.file, error)] };
  }
}

/** A scenario's id: its file name without the extension (`scenarios/baltic.yaml` -> `baltic`). */
export function scenarioId(path: string): string {
  return basename(path, extname(path));
}

/**
 * Loads one scenario file; `file` in problems is `path` as given. A sector's
 * `geojson:` is read relative to the file's folder (read-referenced-file.ts).
 * Never throws.
 */
export function loadScenarioFile(path: string): LoadResult {
  try {
    const read = readTextFile(path);
    if (!read.ok) return { ok: false, problems: [read.problem] };
    return parseScenarioText(read.text, { file: path, id: scenarioId(path), readFile: referencedFileReader(path) });
  } catch (error) {
    return { ok: false, problems: [internalError(path, error)] };
  }
}

function isScenarioFileName(name: string): boolean {
  return !name.startsWith('.') && SCENARIO_EXTENSIONS.some((extension) => name.endsWith(extension) && name.length > extension.length);
}

function extensionRank(name: string): number {
  return SCENARIO_EXTENSIONS.findIndex((extension) => name.endsWith(extension));
}

/**
 * Loads every `*.yaml`, `*.yml` and `*.json` in `dir` (not in subfolders, not
 * hidden files), sorted by id. A file that fails adds its problems and is
 * left out; two files with one id (`a.yaml`, `a.json`) keep the first in
 * lookup order (.yaml, .yml, .json) and report the other.
 */
export function loadScenarioDir(dir: string): { scenarios: Scenario[]; problems: Problem[] } {
  let entries: Buffer[];
  try {
    entries = readdirSync(dir, { encoding: 'buffer' });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const received =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'ENOTDIR'
          ? 'a file'
          : code === 'ENAMETOOLONG'
            ? 'a name too long for the file system (ENAMETOOLONG)'
            : `an error reading it (${code || 'unknown'})`;
    return { scenarios: [], problems: [{ file: dir, line: 0, column: 0, path: '', expected: 'a folder of scenarios', received }] };
  }
  const scenarios: Scenario[] = [];
  const problems: Problem[] = [];
  const names: string[] = [];
  for (const entry of entries) {
    const name = utf8Name(entry);
    if (name !== null) {
      if (isScenarioFileName(name)) names.push(name);
      continue;
    }
    // Not UTF-8: no string names this file, so it cannot be opened by name; say so rather than "no such file".
    const shown = nameWithByteEscapes(entry);
    if (isScenarioFileName(shown)) {
      problems.push({ file: join(dir, shown), line: 0, column: 0, path: '', expected: 'a file name in UTF-8 (rename the file)', received: 'bytes that are not UTF-8' });
    }
  }
  // Sorted by id (code-unit order, the same on every machine), then by lookup order of the extension.
  names.sort((a, b) => {
    const idA = scenarioId(a);
    const idB = scenarioId(b);
    return idA < idB ? -1 : idA > idB ? 1 : extensionRank(a) - extensionRank(b);
  });
  const firstFileOfId = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const id = scenarioId(name);
    const first = firstFileOfId.get(id);
    if (first !== undefined) {
      problems.push({ file: path, line: 0, column: 0, path: '', expected: `one file per scenario id (${escapePath(first)} has the id ${quoteForMessage(id)})`, received: 'a second one' });
      continue;
    }
    firstFileOfId.set(id, path);
    const result = loadScenarioFile(path);
    if (result.ok) scenarios.push(result.scenario);
    // One at a time: a file may hold 260,000 problems, past what push(...list) can take as arguments.
    else for (const problem of result.problems) problems.push(problem);
  }
  return { scenarios, problems };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Where a command-line reference points: anything with a slash or an
 * extension is a path, as given; an id is `dir/id.yaml`, `.yml` or `.json`,
 * whichever exists first, else `dir/id.yaml` (so that loading it says
 * "no such file" with the path that was looked for).
 */
export function resolveScenarioRef(ref: string, dir: string): string {
  if (ref.includes('/') || ref.includes('\\') || extname(ref) !== '' || ref === '' || ref === '.' || ref === '..') return ref;
  for (const extension of SCENARIO_EXTENSIONS) {
    const candidate = join(dir, `${ref}${extension}`);
    if (isFile(candidate)) return candidate;
  }
  return join(dir, `${ref}.yaml`);
}
