import type { Key } from 'ink';
import { sanitizeText } from '../../text/sanitize.js';

/**
 * The text a key press types into a field: a printable character, or pasted
 * text (Ink passes a paste as one string), without control characters.
 * Null for keys that do something else (arrows, Enter, Esc, Ctrl-...).
 */
export function typedText(input: string, key: Key): string | null {
  if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete) return null;
  if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end) return null;
  const text = sanitizeText(input);
  return text === '' ? null : text;
}

/** Backspace as terminals send it: most send DEL (0x7f), which Ink 6 reports as `delete`. */
export function isBackspace(key: Key): boolean {
  return key.backspace || key.delete;
}

/** What a field being typed does with its keys: apply, cancel, delete a character, take text. */
export interface EntryKeys {
  readonly apply: () => void;
  readonly cancel: () => void;
  readonly deleteChar: () => void;
  readonly type: (text: string) => void;
}

/**
 * A key pressed while a field is being typed, as every editor of the UI
 * takes it: Enter applies, Esc cancels, Backspace deletes a character, and
 * what `typedText` reads is typed; any other key does nothing.
 */
export function entryKey(input: string, key: Key, entry: EntryKeys): void {
  if (key.return) entry.apply();
  else if (key.escape) entry.cancel();
  else if (isBackspace(key)) entry.deleteChar();
  else {
    const text = typedText(input, key);
    if (text !== null) entry.type(text);
  }
}
