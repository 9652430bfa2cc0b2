import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Focus } from './focus.js';
import { FOOTER_KEYS } from '../help/key-reference.js';
import { useTheme } from '../components/theme-context.js';

/** The keys that work where the focus is, cut at the screen's width. Memoised: drawn again only when the focus or the width changes. */
export const Footer = memo(function Footer({ focus, width }: { readonly focus: Focus; readonly width: number }) {
  const theme = useTheme();
  return (
    <Box width={width}>
      <Text wrap="truncate-end">
        {FOOTER_KEYS[focus].map((binding, index) => (
          <Text key={index}>
            {index > 0 ? '  ' : ''}
            <Text {...theme.styles.key}>{binding.keys}</Text> {binding.action}
          </Text>
        ))}
      </Text>
    </Box>
  );
});
