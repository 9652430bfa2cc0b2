import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { escapeForMessage, quoteForMessage } from '../text/sanitize.js';
import type { ReadReferencedFile, ReferencedFile } from './referenced-file.js';
import { readTextFile } from './read-text-file.js';

/**
 * Files a scenario file refers to, read from disk relative to the scenario's
 * folder. What a reference may name:
 *
 * - A relative path is read from the scenario's folder (`geo/front.geojson`
 *   beside `scenarios/x.yaml` is `scenarios/geo/front.geojson`) and must stay
 *   inside it: no `..` part, and no symbolic link that leads out of the folder.
 *   A scenario folder then carries its lines with it when it is copied, and a
 *   scenario from a colleague cannot reach, by a relative path, into the files
 *   around the folder it was dropped into.
 * - An absolute path is read as written: it is plainly visible in the file,
 *   and it is how a planner points at lines kept elsewhere.
 *
 * The size cap is checked with stat before a byte is read; devices, pipes and
 * folders are refused unopened (readTextFile). Never throws.
 */

const INSIDE_THE_FOLDER = 'a path inside the scenario\'s folder (no ".." parts; an absolute path is allowed)';

function failure(expected: string, received: string): ReferencedFile {
  return { ok: false, expected, received };
}

/** The real path, or null when there is none (a missing file: readTextFile says so). */
function realPathOf(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** True when `path` is `folder` or lies below it (both real paths). */
function isInside(folder: string, path: string): boolean {
  const way = relative(folder, path);
  return way === '' || (!isAbsolute(way) && way.split(/[\\/]/)[0] !== '..');
}

/** A reader for the files that the scenario at `scenarioPath` (as the user named it) refers to. */
export function referencedFileReader(scenarioPath: string): ReadReferencedFile {
  const folder = dirname(scenarioPath);
  return (reference, kind) => {
    try {
      const relativeReference = !isAbsolute(reference);
      if (relativeReference && reference.split(/[\\/]/).includes('..')) return failure(INSIDE_THE_FOLDER, quoteForMessage(reference));
      const path = relativeReference ? join(folder, reference) : reference;
      if (relativeReference) {
        const realFolder = realPathOf(folder);
        const realPath = realPathOf(path);
        if (realFolder !== null && realPath !== null && !isInside(realFolder, realPath)) {
          return failure(INSIDE_THE_FOLDER, `a symbolic link that leads outside it at ${escapeForMessage(path)}`);
        }
      }
      const read = readTextFile(path, kind);
      if (!read.ok) return failure(read.problem.expected, `${read.problem.received} at ${escapeForMessage(path)}`);
      return { ok: true, file: path, text: read.text };
    } catch (error) {
      // readTextFile never throws; this guards the path functions against a value they refuse.
      const message = error instanceof Error ? error.message : String(error);
      return failure(`a ${kind.noun}`, `a path that cannot be read (${quoteForMessage(message)})`);
    }
  };
}
