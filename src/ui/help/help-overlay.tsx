import { Box } from 'ink';
import { Cell } from '../components/cell.js';
import { helpColumns, helpMaxScroll } from './help-layout.js';
import { StyledText } from '../components/styled-text.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { Row } from '../components/row.js';

/** Props of the HelpOverlay. */
export interface HelpOverlayProps {
  readonly width: number;
  readonly height: number;
  readonly scroll: number;
}

const KEYS_WIDTH = 13;

/** Every key, by where it works, over the body of the screen. */
export function HelpOverlay({ width, height, scroll }: HelpOverlayProps) {
  const columns = helpColumns(width);
  const columnWidth = Math.floor(width / columns.length);
  const maxScroll = helpMaxScroll(width, height);
  const from = Math.min(scroll, maxScroll);
  return (
    <ClippedColumn width={width} height={height}>
      <StyledText style="title">
        Keys{from > 0 ? `, from line ${from + 1}` : ''}
        {from < maxScroll ? ` (${maxScroll - from} more: Down)` : ''}
      </StyledText>
      <Box>
        {columns.map((column, index) => (
          <Box key={index} flexDirection="column" width={columnWidth}>
            {column.slice(from, from + height - 1).map((line, row) =>
              line.kind === 'title' ? (
                <StyledText key={row} style="heading">
                  {line.text}
                </StyledText>
              ) : (
                <Row key={row}>
                  <Cell width={2} />
                  <Cell width={KEYS_WIDTH} style="key">{line.keys}</Cell>
                  <Cell width={columnWidth - KEYS_WIDTH - 4}>{line.action}</Cell>
                </Row>
              ),
            )}
          </Box>
        ))}
      </Box>
    </ClippedColumn>
  );
}
