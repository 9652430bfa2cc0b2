/**
 * One panel alone, as the app lays it out in a terminal of a given size:
 * the body's width and height (src/ui/app/screen-layout.ts, with the one
 * status line under the body), the monochrome theme so that frames are plain
 * text. A test about one panel renders only that panel: it is faster than
 * the whole app, and a change elsewhere on the screen leaves its frame alone.
 */
import type { ReactElement } from 'react';
import { screenLayout } from '../../src/ui/app/screen-layout.js';
import { themeFor } from '../../src/ui/components/theme.js';
import { ThemeContext } from '../../src/ui/components/theme-context.js';
import { renderTerminal, STANDARD_TERMINAL, type RenderedTerminal, type TerminalSize } from './terminal.js';

/** The room the app gives a panel. */
export interface PanelSize {
  readonly width: number;
  readonly height: number;
}

/** The body of the app's screen in a terminal of `size`. */
export function bodySize(size: TerminalSize = STANDARD_TERMINAL): PanelSize {
  const layout = screenLayout(size, 1);
  return { width: layout.columns, height: layout.bodyHeight };
}

/** Renders the panel `draw` returns for the body of a terminal of `size`. */
export function renderPanel(draw: (body: PanelSize) => ReactElement, size: TerminalSize = STANDARD_TERMINAL): Promise<RenderedTerminal> {
  return renderTerminal(<ThemeContext.Provider value={themeFor(false)}>{draw(bodySize(size))}</ThemeContext.Provider>, size);
}
