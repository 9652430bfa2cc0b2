import type { TerminalSize } from '../components/use-terminal-size.js';

/** From this width the scenario screen shows its panels side by side. */
export const WIDE_COLUMNS = 120;

/** Lines of the frame around the body: the title, the tab or rule line, and the footer. */
const CHROME_LINES = 3;
/** Lines under the body that it always gives: the status line, or a prompt's question and message. */
const BASE_BOTTOM_LINES = 2;
/**
 * Lines the body keeps before it gives a prompt more than BASE_BOTTOM_LINES:
 * the estimate panel's least (headings, a figure, its formula and inputs).
 * A panel squeezed below its least would draw past the body, since Ink cuts
 * text at the innermost clipping box only.
 */
const MIN_BODY_LINES = 6;

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
  /** Lines under the body for the status line or a prompt: as many as asked, while the body keeps MIN_BODY_LINES. */
  readonly bottomHeight: number;
  /** True from WIDE_COLUMNS: panels side by side. */
  readonly wide: boolean;
}

/**
 * The layout for a terminal of `size` with `bottomLines` under the body: 1
 * for the status line; for a prompt, the lines it needs (`promptHeight`), so
 * that a long message is wrapped in full rather than cut. Up to 2 lines are
 * always given; more while the body keeps MIN_BODY_LINES (a prompt cuts the
 * rest of its message).
 */
export function screenLayout(size: TerminalSize, bottomLines: number): ScreenLayout {
  const liveHeight = Math.max(1, size.rows - 1);
  const always = Math.min(bottomLines, BASE_BOTTOM_LINES);
  const bottomHeight = Math.max(1, Math.min(bottomLines, Math.max(always, liveHeight - CHROME_LINES - MIN_BODY_LINES)));
  return {
    columns: Math.max(1, size.columns),
    liveHeight,
    bodyHeight: Math.max(1, liveHeight - CHROME_LINES - bottomHeight),
    bottomHeight,
    wide: size.columns >= WIDE_COLUMNS,
  };
}
