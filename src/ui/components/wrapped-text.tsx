import { Box } from 'ink';
import { wrap } from '../../text/text-width.js';
import { StyledText } from './styled-text.js';
import type { StyleName } from './theme.js';

/** Props of WrappedText. */
export interface WrappedTextProps {
  readonly text: string;
  readonly width: number;
  /** Spaces before every line. @default 0 */
  readonly indent?: number;
  readonly style?: StyleName;
}

/**
 * Text word-wrapped by the report's `wrap`, one `<Text>` per line: the same
 * line breaks as the printed reports, and no stray space at the start of a
 * continued line (Ink's own wrapping keeps the space it broke at).
 */
export function WrappedText({ text, width, indent = 0, style }: WrappedTextProps) {
  const lines = wrap(text, Math.max(1, width - indent));
  const pad = ' '.repeat(indent);
  return (
    <Box flexDirection="column">
      {lines.map((line, index) => (
        <StyledText key={index} style={style}>
          {pad}
          {line}
        </StyledText>
      ))}
    </Box>
  );
}
