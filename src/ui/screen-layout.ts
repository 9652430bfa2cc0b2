import type { TerminalSize } from './use-terminal-size.js';

/** From this width the scenario screen shows its panels side by side. */
export const WIDE_COLUMNS = 120;

/** Lines of the frame around the body: the title, the tab or rule line, and the footer. */
const CHROME_LINES = 3;

/** How the screen is divided at the current terminal size. */
export interface ScreenLayout {
  readonly columns: number;
  /**
   * Lines the app draws: one less than the terminal, because Ink clears the
   * whole terminal on every redraw once its output fills the screen (flicker).
   */
  readonly liveHeight: number;
  /** Lines between the tab line and the bottom lines (status or prompt). */
  readonly bodyHeight: number;
  /** True from WIDE_COLUMNS: panels side by side. */
  readonly wide: boolean;
}

/** The layout for a terminal of `size` with `bottomLines` under the body (1 status line, 2 for a prompt). */
export function screenLayout(size: TerminalSize, bottomLines: number): ScreenLayout {
  const liveHeight = Math.max(1, size.rows - 1);
  return {
    columns: Math.max(1, size.columns),
    liveHeight,
    bodyHeight: Math.max(1, liveHeight - CHROME_LINES - bottomLines),
    wide: size.columns >= WIDE_COLUMNS,
  };
}
