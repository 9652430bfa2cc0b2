/**
 * The installed Ink's own Output (ink/build/output.js, not among the package's
 * exports: read from beside its entry point), the one the tests under `tests/`
 * render with, to compare src/ui/terminal-output/screen-output.ts against.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Clip, OutputTransformer } from '../../../src/ui/terminal-output/screen-output.js';

/** What Ink's renderer calls on an Output. */
export interface OutputLike {
  write(x: number, y: number, text: string, options: { transformers: OutputTransformer[] }): void;
  clip(clip: Clip): void;
  unclip(): void;
  get(): { output: string; height: number };
}

/** Ink's Output as its renderer uses it, with the writes and clips it was given. */
export interface InkOutputInstance extends OutputLike {
  readonly width: number;
  readonly height: number;
  readonly operations: readonly ({ type: 'write'; x: number; y: number; text: string; transformers: OutputTransformer[] } | { type: 'clip'; clip: Clip } | { type: 'unclip' })[];
}

const inkEntry = createRequire(import.meta.url).resolve('ink');
const inkOutputModule = (await import(pathToFileURL(join(dirname(inkEntry), 'output.js')).href)) as {
  default: new (options: { width: number; height: number }) => InkOutputInstance;
};

export const InkOutput = inkOutputModule.default;
