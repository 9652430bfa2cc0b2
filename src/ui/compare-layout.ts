import type { CompareRow } from './compare-rows.js';

/** How much of the compare table fits. */
export interface CompareLayout {
  readonly labelWidth: number;
  readonly unitWidth: number;
  readonly columnWidth: number;
  /** Scenario columns shown after the base column. */
  readonly otherColumns: number;
  readonly visibleRows: number;
  readonly maxRowOffset: number;
  readonly maxColumnOffset: number;
}

/** Columns of the figure names. */
export const COMPARE_LABEL_WIDTH = 22;
/** "packages" and two spaces. */
const UNIT_WIDTH = 10;
/** Lines above the rows: the legend and the column headings. */
const HEADER_LINES = 2;

/** The layout of `rows` for `scenarioCount` scenarios (ids up to `longestId` columns) in `width` x `height`. */
export function compareLayout(rows: readonly CompareRow[], scenarioCount: number, longestId: number, width: number, height: number): CompareLayout {
  const longestCell = Math.max(longestId, ...rows.flatMap((row) => row.cells.map((cell) => cell.text.length)));
  // Two columns for the " *" that marks a difference, two between columns.
  const columnWidth = Math.min(26, Math.max(10, longestCell + 4));
  const room = width - COMPARE_LABEL_WIDTH - UNIT_WIDTH - columnWidth;
  const others = Math.max(0, scenarioCount - 1);
  const otherColumns = Math.min(others, Math.max(0, Math.floor(room / columnWidth)));
  const visibleRows = Math.max(1, height - HEADER_LINES);
  return {
    labelWidth: COMPARE_LABEL_WIDTH,
    unitWidth: UNIT_WIDTH,
    columnWidth,
    otherColumns,
    visibleRows,
    maxRowOffset: Math.max(0, rows.length - visibleRows),
    maxColumnOffset: Math.max(0, others - otherColumns),
  };
}
