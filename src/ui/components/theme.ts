/**
 * How the screen marks things: colours where the terminal wants them, and
 * markers that carry the meaning without colour (`>` the cursor, `*` a changed
 * factor or a difference), so a NO_COLOR or TERM=dumb screen reads the same.
 * The monochrome theme writes no colour or style escape sequence at all, and
 * draws bars and rules in ASCII (block and box-drawing characters are the
 * ones that break in limited consoles).
 */

/** The Ink `<Text>` props a theme may set. */
export interface TextStyle {
  readonly color?: string;
  readonly bold?: boolean;
  readonly dimColor?: boolean;
  readonly underline?: boolean;
}

/** What a piece of text is, so the theme can decide how it looks. */
export type StyleName =
  | 'title'
  | 'heading'
  | 'cursor'
  | 'changed'
  | 'differs'
  | 'error'
  | 'warning'
  | 'success'
  | 'muted'
  | 'key'
  | 'focus'
  | 'barNeeded'
  | 'barPledged';

/** How the screen marks things. */
export interface Theme {
  /** False: no colour, no bold, ASCII bars (NO_COLOR, TERM=dumb, CI). */
  readonly color: boolean;
  readonly styles: Readonly<Record<StyleName, TextStyle>>;
  /** Characters of bars and rules. */
  readonly glyphs: {
    /** The part of a bar every bound reaches (the range's minimum). */
    readonly barSolid: string;
    /** The part only the range's maximum reaches. */
    readonly barRange: string;
    readonly rule: string;
  };
  /**
   * Ink colours of the map's sectors, by index in the scenario round the list
   * (the order of `forcecalc map`'s, src/cli/map-colours.ts); empty: no colour.
   */
  readonly sectorColours: readonly string[];
}

/** For terminals that take colour. */
export const COLOUR_THEME: Theme = {
  color: true,
  styles: {
    title: { bold: true },
    heading: { bold: true },
    cursor: { color: 'cyan', bold: true },
    changed: { color: 'yellow', bold: true },
    differs: { color: 'yellow', bold: true },
    error: { color: 'red', bold: true },
    warning: { color: 'yellow' },
    success: { color: 'green' },
    muted: { dimColor: true },
    key: { color: 'cyan' },
    focus: { color: 'cyan', bold: true },
    barNeeded: { color: 'cyan' },
    barPledged: { color: 'green' },
  },
  glyphs: { barSolid: '█', barRange: '▒', rule: '─' },
  sectorColours: ['cyan', 'yellow', 'magenta', 'green', 'blue', 'red'],
};

/** For NO_COLOR, TERM=dumb and CI: no colour, no style, ASCII bars. */
export const MONOCHROME_THEME: Theme = {
  color: false,
  styles: {
    title: {},
    heading: {},
    cursor: {},
    changed: {},
    differs: {},
    error: {},
    warning: {},
    success: {},
    muted: {},
    key: {},
    focus: {},
    barNeeded: {},
    barPledged: {},
  },
  glyphs: { barSolid: '#', barRange: '+', rule: '-' },
  sectorColours: [],
};

/** The theme for a terminal that does (`true`) or does not take colour. */
export function themeFor(color: boolean): Theme {
  return color ? COLOUR_THEME : MONOCHROME_THEME;
}
