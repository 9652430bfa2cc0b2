import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { type FactorSettings, type Scenario } from '../core/index.js';
import { escapePath, quoteForMessage } from '../text/sanitize.js';
import { serializeScenario } from './serialize.js';

/**
 * What a save or an export did: the path written, or why nothing was written.
 * `exists`: the file is there and `overwrite` was not set (ask the planner, then
 * retry with `overwrite: true`); `invalid-name`: the name is not a plain file
 * name; `io`: the operating system refused (the message gives the OS reason
 * first, then the file, so that a line cut at the screen's edge keeps the
 * reason; never a stack). On any failure the folder is as it was.
 */
export type SaveResult =
  | { ok: true; path: string }
  | { ok: false; reason: 'exists' | 'invalid-name' | 'io'; message: string };

/** Longest name accepted, without its extension. */
export const MAX_FILE_NAME_LENGTH = 64;

const SCENARIO_EXTENSION = '.yaml';
/** Extensions an export may carry: the CLI's formats (Markdown, JSON, CSV, plain table). */
const EXPORT_EXTENSIONS = ['.md', '.json', '.csv', '.txt'] as const;
const NAME_CHARACTERS = /^[A-Za-z0-9_-]+$/;
// Device names Windows reserves in any folder, with or without an extension.
const RESERVED_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Saves `scenario` with `overrides` applied (see `serializeScenario`) as
 * `<dir>/<name>.yaml`; `.yaml` is added when `name` does not end with it. The
 * file name becomes the scenario's id. Never replaces an existing file unless
 * `options.overwrite`; the write is atomic, so the folder holds the old file or
 * the whole new one, never a part, and no temporary file is left behind.
 */
export function saveScenarioFile(
  dir: string,
  name: string,
  scenario: Scenario,
  overrides: FactorSettings,
  options: { overwrite: boolean },
): SaveResult {
  const fileName = scenarioFileName(name);
  if (!fileName.ok) return fileName;
  return writeFileAtomically(dir, fileName.fileName, serializeScenario(scenario, overrides), options.overwrite);
}

/** The suffix of a recovery copy's id: `<id>.recovered.yaml` beside where `s` saves. */
export const RECOVERED_SUFFIX = '.recovered';

/**
 * Writes the edits of `scenario` (with `overrides`) as
 * `<dir>/<id>.recovered.yaml`, atomically, replacing an older recovery copy
 * of the same scenario but never any other file: the copy the calculator
 * leaves when a signal ends it with edits not saved. Loaded like any
 * scenario, it is listed at the next start as `<id>.recovered`.
 */
export function saveRecoveryCopy(dir: string, scenario: Scenario, overrides: FactorSettings): SaveResult {
  const id = scenario.id.endsWith(RECOVERED_SUFFIX) ? scenario.id : `${scenario.id}${RECOVERED_SUFFIX}`;
  if (id.includes('/') || id.includes('\\') || id.startsWith('.')) return invalidName(`a scenario id that names a file (got ${escapePath(id)})`);
  return writeFileAtomically(dir, `${id}${SCENARIO_EXTENSION}`, serializeScenario(scenario, overrides), true);
}

/**
 * Writes `text` (an exported estimate: Markdown, JSON, CSV or a table) as
 * `<dir>/<fileName>`, with the rules of `saveScenarioFile`: a plain file name
 * (which may end in `.md`, `.json`, `.csv` or `.txt`; nothing is added), no
 * overwrite unless asked, an atomic write.
 */
export function exportText(dir: string, fileName: string, text: string, options: { overwrite: boolean }): SaveResult {
  const extension = EXPORT_EXTENSIONS.find((candidate) => fileName.toLowerCase().endsWith(candidate)) ?? '';
  const stem = fileName.slice(0, fileName.length - extension.length);
  const problem = nameProblem(fileName, stem, `(it may end in ${EXPORT_EXTENSIONS.join(', ')})`);
  if (problem !== null) return invalidName(problem);
  return writeFileAtomically(dir, fileName, text, options.overwrite);
}

/** The file a scenario saved under `name` is written to (`<name>.yaml`), or why `name` is not a plain file name; nothing is touched. */
export function scenarioFileName(name: string): { ok: true; fileName: string } | Extract<SaveResult, { ok: false }> {
  const stem = name.endsWith(SCENARIO_EXTENSION) ? name.slice(0, -SCENARIO_EXTENSION.length) : name;
  const problem = nameProblem(name, stem, `("${SCENARIO_EXTENSION}" is added)`);
  return problem === null ? { ok: true, fileName: `${stem}${SCENARIO_EXTENSION}` } : invalidName(problem);
}

/** Why `name` (whose part before the extension is `stem`) is not a plain file name; null when it is. */
function nameProblem(name: string, stem: string, extensionHint: string): string | null {
  const shown = quoteForMessage(name);
  const rule = `use only letters A-Z and a-z, digits, "-" and "_" ${extensionHint}`;
  if (stem === '') return `a file name is needed: ${rule}`;
  if (/[/\\]/.test(name)) return `${shown} is a path; a file name is needed, without "/" or "\\": ${rule}`;
  if (name.startsWith('.')) return `${shown} starts with "."; hidden files are not allowed: ${rule}`;
  // forcecalc estimate --help would read the id "--help" as an option.
  if (name.startsWith('-')) return `${shown} starts with "-", which a command line reads as an option; start with a letter or digit`;
  if (stem.length > MAX_FILE_NAME_LENGTH) return `the name is ${stem.length} characters long; at most ${MAX_FILE_NAME_LENGTH} are allowed`;
  if (!NAME_CHARACTERS.test(stem)) return `${shown} is not a plain file name: ${rule}`;
  if (RESERVED_NAMES.test(stem)) return `${shown} is a device name on Windows; choose another name`;
  return null;
}

