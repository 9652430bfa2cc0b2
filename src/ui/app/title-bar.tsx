import { Box } from 'ink';
import { StyledText } from '../components/styled-text.js';

/** The first line: the program and where the planner is. */
export function TitleBar({ text, marker, width }: { readonly text: string; readonly marker?: string; readonly width: number }) {
  return (
    <Box width={width}>
      <StyledText style="title">forcecalc · {text}</StyledText>
      {marker === undefined ? null : (
        <Box flexShrink={0} marginLeft={2}>
          <StyledText style="changed">{marker}</StyledText>
        </Box>
      )}
    </Box>
  );
}
