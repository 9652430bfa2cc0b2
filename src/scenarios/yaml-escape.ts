/**
 * Characters a scenario file forcecalc writes never holds raw, and how they
 * are written instead. A saved file is read by people (`cat` sends it to a
 * terminal) and by other YAML readers, so it escapes both what YAML 1.2
 * does not allow raw and what a terminal would act on:
 *
 * - C0 controls but the line feed and the tab, DEL, and the C1 controls
 *   U+0080-U+009F (NEL, U+0085, included: YAML 1.1 reads it as a line break);
 * - bidirectional embeddings, overrides, isolates and marks (U+202A-U+202E,
 *   U+2066-U+2069, U+200E, U+200F, U+061C), which make text read backwards;
 * - the line and paragraph separators U+2028 and U+2029;
 * - the byte-order mark U+FEFF (YAML allows it only at the start of a
 *   stream), the non-characters U+FFFE and U+FFFF, and lone surrogates,
 *   which are not printable in YAML and not text in UTF-8.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const ESCAPED_IN_FILE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/u;

const ESCAPED_IN_FILE_GLOBAL = new RegExp(ESCAPED_IN_FILE.source, 'gu');

/** YAML 1.2's short escapes, which read better than a number where there is one. */
const SHORT_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x00, '\\0'],
  [0x07, '\\a'],
  [0x08, '\\b'],
  [0x0b, '\\v'],
  [0x0c, '\\f'],
  [0x0d, '\\r'],
  [0x1b, '\\e'],
  [0x85, '\\N'],
  [0x2028, '\\L'],
  [0x2029, '\\P'],
]);

/** One character as a YAML double-quoted escape: `\e`, `\x9B`, `\u202E`. */
function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  const short = SHORT_ESCAPES.get(code);
  if (short !== undefined) return short;
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * `yaml` text with each raw character of ESCAPED_IN_FILE written as its
 * escape. Only right where every such character stands inside a
 * double-quoted scalar, where an escape means the character itself: the
 * serializer quotes every string holding one, and its keys and comments are
 * its own words.
 */
export function escapeInDoubleQuotes(yaml: string): string {
  return yaml.replace(ESCAPED_IN_FILE_GLOBAL, escapeCharacter);
}
