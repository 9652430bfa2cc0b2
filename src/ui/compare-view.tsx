import { sanitizeText } from '../core/index.js';
import { Cell } from './cell.js';
import type { CompareLayout } from './compare-layout.js';
import type { CompareColumn, CompareRow } from './compare-rows.js';
import type { CompareState } from './compare-state.js';
import { StyledText } from './styled-text.js';
import { ClippedColumn } from './clipped-column.js';
import { Row } from './row.js';

/** Props of the CompareView. */
export interface CompareViewProps {
  readonly columns: readonly CompareColumn[];
  readonly rows: readonly CompareRow[];
  readonly layout: CompareLayout;
  readonly state: CompareState;
  readonly width: number;
  readonly height: number;
}

/** Scenarios side by side; cells that differ from the base (first) scenario are marked `*`. */
export function CompareView({ columns, rows, layout, state, width, height }: CompareViewProps) {
  const rowOffset = Math.min(state.rowOffset, layout.maxRowOffset);
  const columnOffset = Math.min(state.columnOffset, layout.maxColumnOffset);
  // The base column always stays; the others scroll.
  const shown = [0, ...Array.from({ length: layout.otherColumns }, (_, index) => 1 + columnOffset + index)];
  const ids = columns.map((column) => sanitizeText(column.estimate.scenario.id));
  const edited = ids.filter((_, index) => columns[index]?.edited === true);
  const hidden = columns.length - shown.length;

  return (
    <ClippedColumn width={width} height={height}>
      <StyledText style="muted">
        * differs from {ids[0]}.{edited.length > 0 ? ` Edited: ${edited.join(', ')}.` : ''}
        {hidden > 0 ? ` ${hidden} more: Left/Right.` : ''}
      </StyledText>
      <Row>
        <Cell width={layout.labelWidth} style="heading">FIGURE</Cell>
        <Cell width={layout.unitWidth} style="heading">UNIT</Cell>
        {shown.map((index) => (
          <Cell key={index} width={layout.columnWidth} style="heading">
            {ids[index]}
          </Cell>
        ))}
      </Row>
      {rows.slice(rowOffset, rowOffset + layout.visibleRows).map((row) => (
        <Row key={row.label}>
          <Cell width={layout.labelWidth}>{row.label}</Cell>
          <Cell width={layout.unitWidth} style="muted">{row.unit}</Cell>
          {shown.map((index) => {
            const cell = row.cells[index];
            return (
              <Cell key={index} width={layout.columnWidth} style={cell?.differs === true ? 'differs' : undefined}>
                {cell === undefined ? '' : cell.differs ? `${cell.text} *` : cell.text}
              </Cell>
            );
          })}
        </Row>
      ))}
    </ClippedColumn>
  );
}
