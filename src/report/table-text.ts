/**
 * A document's table laid out for a terminal: text columns through
 * column-layout.ts (the one cut column gives way, numbers never), bar
 * columns drawn at the width the others leave them, and each row's detail
 * wrapped under it. Cells are sanitised here, whatever built them.
 */
import { sanitizeText } from '../text/sanitize.js';
import { pad, textWidth, wrap } from '../text/text-width.js';
import { COLUMN_GAP, layoutColumnsOrOverflow, type Column } from './column-layout.js';
import { isBarColumn, type BarCell, type BarColumn, type TableBlock, type TableCell, type TextColumn } from './report-document.js';
import { axisScale, tornadoBar } from './tornado-bar.js';

/** Indent of a row's detail under it. */
const DETAIL_INDENT = '    ';

const cellText = (cell: TableCell | undefined): string => (typeof cell === 'string' ? sanitizeText(cell) : '');

function naturalWidth(column: TextColumn, cells: readonly string[]): number {
  return Math.max(...column.header.map(textWidth), ...cells.map(textWidth));
}

/** A bar column's width: what the table leaves it beside the other columns, within its narrowest and widest. */
function barWidth(bars: BarColumn, index: number, table: TableBlock, texts: readonly (readonly string[])[], width: number): number {
  const besides =
    bars.besides ??
    table.columns.reduce(
      (sum, column, other) =>
        other === index ? sum : sum + COLUMN_GAP + (isBarColumn(column) ? column.width.min : naturalWidth(column, texts.map((row) => row[other] ?? ''))),
      0,
    );
  return Math.max(bars.width.min, Math.min(bars.width.max, width - besides));
}

function drawBar(bars: BarColumn, cell: TableCell | undefined, width: number): string {
  if (cell === undefined || typeof cell === 'string') return '';
  const bar: BarCell = cell;
  if (bars.bar === 'range') return tornadoBar(bar.low, bar.high, bar.mark ?? null, { ...bars.axis, width });
  const span = bars.axis.max - bars.axis.min;
  return '#'.repeat(Math.round((span > 0 ? (bar.high - bars.axis.min) / span : 0) * width));
}

