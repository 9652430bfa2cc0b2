/**
 * Measuring, cutting and wrapping plain text for a fixed-width terminal. Text
 * reaching here is sanitised (no control characters); a code point counts as
 * one column, which holds for the Latin, Cyrillic and Greek names scenarios
 * use (East Asian wide characters would count one column short).
 */

/** Columns a sanitised string takes. */
export function textWidth(text: string): number {
  let width = 0;
  for (const _ of text) width += 1;
  return width;
}

/** The text cut to `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  return `${[...text].slice(0, width - 1).join('')}…`;
}

/** Spaces after (left-aligned) or before (right-aligned) the text, up to `width` columns. */
export function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Word-wraps text into lines of at most `width` columns; a word longer than
 * a line (a URL) is cut into pieces rather than overflowing.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((part) => part !== '')) {
    let rest = word;
    while (textWidth(rest) > width) {
      if (line !== '') lines.push(line);
      const chars = [...rest];
      lines.push(chars.slice(0, width).join(''));
      rest = chars.slice(width).join('');
      line = '';
    }
    if (rest === '') continue;
    if (line === '') line = rest;
    else if (textWidth(line) + 1 + textWidth(rest) <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lines joined with "\n", each without trailing spaces, the text ending in one "\n". */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => line.trimEnd()).join('\n') + '\n';
}
