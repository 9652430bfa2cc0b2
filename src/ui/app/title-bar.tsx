import { Box } from 'ink';
import { memo } from 'react';
import { StyledText } from '../components/styled-text.js';

/** The first line: the program and where the planner is. Memoised: drawn again only when it changes. */
export const TitleBar = memo(function TitleBar({ text, marker, width }: { readonly text: string; readonly marker?: string | undefined; readonly width: number }) {
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
});
