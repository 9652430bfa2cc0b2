import { Cell } from '../components/cell.js';
import { compareLegend, shownColumns, type CompareLayout, type CompareNames } from './compare-layout.js';
import type { CompareRow } from './compare-rows.js';
import type { CompareState } from './compare-state.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { Row } from '../components/row.js';
import { WrappedText } from '../components/wrapped-text.js';

/** Props of the CompareView. */
export interface CompareViewProps {
  /** The scenarios' sanitised ids, the base first, and those the planner edited. */
  readonly names: CompareNames;
  readonly rows: readonly CompareRow[];
  readonly layout: CompareLayout;
  readonly state: CompareState;
  readonly width: number;
  readonly height: number;
}

/** Blank columns between scenario columns, never taken by an id. */
const COLUMN_GAP = 2;
/** The narrowest difference column worth drawing ("+1,234 (+12%)"). */
const MIN_DIFFERENCE_WIDTH = 12;

/**
 * Scenarios side by side; cells that differ from the base (first) scenario
 * are marked `*`. Two scenarios, where the width allows, get a column of the
 * difference of the second from the first (the same text `forcecalc compare`
 * prints).
 */
export function CompareView({ names, rows, layout, state, width, height }: CompareViewProps) {
  const rowOffset = Math.min(state.rowOffset, layout.maxRowOffset);
  // The base column stays where two fit; the others scroll.
  const shown = shownColumns(layout, state.columnOffset);
  const legend = compareLegend(names, names.ids.length - shown.length, layout.maxRowOffset - rowOffset);
  const cellWidth = layout.columnWidth - COLUMN_GAP;
  // Two scenarios side by side: the difference B - A and its share of A (core/difference.ts), where the width leaves room.
  const differenceWidth = width - layout.labelWidth - layout.unitWidth - shown.length * layout.columnWidth;
  const showDifference = names.ids.length === 2 && shown.length === 2 && differenceWidth >= MIN_DIFFERENCE_WIDTH;

  return (
    <ClippedColumn width={width} height={height}>
      <ClippedColumn height={layout.legendLines}>
        <WrappedText text={legend} width={width} style="muted" />
      </ClippedColumn>
      <Row>
        <Cell width={layout.labelWidth} style="heading">FIGURE</Cell>
        <Cell width={layout.unitWidth} style="heading">UNIT</Cell>
        {shown.map((index) => (
          <Cell key={index} width={cellWidth} gap={COLUMN_GAP} style="heading">
            {names.ids[index]}
          </Cell>
        ))}
        {showDifference ? (
          <Cell width={differenceWidth} style="heading">
            DIFFERENCE
          </Cell>
        ) : null}
      </Row>
      {rows.slice(rowOffset, rowOffset + layout.visibleRows).map((row) => (
        <Row key={row.label}>
          <Cell width={layout.labelWidth}>{row.label}</Cell>
          <Cell width={layout.unitWidth} style="muted">{row.unit}</Cell>
          {shown.map((index) => {
            const cell = row.cells[index];
            return (
              <Cell key={index} width={cellWidth} gap={COLUMN_GAP} style={cell?.differs === true ? 'differs' : undefined}>
                {cell === undefined ? '' : cell.differs ? `${cell.text} *` : cell.text}
              </Cell>
            );
          })}
          {showDifference ? <Cell width={differenceWidth}>{row.difference ?? ''}</Cell> : null}
        </Row>
      ))}
    </ClippedColumn>
  );
}
