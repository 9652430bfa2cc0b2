/**
 * Lays out rows of cells in aligned columns within a fixed width. At most one
 * column is elastic (a name or a title): it takes the width the others leave
 * and its cells are truncated; numbers are never cut.
 */
import { pad, textWidth, truncate } from '../text/text-width.js';

/** One column: its header, its alignment, and whether it may be cut. */
export interface Column {
  /** Header lines, bottom-aligned, so "Coverage" over "km" keeps a column narrow. */
  readonly header: readonly string[];
  readonly align: 'left' | 'right';
  /** The elastic column's narrowest width; absent for columns that are never cut. */
  readonly minWidth?: number;
}

/** Spaces between two columns. */
export const COLUMN_GAP = 2;

/** Rendered lines: the header lines, then one line per row. */
export interface ColumnLines {
  readonly header: readonly string[];
  readonly rows: readonly string[];
}

/**
 * The header and rows as lines of at most `width` columns (the indent
 * included), or null when the fixed columns alone do not fit.
 */
export function layoutColumns(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width: number,
  indent = '',
): ColumnLines | null {
  const natural = columns.map((column, index) =>
    Math.max(...column.header.map(textWidth), ...rows.map((row) => textWidth(row[index] ?? ''))),
  );
  const gaps = COLUMN_GAP * (columns.length - 1);
  const available = width - textWidth(indent);
  const total = natural.reduce((sum, columnWidth) => sum + columnWidth, 0) + gaps;
  const elastic = columns.findIndex((column) => column.minWidth !== undefined);

  const widths = [...natural];
  if (total > available) {
    if (elastic < 0) return null;
    const fixed = total - (natural[elastic] ?? 0);
    const room = available - fixed;
    if (room < (columns[elastic]?.minWidth ?? 0)) return null;
    widths[elastic] = room;
  }

  const headerHeight = Math.max(...columns.map((column) => column.header.length));
  const headerLines = Array.from({ length: headerHeight }, (_, line) =>
    columns.map((column) => column.header[line - (headerHeight - column.header.length)] ?? ''),
  );
  return {
    header: headerLines.map((cells) => indent + renderRow(cells, columns, widths)),
    rows: rows.map((cells) => indent + renderRow(cells, columns, widths)),
  };
}

/** The layout within `width`, or at natural widths (overflowing) when even the fixed columns do not fit. */
export function layoutColumnsOrOverflow(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width: number,
  indent = '',
): ColumnLines {
  // With an infinite width every column fits at its natural width.
  return layoutColumns(columns, rows, width, indent) ?? (layoutColumns(columns, rows, Infinity, indent) as ColumnLines);
}

function renderRow(cells: readonly string[], columns: readonly Column[], widths: readonly number[]): string {
  return columns
    .map((column, index) => {
      const columnWidth = widths[index] ?? 0;
      return pad(truncate(cells[index] ?? '', columnWidth), columnWidth, column.align);
    })
    .join(' '.repeat(COLUMN_GAP))
    .trimEnd();
}