/** A header in lines of at most `width` columns, broken after its hyphens or spaces where it can be, else anywhere. */
function headerLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(/(?<=[- ])/)) {
    if (line !== '' && textWidth((line + part).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += part;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.flatMap((piece) => (textWidth(piece) > width ? wrap(piece, width) : [piece]));
}

/** A text column's header for the terminal: as given, or fitted to the width its headerWidth and cells ask. */
function fittedHeader(column: TextColumn, header: readonly string[], cells: readonly string[]): string[] {
  const lines = header.map(sanitizeText);
  if (column.headerWidth === undefined) return lines;
  const text = lines.join(' ').trim();
  const width = Math.max(column.headerWidth.min, ...cells.map(textWidth), Math.min(textWidth(text), column.headerWidth.max));
  const fitted = headerLines(text, width);
  // Padding the last line holds the column at its width however short the header and the cells.
  return fitted.map((line, index) => (index === fitted.length - 1 ? pad(line, width, column.align) : line));
}

/** The table as text columns, each bar column drawn at its width. */
function asTextColumns(table: TableBlock, width: number): { columns: Column[]; narrow: Column[] | null; rows: string[][] } {
  const texts = table.rows.map((row) => table.columns.map((_, index) => cellText(row[index])));
  const rows = texts.map((row) => [...row]);
  const columns: Column[] = [];
  const narrow: Column[] = [];
  table.columns.forEach((column, index) => {
    if (!isBarColumn(column)) {
      const cells = texts.map((row) => row[index] ?? '');
      columns.push({ header: fittedHeader(column, column.header, cells), align: column.align, minWidth: column.minWidth });
      narrow.push({ header: fittedHeader(column, column.narrowHeader ?? column.header, cells), align: column.align, minWidth: column.minWidth });
      return;
    }
    const drawn = barWidth(column, index, table, texts, width);
    table.rows.forEach((row, rowIndex) => {
      const cells = rows[rowIndex];
      if (cells !== undefined) cells[index] = drawBar(column, row[index], drawn);
    });
    const scale = column.scale === undefined ? '' : column.axis.min === column.axis.max ? column.scale.low : axisScale(column.scale.low, column.scale.high, drawn);
    columns.push({ header: [sanitizeText(scale)], align: 'left' });
    narrow.push({ header: [sanitizeText(scale)], align: 'left' });
  });
  return { columns, narrow: table.columns.some((column) => !isBarColumn(column) && column.narrowHeader !== undefined) ? narrow : null, rows };
}

/**
 * The columns after the row labels in blocks, as many a block as fit beside
 * the labels (at least one), or null where every column fits as it is.
 */
function columnBlocks(columns: readonly Column[], rows: readonly (readonly string[])[], labels: number, width: number): number[][] | null {
  const natural = columns.map((column, index) => Math.max(...column.header.map(textWidth), ...rows.map((row) => textWidth(row[index] ?? ''))));
  const fixed = natural.slice(0, labels).reduce((sum, columnWidth) => sum + columnWidth, 0) + COLUMN_GAP * Math.max(0, labels - 1);
  const blocks: number[][] = [];
  let block: number[] = [];
  let used = fixed;
  for (let index = labels; index < columns.length; index += 1) {
    const columnWidth = natural[index] ?? 0;
    if (block.length > 0 && used + COLUMN_GAP + columnWidth > width) {
      blocks.push(block);
      block = [];
      used = fixed;
    }
    block.push(index);
    used += COLUMN_GAP + columnWidth;
  }
  if (block.length > 0) blocks.push(block);
  return blocks.length > 1 ? blocks : null;
}

/** A table too wide for the terminal as blocks of its columns, each with the row labels, a blank line apart. */
function blockLines(columns: readonly Column[], rows: readonly (readonly string[])[], labels: number, blocks: readonly number[][], width: number): string[] {
  const labelColumns = Array.from({ length: labels }, (_, index) => index);
  return blocks.flatMap((block, blockIndex) => {
    const kept = [...labelColumns, ...block];
    const lines = layoutColumnsOrOverflow(
      kept.map((index) => columns[index] ?? { header: [''], align: 'left' }),
      rows.map((row) => kept.map((index) => row[index] ?? '')),
      width,
    );
    return [...(blockIndex === 0 ? [] : ['']), ...lines.header, ...lines.rows];
  });
}

/**
 * The table as lines of at most `width` columns: the header, then each row
 * with its detail under it. Headers go onto their narrow lines when the
 * table does not fit on its usual ones; a table with row labels goes on in
 * blocks of its other columns; otherwise a table whose numbers alone are too
 * wide overflows rather than cutting them.
 */
export function tableLines(table: TableBlock, width: number): string[] {
  const { columns, narrow, rows } = asTextColumns(table, width);
  const blocks = table.rowLabels === undefined ? null : columnBlocks(columns, rows, table.rowLabels, width);
  if (blocks !== null) return blockLines(columns, rows, table.rowLabels ?? 0, blocks, width);
  let lines = layoutColumnsOrOverflow(columns, rows, width);
  const fits = (): boolean => [...lines.header, ...lines.rows].every((line) => textWidth(line) <= width);
  if (narrow !== null && !fits()) lines = layoutColumnsOrOverflow(narrow, rows, width);
  const details = table.details?.texts ?? [];
  return [
    ...lines.header,
    ...lines.rows.flatMap((line, index) => {
      const detail = details[index] ?? null;
      return [line, ...(detail === null ? [] : wrap(sanitizeText(detail), width - DETAIL_INDENT.length).map((text) => DETAIL_INDENT + text))];
    }),
  ];
}
