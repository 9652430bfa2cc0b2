// Ink's "virtual output", the screen it builds from the texts of a frame before
// writing it, with Ink 6.8's behaviour and less work per frame. Ink's own
// (ink/build/output.js) builds every frame from nothing: it tokenises every
// line of every text, makes a styled-character object for each cell of the
// screen, and turns each row back into a string by comparing the styles of
// every pair of neighbouring cells. On a 160x48 screen that was about half of a
// redraw. This one does the same steps, but
// - keeps what it learns about a line (its styled characters, its width) from
//   one frame to the next, in caches of a few screens' worth: a factor step
//   changes a few lines of a screen;
// - gives every cell with the same styles one shared styles array, so that a
//   row's neighbouring cells compare by identity, and remembers the escape
//   sequence from one set of styles to another;
// - starts the screen from one shared blank cell instead of one object per cell.
// Its steps follow Ink's output.js (Ink's MIT licence, copyright Vadym Demedes).
// scripts/ink-output-plugin.mjs puts it in place of Ink's when the executable
// is bundled (and refuses an Ink it was not checked against);
// tests/ui/terminal-output/screen-output.test.ts checks that it builds the
// same screen as the installed Ink's own, string for string.
import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, type AnsiCode, type StyledChar } from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';

/** What Ink's renderer passes to `write` to change each line of a text (its `<Transform>`). */
export type OutputTransformer = (line: string, index: number) => string;

/** A region outside which writes are cut off; an undefined side does not clip. */
export interface Clip {
  readonly x1: number | undefined;
  readonly x2: number | undefined;
  readonly y1: number | undefined;
  readonly y2: number | undefined;
}

type Operation =
  | { readonly type: 'write'; readonly x: number; readonly y: number; readonly text: string; readonly transformers: readonly OutputTransformer[] }
  | { readonly type: 'clip'; readonly clip: Clip }
  | { readonly type: 'unclip' };

type Styles = readonly AnsiCode[];

/**
 * A cache of at most twice `limit` entries: when the newer half is full the
 * older is let go, and what the older held and is asked for again moves to
 * the newer. A screen's lines are a few hundred, so a frame's lookups hit,
 * and a long session never keeps more than the limits below, whatever it
 * draws. `onTurnover` is told when the older half goes.
 */
export class GenerationalCache<Key, Value> {
  private current = new Map<Key, Value>();
  private previous = new Map<Key, Value>();

  constructor(
    private readonly limit: number,
    private readonly onTurnover: () => void = () => {},
  ) {}

  get(key: Key, compute: (key: Key) => Value): Value {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key) ?? compute(key);
      if (this.current.size >= this.limit) {
        this.previous = this.current;
        this.current = new Map();
        this.onTurnover();
      }
      this.current.set(key, value);
    }
    return value;
  }
}

const NO_STYLES: Styles = Object.freeze([]);
const BLANK: StyledChar = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: NO_STYLES as AnsiCode[] });

/**
 * The escape sequence from one canonical styles array to another, by
 * identity. Started again with the canonical arrays' turnover, so that it
 * keeps alive none of the arrays let go (NO_STYLES, never let go, would).
 */
let transitions = new WeakMap<Styles, Map<Styles, string>>();
/** One shared array per distinct list of styles (by its codes, in order): a session's few dozen. */
const canonicalStyles = new GenerationalCache<string, Styles>(1_024, () => {
  transitions = new WeakMap();
});
/**
 * Each line's styled characters, with canonical styles; Ink never changes a
 * cell it was given. 2,000 lines is several screens at 160x48; at most 4,000
 * lines of characters are kept.
 */
const styledLines = new GenerationalCache<string, readonly StyledChar[]>(2_000);
/** The display width of a line or of one character (a number each: a larger limit costs little). */
const widths = new GenerationalCache<string, number>(20_000);
/** The width of a text's widest line. */
const widestLines = new GenerationalCache<string, number>(2_000);

/** The one shared array for `styles`' list of styles. */
function canonical(styles: Styles): Styles {
  if (styles.length === 0) return NO_STYLES;
  // JSON: no code, a link's URL among them, can make two lists one key.
  const key = JSON.stringify(styles.map((code) => [code.code, code.endCode]));
  return canonicalStyles.get(key, () => Object.freeze([...styles]));
}

function styledCharacters(line: string): readonly StyledChar[] {
  return styledLines.get(line, () =>
    styledCharsFromTokens(tokenize(line)).map((character) => Object.freeze({ ...character, styles: canonical(character.styles) as AnsiCode[] })),
  );
}

