import { Box } from 'ink';
import type { ReactNode } from 'react';

/** One line of a table: its cells (and bars) side by side, never shrunk over the next line. */
export function Row({ children }: { readonly children?: ReactNode }) {
  return <Box flexShrink={0}>{children}</Box>;
}
