import { createContext, useContext } from 'react';
import { MONOCHROME_THEME, type Theme } from './theme.js';

/**
 * The theme for every view. The default is monochrome, so a component rendered
 * without a provider (a test, `renderToString`) writes plain text.
 */
export const ThemeContext = createContext<Theme>(MONOCHROME_THEME);

/** The current theme. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}
