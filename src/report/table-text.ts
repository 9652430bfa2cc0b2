/**
 * A document's table laid out for a terminal: text columns through
 * column-layout.ts (the one cut column gives way, numbers never), bar
 * columns drawn at the width the others leave them, and each row's detail
 * wrapped under it. Cells are sanitised here, whatever built them.
 */
import { sanitizeText } from '../text/sanitize.js';
import { textWidth, wrap } from '../text/text-width.js';
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

/** The table as text columns, each bar column drawn at its width. */
function asTextColumns(table: TableBlock, width: number): { columns: Column[]; narrow: Column[] | null; rows: string[][] } {
  const texts = table.rows.map((row) => table.columns.map((_, index) => cellText(row[index])));
  const rows = texts.map((row) => [...row]);
  const columns: Column[] = [];
  const narrow: Column[] = [];
  table.columns.forEach((column, index) => {
    if (!isBarColumn(column)) {
      columns.push({ header: column.header.map(sanitizeText), align: column.align, minWidth: column.minWidth });
      narrow.push({ header: (column.narrowHeader ?? column.header).map(sanitizeText), align: column.align, minWidth: column.minWidth });
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
 * The table as lines of at most `width` columns: the header, then each row
 * with its detail under it. Headers go onto their narrow lines when the
 * table does not fit on its usual ones; a table whose numbers alone are too
 * wide overflows rather than cutting them.
 */
export function tableLines(table: TableBlock, width: number): string[] {
  const { columns, narrow, rows } = asTextColumns(table, width);
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
