import { Text } from 'ink';
import type { ReactNode } from 'react';
import type { StyleName } from './theme.js';
import { useTheme } from './theme-context.js';

/** Props of StyledText. */
export interface StyledTextProps {
  /** What the text is; the theme decides its look. Absent: plain text. */
  readonly style?: StyleName | undefined;
  /** @default 'truncate-end' (a line of the screen never wraps unless asked) */
  readonly wrap?: 'wrap' | 'truncate-end';
  readonly children?: ReactNode;
}

/** Text styled by the theme. */
export function StyledText({ style, wrap = 'truncate-end', children }: StyledTextProps) {
  const theme = useTheme();
  const props = style === undefined ? {} : theme.styles[style];
  return (
    <Text {...props} wrap={wrap}>
      {children}
    </Text>
  );
}
