/**
 * JSON for stdout. Scripts get the data exactly as the files hold it, so names
 * are not sanitised here; instead every character a terminal could act on is
 * written as a `\uXXXX` escape. JSON.stringify already escapes C0 controls;
 * this adds DEL, C1 controls, the Unicode line separators and bidirectional
 * controls (`\u202E`), which JSON allows raw. The parsed data is unchanged.
 */
const TERMINAL_ACTIVE = /[\u007F-\u009F\u00AD\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** `value` as indented JSON ending in a newline, safe to print on a terminal. */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(
    TERMINAL_ACTIVE,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `${text}\n`;
}
