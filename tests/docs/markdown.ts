/**
 * Just enough Markdown for the documentation tests: the tables, headings and
 * links of a page, outside fenced code blocks, each with its line number.
 */

/** A pipe table: its header cells and body rows, cells trimmed. */
export interface MarkdownTable {
  readonly line: number;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A `[text](target)` link; `target` is as written (path and `#anchor`). */
export interface MarkdownLink {
  readonly line: number;
  readonly text: string;
  readonly target: string;
}

/** The lines of a page that are prose, not fenced code, with their 1-based numbers. */
function proseLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fenced = false;
  text.split('\n').forEach((line, index) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return;
    }
    if (!fenced) lines.push({ line: index + 1, text: line });
  });
  return lines;
}

/** The cells of a table row; `\|` is a pipe inside a cell, not a separator. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

const isTableRow = (line: string): boolean => line.trim().startsWith('|');
const isDelimiterRow = (line: string): boolean => /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line);

/** Every pipe table of a page. */
export function markdownTables(text: string): MarkdownTable[] {
  const lines = proseLines(text);
  const tables: MarkdownTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]!;
    const delimiter = lines[i + 1]!;
    if (!isTableRow(head.text) || !isDelimiterRow(delimiter.text) || delimiter.line !== head.line + 1) continue;
    const rows: string[][] = [];
    let j = i + 2;
    while (j < lines.length && isTableRow(lines[j]!.text) && lines[j]!.line === lines[j - 1]!.line + 1) {
      rows.push(cells(lines[j]!.text));
      j++;
    }
    tables.push({ line: head.line, header: cells(head.text), rows });
    i = j - 1;
  }
  return tables;
}

/**
 * The anchor GitHub gives a heading: lower case, without punctuation other
 * than hyphens and underscores, spaces as hyphens ("`expect:`: what a
 * scenario must yield" -> "expect-what-a-scenario-must-yield").
 */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a page's headings, a repeated heading numbered as GitHub does (`-1`, `-2`). */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text: line } of proseLines(text)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading === null) continue;
    const slug = headingSlug(heading[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every inline link of a page, outside code. */
export function markdownLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const { line, text: content } of proseLines(text)) {
    const withoutCode = content.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)) {
      links.push({ line, text: match[1]!, target: match[2]! });
    }
  }
  return links;
}
