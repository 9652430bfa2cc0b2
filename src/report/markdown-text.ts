/**
 * Text from files inside Markdown. It is sanitised (no escape sequences or
 * line breaks: a newline would end a table row), then the characters Markdown
 * would act on are backslash-escaped, so a name with `|` stays in its cell and
 * `<script>` or `*bold*` reads as written.
 */
import { sanitizeText } from '../text/sanitize.js';

const MARKDOWN_SPECIAL = /[\\|`*_[\]<>]/g;

/** Text safe in a Markdown table cell, heading or list item. */
export function markdownText(text: string): string {
  return sanitizeText(text).replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** A Markdown table; `align` per column, cells already escaped. */
export function markdownTable(
  header: readonly string[],
  align: readonly ('left' | 'right')[],
  rows: readonly (readonly string[])[],
): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((side) => (side === 'right' ? '---:' : '---'))), ...rows.map(line)];
}
