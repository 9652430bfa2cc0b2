/**
 * The text fields a scenario holds, with what the loader expects of each and
 * how long it may be, and the one check of a typed text: the loader
 * (read-text.ts) and the UI's editors both use it, so a name the editor
 * takes is a name the file takes back.
 */
import { quoteForMessage, sanitizeText } from '../text/sanitize.js';

/** A text field of a scenario file. */
export interface TextField {
  /** What a message says was expected ("a sector name"). */
  readonly expected: string;
  readonly maxLength: number;
  /** True where nothing at all is allowed (an absent description reads as empty). */
  readonly mayBeEmpty: boolean;
}

/** The scenario's text fields. Longer names would not fit any table. */
export const TEXT_FIELDS = {
  title: { expected: 'a title', maxLength: 200, mayBeEmpty: false },
  description: { expected: 'a description', maxLength: 10_000, mayBeEmpty: true },
  sectorName: { expected: 'a sector name', maxLength: 200, mayBeEmpty: false },
  country: { expected: 'a country name', maxLength: 100, mayBeEmpty: false },
  capabilityName: { expected: 'a capability name', maxLength: 200, mayBeEmpty: false },
} as const satisfies Record<string, TextField>;

/** A typed text as the field takes it (trimmed), or why not, as the loader says it. */
export type TextCheck = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly expected: string; readonly received: string };

/**
 * `raw` trimmed, or a problem: text that shows as nothing once sanitised
 * (only spaces, control or escape characters), unless the field may be
 * empty and the text is; text past the field's length.
 */
export function checkText(raw: string, field: Pick<TextField, 'expected' | 'maxLength'> & { readonly mayBeEmpty?: boolean }): TextCheck {
  const text = raw.trim();
  if (text === '' && field.mayBeEmpty === true) return { ok: true, text };
  if (sanitizeText(text).trim() === '') return { ok: false, expected: field.expected, received: quoteForMessage(raw) };
  // Characters as a reader counts them (code points): an emoji is one, not two.
  if ([...text].length > field.maxLength) {
    return { ok: false, expected: `${field.expected} of at most ${field.maxLength.toLocaleString('en-US')} characters`, received: quoteForMessage(text) };
  }
  return { ok: true, text };
}
