/**
 * A ReportDocument as plain text for a terminal of `width` columns: the
 * title and subtitle cut to the width, sections one blank line apart,
 * paragraphs and list items wrapped, tables laid out by table-text.ts. No
 * colour and no escape sequences, so it reads the same under NO_COLOR,
 * TERM=dumb and in a file; text from files is sanitised here.
 */
import { sanitizeText } from '../text/sanitize.js';
import { joinLines, pad, textWidth, truncate, wrap } from '../text/text-width.js';
import { runText, textRuns, type DocumentBlock, type DocumentSection, type FieldsBlock, type ListBlock, type ReportDocument } from './report-document.js';
import { tableLines } from './table-text.js';

/** A list item's bullet, and the indent of its wrapped lines. */
const BULLET = '  - ';
const BULLET_INDENT = '    ';

function listLines(list: ListBlock, width: number): string[] {
  return list.items.flatMap((item) =>
    wrap(sanitizeText(item.label === undefined ? item.text : `${item.label}: ${item.text}`), width - BULLET.length).map((line, index) =>
      index === 0 ? BULLET + line : BULLET_INDENT + line,
    ),
  );
}

/** Labels in a column two wider than the widest, each text wrapped beside its label and its details under it. */
function fieldLines(block: FieldsBlock, width: number): string[] {
  const labels = block.fields.map((field) => sanitizeText(field.label));
  const labelWidth = Math.max(...labels.map(textWidth)) + 2;
  const indent = ' '.repeat(labelWidth);
  const wrapped = (text: string): string[] => wrap(sanitizeText(text), width - labelWidth);
  return block.fields.flatMap((field, index) => [
    ...wrapped(field.text).map((line, lineIndex) => (lineIndex === 0 ? pad(labels[index] ?? '', labelWidth, 'left') : indent) + line),
    ...(field.details ?? []).flatMap((detail) => wrapped(detail).map((line) => indent + line)),
  ]);
}

function blockLines(block: DocumentBlock, width: number): string[] {
  switch (block.kind) {
    case 'paragraph':
      return wrap(sanitizeText(textRuns(block.text).map(runText).join('')), width);
    case 'list':
      return listLines(block, width);
    case 'fields':
      return fieldLines(block, width);
    case 'table':
      return tableLines(block, width);
    case 'preformatted':
      return block.lines.map((line) => sanitizeText(line));
  }
}

/**
 * The heading line of a section, if it says something its first block does
 * not: with its lead ("Sources: none given in the scenario"), or over a list
 * or a paragraph. Over a table the header names the section already.
 */
function headingLines(section: DocumentSection, width: number): string[] {
  const { heading, lead } = section;
  if (heading === undefined) return lead === undefined ? [] : wrap(sanitizeText(lead), width);
  if (lead !== undefined) return wrap(sanitizeText(`${heading}: ${lead}`), width);
  return section.blocks[0]?.kind === 'table' ? [] : wrap(sanitizeText(heading), width);
}

function sectionLines(section: DocumentSection, width: number): string[] {
  const blocks = section.blocks.map((block) => blockLines(block, width)).filter((lines) => lines.length > 0);
  return [...headingLines(section, width), ...blocks.flatMap((lines, index) => (index === 0 ? lines : ['', ...lines]))];
}

/**
 * The document as lines of at most `width` columns (a table of numbers too
 * wide overflows rather than cut them), ending in a newline; nothing for a
 * document with nothing to print.
 */
export function documentText(document: ReportDocument, width: number): string {
  const top = [document.title, document.subtitle].flatMap((line) => (line === undefined ? [] : [truncate(sanitizeText(line), width)]));
  const sections = document.sections
    .filter((section) => section.only !== 'markdown')
    .map((section) => sectionLines(section, width))
    .filter((lines) => lines.length > 0);
  const parts = top.length > 0 ? [top, ...sections] : sections;
  if (parts.length === 0) return '';
  return joinLines(parts.flatMap((lines, index) => (index === 0 ? lines : ['', ...lines])));
}
