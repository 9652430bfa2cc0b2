import { Box } from 'ink';
import { Children, createContext, useContext, type ReactNode } from 'react';

/** Props of a ClippedColumn. */
export interface ClippedColumnProps {
  readonly width?: number;
  readonly height?: number;
  /**
   * True when the view has laid out every line within `width` (fixed-width
   * cells whose sum fits, text that truncates or wraps at the width): the
   * column then cuts only at the bottom. False: it also cuts at the right.
   * Absent: as the enclosing ClippedColumn (false at the top).
   */
  readonly linesFit?: boolean;
  /**
   * Every child is a Row (which never shrinks): no box is put around each,
   * so long tables have fewer nodes for Ink to lay out and draw. @default false
   */
  readonly rowsOnly?: boolean;
  readonly children?: ReactNode;
}

/** Whether the enclosing ClippedColumn's lines fit its width. */
const LinesFitContext = createContext(false);

/**
 * Lines stacked in a fixed height, cut at the bottom when they do not fit.
 * Ink's boxes shrink by default, and a shrunk line is drawn over its
 * neighbour; here every line keeps its height and the column clips instead,
 * so a small terminal shows less rather than garbage.
 *
 * Cutting at the right is asked for only where a line may be too wide: Ink
 * slices every line of every text under a horizontal clip (a second pass of
 * ANSI tokenising per character), which was a sixth to a fifth of a redraw of the
 * 20-sector screen at 160 x 48 (bench/ui.mjs).
 */
export function ClippedColumn({ width, height, linesFit, rowsOnly = false, children }: ClippedColumnProps) {
  const inherited = useContext(LinesFitContext);
  const fits = linesFit ?? inherited;
  const column = (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden" overflowX={fits ? 'visible' : 'hidden'} flexShrink={0}>
      {rowsOnly
        ? children
        : Children.toArray(children).map((child, index) => (
            <Box key={index} flexDirection="column" flexShrink={0}>
              {child}
            </Box>
          ))}
    </Box>
  );
  return linesFit === undefined ? column : <LinesFitContext.Provider value={fits}>{column}</LinesFitContext.Provider>;
}