function invalidName(message: string): Extract<SaveResult, { ok: false }> {
  return { ok: false, reason: 'invalid-name', message };
}

/**
 * Writes `text` to a fresh temporary file beside the target (created with `wx`,
 * so never someone else's file), flushes it to disk, then moves it into place:
 * `link` when the target must not be replaced (it fails if the target appeared
 * in the meantime, where a check followed by `rename` would race), `rename`
 * when it may. On any error the temporary file is removed.
 *
 * Every call is synchronous, so a SIGINT or SIGTERM handler (the UI installs
 * them to restore the terminal) runs only once the save has finished or been
 * undone. Only a kill that no handler sees can leave the hidden temporary file
 * (`.<name>.<pid>.<random>.tmp`), and even then never a partial target.
 */
function writeFileAtomically(dir: string, fileName: string, text: string, overwrite: boolean): SaveResult {
  const target = join(dir, fileName);
  const folderProblem = checkFolder(dir, target);
  if (folderProblem !== null) return folderProblem;
  const existingMode = fileMode(target);
  if (existingMode === 'not-a-file') return ioFailure(`it exists and is not a file: ${escapePath(target)}`);
  if (existingMode !== null && !overwrite) return exists(target);

  const temporary = join(dir, `.${fileName}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let descriptor: number | null = null;
  try {
    descriptor = openSync(temporary, 'wx', 0o666);
    // Replacing a file keeps its permissions; a new file gets the default ones (0o666 less the umask).
    if (typeof existingMode === 'number') fchmodSync(descriptor, existingMode);
    writeAll(descriptor, text);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = null;
    if (overwrite) {
      renameSync(temporary, target);
    } else if (moveIntoPlaceWithoutReplacing(temporary, target) === 'exists') {
      removeQuietly(temporary);
      return exists(target);
    }
  } catch (error) {
    if (descriptor !== null) closeQuietly(descriptor);
    removeQuietly(temporary);
    return ioFailure(`${describeSystemError(error)}, writing ${escapePath(target)}`);
  }
  syncFolderQuietly(dir);
  return { ok: true, path: target };
}

/**
 * `link` to the target, then away with the temporary name; where the file
 * system has no hard links, a last check and `rename`. 'exists' when the target
 * is there (the temporary file is then still to be removed).
 */
function moveIntoPlaceWithoutReplacing(temporary: string, target: string): 'placed' | 'exists' {
  try {
    linkSync(temporary, target);
  } catch (error) {
    if (isErrorCode(error, 'EEXIST')) return 'exists';
    if (!isErrorCode(error, 'EPERM') && !isErrorCode(error, 'ENOTSUP') && !isErrorCode(error, 'ENOSYS')) throw error;
    if (fileMode(target) !== null) return 'exists';
    renameSync(temporary, target);
    return 'placed';
  }
  // The file is in place under its name; a temporary name that cannot be removed is a leftover, not a failure.
  removeQuietly(temporary);
  return 'placed';
}

function writeAll(descriptor: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    const count = writeSync(descriptor, bytes, written, bytes.length - written);
    // A file system that takes nothing would otherwise keep this loop going for ever.
    if (count <= 0) throw Object.assign(new Error('EIO: i/o error, write made no progress'), { code: 'EIO' });
    written += count;
  }
}

/** A clear message when the folder is missing or is not a folder; null when it is a folder. */
function checkFolder(dir: string, target: string): SaveResult | null {
  try {
    if (statSync(dir).isDirectory()) return null;
    return ioFailure(`${escapePath(dir)} is not a folder`);
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return ioFailure(`the folder does not exist: ${escapePath(dir)}`);
    return ioFailure(`${describeSystemError(error)}, writing ${escapePath(target)}`);
  }
}

/** The permission bits of an existing file, 'not-a-file' for a folder or other entry, null when nothing is there. */
function fileMode(path: string): number | 'not-a-file' | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.mode & 0o777 : 'not-a-file';
  } catch {
    return null;
  }
}

function exists(target: string): SaveResult {
  return { ok: false, reason: 'exists', message: `${escapePath(target)} already exists` };
}

function ioFailure(message: string): SaveResult {
  return { ok: false, reason: 'io', message };
}

/**
 * The OS reason without the stack or the temporary path Node puts in its
 * message: `EACCES: permission denied, open '/x/.a.yaml.123.tmp'` becomes
 * `permission denied (EACCES)`.
 */
function describeSystemError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const match = /^[A-Z0-9_]+: ([^,]+)/.exec(error.message);
  const reason = match?.[1] ?? error.message.split('\n')[0] ?? 'unknown error';
  return code === undefined ? reason : `${reason} (${code})`;
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function closeQuietly(descriptor: number): void {
  try {
    closeSync(descriptor);
  } catch {
    // Already failing; the first error is the one to report.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Nothing to remove when the temporary file was never created.
  }
}

/** Makes the rename itself durable; some systems (Windows) cannot open a folder, which is harmless. */
function syncFolderQuietly(dir: string): void {
  let descriptor: number | null = null;
  try {
    descriptor = openSync(dir, 'r');
    fsyncSync(descriptor);
  } catch {
    // The file is in place; only the durability of its name across a power cut is uncertain.
  } finally {
    if (descriptor !== null) closeQuietly(descriptor);
  }
}
