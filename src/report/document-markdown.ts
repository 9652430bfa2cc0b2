/**
 * A ReportDocument as a Markdown briefing: `#` for the title, `##` for each
 * section's heading, every block a blank line from the next. All text goes
 * through markdownText (sanitised, Markdown's own characters escaped), so
 * a `|` in a name stays in its cell and `*x*` reads as written. Bar columns
 * are pictures for a terminal and are left out.
 */
import { sanitizeText } from '../text/sanitize.js';
import { markdownTable, markdownText } from './markdown-text.js';
import { isBarColumn, textRuns, type DocumentBlock, type DocumentSection, type ReportDocument, type TableBlock, type TextColumn, type TextRun } from './report-document.js';

/** A phrase as a sentence: "scenario x" becomes "Scenario x.". */
function sentence(phrase: string): string {
  const text = markdownText(phrase);
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return capitalised.endsWith('.') ? capitalised : `${capitalised}.`;
}

function runMarkdown(run: TextRun): string {
  if (typeof run === 'string') return markdownText(run);
  return 'strong' in run ? `**${markdownText(run.strong)}**` : `_${markdownText(run.emphasis)}_`;
}

function tableMarkdown(table: TableBlock): string[] {
  const kept = table.columns.flatMap((column, index) => (isBarColumn(column) ? [] : [{ column, index }]));
  // A details column only where some row has a detail.
  const details = table.details?.texts.some((text) => text !== null) === true ? table.details : undefined;
  const header = [...kept.map(({ column }) => markdownText(column.header.join(' ').trim())), ...(details === undefined ? [] : [markdownText(details.header)])];
  const align = [...kept.map(({ column }: { column: TextColumn }) => column.align), ...(details === undefined ? [] : ['left' as const])];
  const rows = table.rows.map((row, rowIndex) => [
    ...kept.map(({ index }) => {
      const cell = row[index];
      return typeof cell === 'string' ? markdownText(cell) : '';
    }),
    ...(details === undefined ? [] : [markdownText(details.texts[rowIndex] ?? '')]),
  ]);
  return markdownTable(header, align, rows);
}

function blockLines(block: DocumentBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [textRuns(block.text).map(runMarkdown).join('')];
    case 'list':
      return block.items.map((item) => `- ${item.label === undefined ? '' : `**${markdownText(item.label)}**: `}${markdownText(item.text)}`);
    case 'fields':
      return block.fields.flatMap((field) => [
        `- **${markdownText(field.label)}**: ${markdownText(field.text)}`,
        ...(field.details ?? []).map((detail) => `  - ${markdownText(detail)}`),
      ]);
    case 'table':
      return tableMarkdown(block);
    case 'preformatted':
      // Inside a fence Markdown escapes nothing: the lines are only sanitised (a chart holds numbers and dates).
      return ['```text', ...block.lines.map((line) => sanitizeText(line)), '```'];
  }
}

/** The heading, the lead and each block of a section, as paragraphs of lines. */
function sectionParts(section: DocumentSection): string[][] {
  return [
    ...(section.heading === undefined ? [] : [[`## ${markdownText(section.heading)}`]]),
    ...(section.lead === undefined ? [] : [[sentence(section.lead)]]),
    ...section.blocks.map(blockLines).filter((lines) => lines.length > 0),
  ];
}

/** The document as Markdown, ending in a newline; nothing for a document with nothing to print. */
export function documentMarkdown(document: ReportDocument): string {
  const parts = [
    ...(document.title === undefined ? [] : [[`# ${markdownText(document.title)}`]]),
    ...(document.subtitle === undefined ? [] : [[sentence(document.subtitle)]]),
    ...document.sections.filter((section) => section.only !== 'terminal').flatMap(sectionParts),
  ];
  if (parts.length === 0) return '';
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
