import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_SCENARIO_BYTES } from './yaml-document.js';
import type { Problem } from './problem.js';

/**
 * Reads a scenario file (or a file it refers to, such as a GeoJSON line) as
 * UTF-8 text, or says why not: missing, a folder, a device or pipe (never
 * opened, so `/dev/zero` or a FIFO cannot hang the reader), unreadable,
 * larger than its cap (1 MiB for a scenario; checked with stat before
 * reading, and again while reading), or not UTF-8. Never throws.
 */
export type TextFileResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

function failure(file: string, expected: string, received: string): TextFileResult {
  return { ok: false, problem: { file, line: 0, column: 0, path: '', expected, received } };
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'an error';
}

function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return `no permission to read it (${code})`;
  if (code === 'EISDIR') return 'a folder';
  if (code === 'ELOOP') return 'a symbolic link that loops';
  if (code === 'ENAMETOOLONG') return 'a name too long for the file system (ENAMETOOLONG)';
  return `an error reading it (${code})`;
}

const MEBIBYTE = 1024 * 1024;
const mebibytes = (bytes: number): string => `${(bytes / MEBIBYTE).toFixed(1)} MiB`;

/** What sort of file is read, for messages, and the most bytes it may have. */
export interface TextFileKind {
  /** E.g. "scenario file", as in "expected a scenario file". */
  readonly noun: string;
  readonly maxBytes: number;
}

/** A scenario file: at most 1 MiB. */
export const SCENARIO_FILE: TextFileKind = { noun: 'scenario file', maxBytes: MAX_SCENARIO_BYTES };

/** Reads `path` (as the user named it, which is also the problem's `file`). */
export function readTextFile(path: string, kind: TextFileKind = SCENARIO_FILE): TextFileResult {
  const { noun, maxBytes } = kind;
  const tooLarge = `a file of at most ${maxBytes / MEBIBYTE} MiB`;
  // Node refuses such a path with ERR_INVALID_ARG_VALUE; no file can have that name.
  if (path.includes('\0')) return failure(path, `a ${noun} name without a NUL character`, 'a name with one');
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return failure(path, `a ${noun}`, 'a folder');
    if (!stats.isFile()) return failure(path, `a ${noun}`, 'a device, pipe or socket');
    size = stats.size;
  } catch (error) {
    const described = describeFsError(error);
    // Node reads command-line arguments as UTF-8 and puts U+FFFD where a byte is not: such a name cannot be opened.
    const notUtf8 = described === 'no such file' && path.includes('\uFFFD') ? ' (the name holds U+FFFD: was it a name that is not UTF-8?)' : '';
    return failure(path, `a ${noun}`, `${described}${notUtf8}`);
  }
  if (size > maxBytes) return failure(path, tooLarge, mebibytes(size));

  let bytes: Buffer;
  try {
    const descriptor = openSync(path, 'r');
    try {
      // One byte more than allowed, to notice a file that grew since stat.
      const buffer = Buffer.alloc(maxBytes + 1);
      let length = 0;
      while (length < buffer.length) {
        const read = readSync(descriptor, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      bytes = buffer.subarray(0, length);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    return failure(path, `a readable ${noun}`, describeFsError(error));
  }
  if (bytes.length > maxBytes) return failure(path, tooLarge, 'a file larger than that');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return failure(path, 'a UTF-8 text file', 'bytes that are not UTF-8 (binary data?)');
  }
}
