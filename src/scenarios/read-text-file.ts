import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_SCENARIO_BYTES } from './yaml-document.js';
import type { Problem } from './problem.js';

/**
 * Reads a scenario file as UTF-8 text, or says why not: missing, a folder, a
 * device or pipe (never opened, so `/dev/zero` or a FIFO cannot hang the
 * reader), unreadable, larger than 1 MiB (checked with stat before reading,
 * and again while reading), or not UTF-8. Never throws.
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
  return `an error reading it (${code})`;
}

const mebibytes = (bytes: number): string => `${(bytes / MAX_SCENARIO_BYTES).toFixed(1)} MiB`;

/** Reads `path` (as the user named it, which is also the problem's `file`). */
export function readTextFile(path: string): TextFileResult {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return failure(path, 'a scenario file', 'a folder');
    if (!stats.isFile()) return failure(path, 'a scenario file', 'a device, pipe or socket');
    size = stats.size;
  } catch (error) {
    return failure(path, 'a scenario file', describeFsError(error));
  }
  if (size > MAX_SCENARIO_BYTES) return failure(path, 'a file of at most 1 MiB', mebibytes(size));

  let bytes: Buffer;
  try {
    const descriptor = openSync(path, 'r');
    try {
      // One byte more than allowed, to notice a file that grew since stat.
      const buffer = Buffer.alloc(MAX_SCENARIO_BYTES + 1);
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
    return failure(path, 'a readable scenario file', describeFsError(error));
  }
  if (bytes.length > MAX_SCENARIO_BYTES) return failure(path, 'a file of at most 1 MiB', 'a file larger than that');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return failure(path, 'a UTF-8 text file', 'bytes that are not UTF-8 (binary data?)');
  }
}
