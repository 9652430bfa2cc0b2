/**
 * Where `e` writes what the planner typed at its prompt: a plain file name
 * goes into the export folder (./exports, made on the first export); a path
 * (with "/") is taken from the folder forcecalc was started in, or as given
 * when absolute, and its folder must already exist, so that a typing slip
 * never makes folders anywhere.
 */
import { basename, dirname, isAbsolute, resolve } from 'node:path';

/** The folder and the file name of an export, and whether the folder may be made. */
export interface ExportPlace {
  readonly dir: string;
  readonly fileName: string;
  /** True for the export folder alone. */
  readonly makeFolder: boolean;
}

/** Where the text typed at the export prompt writes. Pure. */
export function exportPlace(typed: string, exportDir: string, workingDir: string): ExportPlace {
  if (!/[/\\]/.test(typed)) return { dir: exportDir, fileName: typed, makeFolder: true };
  // A path ending in "/" names a folder and no file: the file name's own check says so.
  const target = isAbsolute(typed) ? resolve(typed) : resolve(workingDir, typed);
  const fileName = /[/\\]$/.test(typed) ? '' : basename(target);
  const dir = fileName === '' ? target : dirname(target);
  return { dir, fileName, makeFolder: resolve(dir) === resolve(exportDir) };
}
