import { textWidth, wrap } from '../../text/text-width.js';
import type { CompareRow } from './compare-rows.js';

/** How much of the compare table fits. */
export interface CompareLayout {
  readonly labelWidth: number;
  readonly unitWidth: number;
  /** Columns of each scenario, the two that part it from the next included. */
  readonly columnWidth: number;
  /**
   * True when the base column stays in view and the others scroll beside it;
   * false when only one scenario column fits, and Left/Right go through all
   * of them, the base included (its cells unmarked, the others marked where
   * they differ from it).
   */
  readonly basePinned: boolean;
  /** Scenario columns shown after the base column (pinned), or 0 (one column, not pinned). */
  readonly otherColumns: number;
  /** Lines of the legend above the headings: it is wrapped, never cut. */
  readonly legendLines: number;
  readonly visibleRows: number;
  readonly maxRowOffset: number;
  readonly maxColumnOffset: number;
}

/** The scenarios being compared, as the legend names them. */
export interface CompareNames {
  /** Sanitised ids, the base first. */
  readonly ids: readonly string[];
  /** Ids of the scenarios the planner edited. */
  readonly edited: readonly string[];
}

/** Columns after the longest label: derived from the rows (the factor and figure tables), so a new row's label fits. */
const LABEL_GAP = 1;
/** Columns after the longest unit ("packages"). */
const UNIT_GAP = 2;
/** The " *" that marks a difference, and the two columns between scenarios. */
const MARK_AND_GAP = 4;
const MIN_COLUMN_WIDTH = 10;
const MAX_COLUMN_WIDTH = 26;

/**
 * "* differs from coast. Edited: border. 1 more: Left/Right. (2 more lines:
 * Down)": what the marks mean, and what is out of view across and below (as
 * the other views say it).
 */
export function compareLegend(names: CompareNames, hiddenColumns: number, rowsBelow: number): string {
  const edited = names.edited.length > 0 ? ` Edited: ${names.edited.join(', ')}.` : '';
  const across = hiddenColumns > 0 ? ` ${hiddenColumns} more: Left/Right.` : '';
  const below = rowsBelow > 0 ? ` (${rowsBelow} more ${rowsBelow === 1 ? 'line' : 'lines'}: Down)` : '';
  return `* differs from ${names.ids[0] ?? ''}.${edited}${across}${below}`;
}

/** Scenario columns: as wide as the longest id or value (up to 26); narrower, ids cut, when that lets two stand side by side. */
function columnLayout(rows: readonly CompareRow[], names: CompareNames, width: number, labelWidth: number, unitWidth: number) {
  const scenarioCount = names.ids.length;
  const longestId = Math.max(0, ...names.ids.map(textWidth));
  const longestValue = Math.max(0, ...rows.flatMap((row) => row.cells.map((cell) => textWidth(cell.text))));
  // Numbers are never cut: a column is at least as wide as its values.
  const valueColumn = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longestValue + MARK_AND_GAP));
  const fullColumn = Math.min(MAX_COLUMN_WIDTH, Math.max(valueColumn, longestId + MARK_AND_GAP));
  const room = width - labelWidth - unitWidth;
  const perColumn = scenarioCount >= 2 ? Math.floor(room / 2) : room;
  const twoFit = scenarioCount >= 2 && 2 * valueColumn <= room;
  // Two or more side by side where the values allow; else one, with whatever room there is.
  const columnWidth = twoFit
    ? Math.floor(room / fullColumn) >= 2
      ? fullColumn
      : Math.max(valueColumn, Math.min(fullColumn, perColumn))
    : Math.max(valueColumn, Math.min(fullColumn, room));
  const others = Math.max(0, scenarioCount - 1);
  const otherColumns = twoFit ? Math.min(others, Math.floor(room / columnWidth) - 1) : 0;
  return { columnWidth, basePinned: twoFit, otherColumns, others };
}

/**
 * The layout of `rows` for the scenarios `names` in `width` x `height`. When
 * only one scenario column fits, one scenario is shown at a time. The legend
 * takes the lines it needs at its longest (the table at its top), so the
 * table does not move as it scrolls.
 */
export function compareLayout(rows: readonly CompareRow[], names: CompareNames, width: number, height: number): CompareLayout {
  const labelWidth = Math.max(0, ...rows.map((row) => textWidth(row.label))) + LABEL_GAP;
  const unitWidth = Math.max(0, ...rows.map((row) => textWidth(row.unit))) + UNIT_GAP;
  const { columnWidth, basePinned, otherColumns, others } = columnLayout(rows, names, width, labelWidth, unitWidth);
  const hiddenColumns = names.ids.length - (basePinned ? 1 + otherColumns : Math.min(1, names.ids.length));
  const legendLinesFor = (rowsBelow: number) => wrap(compareLegend(names, hiddenColumns, rowsBelow), Math.max(1, width)).length;
  // The rows below depend on the legend's lines, and the legend on the rows below: two rounds settle it.
  let legendLines = legendLinesFor(0);
  for (let round = 0; round < 2; round += 1) {
    const rowsBelow = Math.max(0, rows.length - Math.max(1, height - legendLines - 1));
    legendLines = Math.max(legendLines, legendLinesFor(rowsBelow));
  }
  const visibleRows = Math.max(1, height - legendLines - 1);
  return {
    labelWidth,
    unitWidth,
    columnWidth,
    basePinned,
    otherColumns,
    legendLines,
    visibleRows,
    maxRowOffset: Math.max(0, rows.length - visibleRows),
    maxColumnOffset: basePinned ? others - otherColumns : others,
  };
}

/** The scenario columns in view, by index: the base then those after `columnOffset` (pinned), or the one at `columnOffset`. */
export function shownColumns(layout: CompareLayout, columnOffset: number): number[] {
  const offset = Math.max(0, Math.min(columnOffset, layout.maxColumnOffset));
  if (!layout.basePinned) return [offset];
  return [0, ...Array.from({ length: layout.otherColumns }, (_, index) => 1 + offset + index)];
}