/** The escape sequence that takes a terminal from `from` to `to`: the tokenizer's own `diffAnsiCodes`, remembered. */
function transition(from: Styles, to: Styles): string {
  if (from === to) return '';
  let fromHere = transitions.get(from);
  if (fromHere === undefined) {
    fromHere = new Map();
    transitions.set(from, fromHere);
  }
  let sequence = fromHere.get(to);
  if (sequence === undefined) {
    sequence = ansiCodesToString(diffAnsiCodes([...from], [...to]));
    fromHere.set(to, sequence);
  }
  return sequence;
}

/** A row as the terminal gets it: each cell's character, an escape sequence where the styles change, all styles closed at the end, trailing spaces cut. */
function rowText(row: readonly (StyledChar | undefined)[]): string {
  let text = '';
  let previous: Styles = NO_STYLES;
  for (const character of row) {
    if (character === undefined) continue;
    text += transition(previous, character.styles) + character.value;
    previous = character.styles;
  }
  return (text + transition(previous, NO_STYLES)).trimEnd();
}

function widestLine(text: string): number {
  return widestLines.get(text, () => {
    let widest = 0;
    for (const line of text.split('\n')) widest = Math.max(widest, widths.get(line, stringWidth));
    return widest;
  });
}

/** Cells for a size: Ink counts `for (x = 0; x < width; x++)`. */
const cellCount = (size: number): number => (size > 0 ? Math.ceil(size) : 0);

/** Lays the texts of one frame on a screen of `width` x `height` cells; the drop-in for Ink's `Output`. */
export default class Output {
  readonly width: number;
  readonly height: number;
  private readonly operations: Operation[] = [];

  constructor(options: { readonly width: number; readonly height: number }) {
    this.width = options.width;
    this.height = options.height;
  }

  write(x: number, y: number, text: string, options: { readonly transformers: readonly OutputTransformer[] }): void {
    if (!text) return;
    this.operations.push({ type: 'write', x, y, text, transformers: options.transformers });
  }

  clip(clip: Clip): void {
    this.operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    // Yoga gives whole sizes; a fraction would be a cell more, as Ink's loops make it, and NaN none.
    const [columns, rows] = [cellCount(this.width), cellCount(this.height)];
    const screen: (StyledChar | undefined)[][] = Array.from({ length: rows }, () => new Array<StyledChar>(columns).fill(BLANK));
    const clips: Clip[] = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') clips.push(operation.clip);
      else if (operation.type === 'unclip') clips.pop();
      else writeText(screen, operation, clips.at(-1));
    }
    return { output: screen.map(rowText).join('\n'), height: screen.length };
  }
}

/** Puts one text on the screen as Ink's `Output.get` does: clipped, transformed line by line, wide characters taking their cells. */
function writeText(screen: (StyledChar | undefined)[][], operation: Extract<Operation, { type: 'write' }>, clip: Clip | undefined): void {
  const { text, transformers } = operation;
  let { x, y } = operation;
  let lines = text.split('\n');
  if (clip !== undefined) {
    const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
    const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
    // Outside the clip altogether: nothing to write.
    if (clipHorizontally && (x + widestLine(text) < clip.x1! || x > clip.x2!)) return;
    if (clipVertically && (y + lines.length < clip.y1! || y > clip.y2!)) return;
    if (clipHorizontally) {
      const [x1, x2] = [clip.x1!, clip.x2!];
      lines = lines.map((line) => {
        const width = widths.get(line, stringWidth);
        return sliceAnsi(line, x < x1 ? x1 - x : 0, x + width > x2 ? x2 - x : width);
      });
      if (x < x1) x = x1;
    }
    if (clipVertically) {
      const [y1, y2] = [clip.y1!, clip.y2!];
      const height = lines.length;
      lines = lines.slice(y < y1 ? y1 - y : 0, y + height > y2 ? y2 - y : height);
      if (y < y1) y = y1;
    }
  }
  let offsetY = 0;
  for (const [index, untransformed] of lines.entries()) {
    const row = screen[y + offsetY];
    // A text taller than the screen: its lines past the bottom are not drawn.
    if (row === undefined) continue;
    const line = transformers.reduce((current, transform) => transform(current, index), untransformed);
    let offsetX = x;
    for (const character of styledCharacters(line)) {
      row[offsetX] = character;
      const characterWidth = Math.max(1, widths.get(character.value, stringWidth));
      // The cells a wide character covers hold nothing of their own.
      for (let covered = 1; covered < characterWidth; covered += 1) {
        row[offsetX + covered] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
      }
      offsetX += characterWidth;
    }
    offsetY += 1;
  }
}
