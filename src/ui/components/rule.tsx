import { StyledText } from './styled-text.js';
import { useTheme } from './theme-context.js';

/** A horizontal line across `width` columns. */
export function Rule({ width }: { readonly width: number }) {
  const theme = useTheme();
  return <StyledText style="muted">{theme.glyphs.rule.repeat(Math.max(0, width))}</StyledText>;
}
