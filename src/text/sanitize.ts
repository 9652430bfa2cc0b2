/**
 * Text from scenario files is data. Before it reaches a terminal it loses
 * escape sequences (`\e[2J`, `\e]0;title\a`), other control characters and
 * bidirectional overrides (`\u202E`), which could clear the screen, retitle the
 * window or make a name read backwards. Line breaks and tabs become spaces.
 */
// Escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte ESC sequences.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])/g;
// C0 and C1 controls (including DEL), after line breaks and tabs have become spaces.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const LINE_BREAK_OR_TAB = /\r\n|[\r\n\t\u2028\u2029]/g;
// Bidirectional embeddings, overrides and isolates; the byte-order mark.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;

/** Printable ASCII: nothing to remove, and the common case (numbers, our own words). */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** `text` without escape sequences, control characters or bidirectional overrides, its line breaks and tabs as spaces. */
export function sanitizeText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(LINE_BREAK_OR_TAB, ' ')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '');
}

// Characters a message shows as an escape rather than raw or not at all: C0 and C1 controls, DEL, bidi
// controls and marks, line and paragraph separators, the byte-order mark. JSON.stringify escapes only C0.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SHOWN_ESCAPED = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g;

const escapeCharacter = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` with its control, escape and bidi characters written as JSON-style
 * escapes (`\u001b[2J\u202e3`), for a message that quotes it unquoted (a
 * path): every character is visible, none reaches the terminal raw.
 */
export function escapeForMessage(text: string): string {
  return text.replace(SHOWN_ESCAPED, escapeCharacter);
}

/**
 * A value quoted for an error message, as JSON with its control, escape and
 * bidi characters escaped (`"\u001b[2J\u202e3"`), so that the message shows
 * what was written rather than what a terminal would make of it; shortened
 * past `maxLength` characters of the text.
 */
export function quoteForMessage(text: string, maxLength = 60): string {
  // Count code points, not UTF-16 units, so that an emoji is never cut in half.
  const characters = Array.from(text);
  const shown = characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : characters.join('');
  return JSON.stringify(shown).replace(SHOWN_ESCAPED, escapeCharacter);
}

/** The most characters of a file name a message shows; a longer one keeps its end, the file's own name. */
export const MAX_SHOWN_PATH_LENGTH = 120;

/**
 * A file name as every message shows it: control, escape and bidi characters
 * escaped, never stripped (a stripped name names a file that does not exist),
 * and a name past `maxLength` characters cut to an ellipsis and its end, so
 * that a 100 KB argument is not echoed whole.
 */
export function escapePath(path: string, maxLength = MAX_SHOWN_PATH_LENGTH): string {
  // Count code points, not UTF-16 units, so that an emoji is never cut in half.
  const characters = Array.from(escapeForMessage(path));
  return characters.length > maxLength ? `…${characters.slice(characters.length - maxLength + 1).join('')}` : characters.join('');
}
