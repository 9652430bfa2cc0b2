import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { quoteForMessage, sanitizeText, type Scenario } from '../core/index.js';
import type { Problem } from './problem.js';
import { readScenario } from './read-scenario.js';
import { readTextFile } from './read-text-file.js';
import { parseScenarioYaml } from './yaml-document.js';

/**
 * Scenario files (DESIGN.md section 2) into core Scenarios: one file, a
 * folder of them, or text already in memory. Loading never throws and never
 * returns part of a scenario: a file gives a Scenario or all its problems.
 */
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** File name endings of scenario files, in the order an id is looked up. */
export const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}

function internalError(file: string, error: unknown): Problem {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  const detail = sanitizeText(`${name}: ${message}`).slice(0, 120);
  return { file, line: 0, column: 0, path: '', expected: 'a file forcecalc can read', received: `an internal error (${detail})` };
}

/**
 * Reads a scenario from text (YAML 1.2, or JSON); no I/O. `file` names the
 * source in problems; `id` becomes the scenario's id. Problems come sorted by
 * position.
 */
export function parseScenarioText(text: string, options: { file: string; id: string }): LoadResult {
  try {
    const parsed = parseScenarioYaml(text, options.file);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const scenario = readScenario(parsed.reader, parsed.contents, options.id);
    if (scenario === null || parsed.reader.problems.length > 0) {
      return { ok: false, problems: [...parsed.reader.problems].sort(byPosition) };
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

/** Loads one scenario file; `file` in problems is `path` as given. Never throws. */
export function loadScenarioFile(path: string): LoadResult {
  try {
    const read = readTextFile(path);
    if (!read.ok) return { ok: false, problems: [read.problem] };
    return parseScenarioText(read.text, { file: path, id: scenarioId(path) });
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
  let names: string[];
  try {
    names = readdirSync(dir).filter(isScenarioFileName);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const received = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'a file' : `an error reading it (${code || 'unknown'})`;
    return { scenarios: [], problems: [{ file: dir, line: 0, column: 0, path: '', expected: 'a folder of scenarios', received }] };
  }
  // Sorted by id (code-unit order, the same on every machine), then by lookup order of the extension.
  names.sort((a, b) => {
    const idA = scenarioId(a);
    const idB = scenarioId(b);
    return idA < idB ? -1 : idA > idB ? 1 : extensionRank(a) - extensionRank(b);
  });
  const scenarios: Scenario[] = [];
  const problems: Problem[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const id = scenarioId(name);
    const first = firstFileOfId.get(id);
    if (first !== undefined) {
      problems.push({ file: path, line: 0, column: 0, path: '', expected: `one file per scenario id (${sanitizeText(first)} has the id ${quoteForMessage(id)})`, received: 'a second one' });
      continue;
    }
    firstFileOfId.set(id, path);
    const result = loadScenarioFile(path);
    if (result.ok) scenarios.push(result.scenario);
    else problems.push(...result.problems);
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
