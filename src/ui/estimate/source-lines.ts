import { wrap } from '../../text/text-width.js';
import type { SourceEntry } from './figure-inputs.js';

/** A line of the sources view: an entry's heading, or a line of its text. */
export interface SourceLine {
  readonly kind: 'heading' | 'text';
  readonly text: string;
}

/** Indent of an entry's text under its heading. */
const INDENT = 2;

/** The entries as lines of at most `width` columns, texts wrapped and indented under their headings. */
export function sourceLines(entries: readonly SourceEntry[], width: number): SourceLine[] {
  return entries.flatMap((entry) => [
    { kind: 'heading', text: entry.heading } as const,
    ...wrap(entry.text, Math.max(1, width - INDENT)).map((line) => ({ kind: 'text', text: `${' '.repeat(INDENT)}${line}` }) as const),
  ]);
}

/** How far the sources scroll when `height` lines (one of them the title) show them. */
export function sourcesMaxScroll(lineCount: number, height: number): number {
  return Math.max(0, lineCount - (height - 1));
}
