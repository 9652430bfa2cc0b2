import { Box } from 'ink';
import { Children, type ReactNode } from 'react';

/** Props of a ClippedColumn. */
export interface ClippedColumnProps {
  readonly width?: number;
  readonly height?: number;
  readonly children?: ReactNode;
}

/**
 * Lines stacked in a fixed height, cut at the bottom when they do not fit.
 * Ink's boxes shrink by default, and a shrunk line is drawn over its
 * neighbour; here every line keeps its height and the column clips instead,
 * so a small terminal shows less rather than garbage.
 */
export function ClippedColumn({ width, height, children }: ClippedColumnProps) {
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden" flexShrink={0}>
      {Children.toArray(children).map((child, index) => (
        <Box key={index} flexDirection="column" flexShrink={0}>
          {child}
        </Box>
      ))}
    </Box>
  );
}
