/**
 * Measuring, cutting and wrapping plain text for a fixed-width terminal. Text
 * reaching here is sanitised (no control characters). Widths are terminal
 * columns as Ink measures them (string-width, the same version Ink uses): a
 * CJK character or an emoji takes two, a combining accent none; text is cut
 * only between grapheme clusters (a flag, a letter with its accent).
 */
import stringWidth from 'string-width';

/** Printable ASCII: one column a character, measured without the Unicode tables. */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

const graphemeSegmenter = new Intl.Segmenter();

/** Columns a sanitised string takes. */
export function textWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** The grapheme clusters of the text: what a terminal draws as one character. */
function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/**
 * The longest start of `text` that fits in `width` columns, and the rest. At
 * least one cluster goes into the start (a two-column character in a
 * one-column space), so that cutting a text into pieces always ends.
 */
function splitAtWidth(text: string, width: number): { head: string; rest: string } {
  let head = '';
  let used = 0;
  for (const cluster of graphemes(text)) {
    const clusterWidth = textWidth(cluster);
    if (head !== '' && used + clusterWidth > width) break;
    head += cluster;
    used += clusterWidth;
  }
  return { head, rest: text.slice(head.length) };
}

/** The text cut to `width` columns, ending in `ellipsis` (by default "…") when something was cut. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
  if (textWidth(text) <= width) return text;
  const room = width - textWidth(ellipsis);
  if (room < 0) return '';
  const { head } = splitAtWidth(text, room);
  // splitAtWidth takes at least one cluster: a two-column one in a one-column room does not fit.
  return textWidth(head) <= room ? `${head}${ellipsis}` : ellipsis;
}

/** The longest end of `text` that fits in `width` columns, cut between grapheme clusters (a typed name scrolled to its end). */
export function textEnd(text: string, width: number): string {
  const clusters = graphemes(text);
  let end = '';
  let used = 0;
  for (let index = clusters.length - 1; index >= 0; index -= 1) {
    const cluster = clusters[index] ?? '';
    used += textWidth(cluster);
    if (used > width) break;
    end = cluster + end;
  }
  return end;
}

/**
 * The first `count` of `lines`; when some are left out, the last one shown
 * carries on with their words and ends in "…" (a wrapped text cut to the
 * rows it has).
 */
export function clampLines(lines: readonly string[], count: number, width: number): string[] {
  if (lines.length <= count) return [...lines];
  if (count <= 0) return [];
  return [...lines.slice(0, count - 1), truncate(lines.slice(count - 1).join(' '), Math.max(1, width))];
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
      const piece = splitAtWidth(rest, width);
      lines.push(piece.head);
      rest = piece.rest;
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
