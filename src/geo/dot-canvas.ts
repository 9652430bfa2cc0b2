/** No sector drew this cell. */
export const NO_SECTOR = -1;
/** Only the base map (borders and coasts) drew this cell. */
export const BASE_MAP = -2;

// Braille dot bits by [column][row] inside a 2 x 4 cell (Unicode's dot numbering 1-8).
const BRAILLE_BITS = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
] as const;
const BRAILLE_BLANK = 0x2800;

/**
 * A grid of character cells, each 2 x 4 dots in braille or a single dot
 * otherwise (one character a cell), that remembers which dots are set, which
 * sector set each cell last, and any label written over a cell. The base map
 * (borders and coasts) has dots of its own underneath: a cell any sector drew
 * shows the sector's dots only, so a drawn line is never blurred by a border
 * beside it.
 */
export class DotCanvas {
  readonly cellWidth: number;
  readonly cellHeight: number;
  private readonly dots: Uint8Array;
  private readonly baseDots: Uint8Array;
  private readonly sectors: Int32Array;
  private readonly labels = new Map<number, string>();

  constructor(
    readonly columns: number,
    readonly rows: number,
    readonly braille: boolean,
  ) {
    this.cellWidth = braille ? 2 : 1;
    this.cellHeight = braille ? 4 : 1;
    this.dots = new Uint8Array(columns * rows);
    this.baseDots = new Uint8Array(columns * rows);
    this.sectors = new Int32Array(columns * rows).fill(NO_SECTOR);
  }

  /** Dots across the whole canvas. */
  get dotWidth(): number {
    return this.columns * this.cellWidth;
  }

  /** Dots down the whole canvas. */
  get dotHeight(): number {
    return this.rows * this.cellHeight;
  }

  /** Sets one dot; returns its cell's index. Dots outside the grid are a programmer error. */
  plot(x: number, y: number, sector: number): number {
    const cell = this.cellOf(x, y);
    this.dots[cell] = (this.dots[cell] ?? 0) | this.bitOf(x, y);
    this.sectors[cell] = sector;
    return cell;
  }

  /** Sets one dot of the base map, under every sector's. Dots outside the grid are a programmer error. */
  plotBase(x: number, y: number): number {
    const cell = this.cellOf(x, y);
    this.baseDots[cell] = (this.baseDots[cell] ?? 0) | this.bitOf(x, y);
    return cell;
  }

  private cellOf(x: number, y: number): number {
    if (x < 0 || y < 0 || x >= this.dotWidth || y >= this.dotHeight) throw new RangeError(`dot (${x}, ${y}) is outside the canvas`);
    return Math.floor(y / this.cellHeight) * this.columns + Math.floor(x / this.cellWidth);
  }

  private bitOf(x: number, y: number): number {
    return this.braille ? BRAILLE_BITS[(x % 2) as 0 | 1][(y % 4) as 0 | 1 | 2 | 3] : 1;
  }

  /**
   * A straight run of dots from one dot to another (Bresenham); `visit` hears
   * each cell the run enters, in order, for placing a label later.
   */
  line(from: readonly [number, number], to: readonly [number, number], sector: number, visit: (cell: number) => void): void {
    this.run(from, to, (x, y) => visit(this.plot(x, y, sector)));
  }

  /** A straight run of base-map dots (a piece of border or coast), under every sector's. */
  baseLine(from: readonly [number, number], to: readonly [number, number]): void {
    this.run(from, to, (x, y) => this.plotBase(x, y));
  }

  /** Bresenham's dots from one dot to the other, both included. */
  private run(from: readonly [number, number], to: readonly [number, number], dot: (x: number, y: number) => void): void {
    let [x, y] = from;
    const [toX, toY] = to;
    const stepX = x < toX ? 1 : -1;
    const stepY = y < toY ? 1 : -1;
    const dx = Math.abs(toX - x);
    const dy = -Math.abs(toY - y);
    let error = dx + dy;
    for (;;) {
      dot(x, y);
      if (x === toX && y === toY) return;
      const doubled = 2 * error;
      if (doubled >= dy) {
        error += dy;
        x += stepX;
      }
      if (doubled <= dx) {
        error += dx;
        y += stepY;
      }
    }
  }

  /** Writes one character over a whole cell (a sector's marker), owned by `sector`. */
  label(cell: number, character: string, sector: number): void {
    this.labels.set(cell, character);
    this.sectors[cell] = sector;
  }

  /** Whether a label already stands on `cell` (two sectors' labels never share one). */
  hasLabel(cell: number): boolean {
    return this.labels.has(cell);
  }

  /**
   * The text rows: a braille cell is U+2800 + its dot bits; otherwise a drawn
   * cell shows `glyph(sector)`. A cell only the base map drew shows its braille
   * dots, or `baseGlyph` when given (always in ASCII, where it defaults to
   * "."). Labels stand over all; empty cells are spaces.
   */
  text(glyph: (sector: number) => string = () => '#', baseGlyph?: string): string[] {
    const rows: string[] = [];
    for (let row = 0; row < this.rows; row += 1) {
      let text = '';
      for (let column = 0; column < this.columns; column += 1) {
        const cell = row * this.columns + column;
        const bits = this.dots[cell] ?? 0;
        const baseBits = this.baseDots[cell] ?? 0;
        const label = this.labels.get(cell);
        if (label !== undefined) text += label;
        else if (bits === 0 && baseBits !== 0) text += this.braille && baseGlyph === undefined ? String.fromCharCode(BRAILLE_BLANK + baseBits) : (baseGlyph ?? '.');
        else if (bits === 0) text += ' ';
        else if (this.braille) text += String.fromCharCode(BRAILLE_BLANK + bits);
        else text += glyph(this.sectors[cell] ?? NO_SECTOR);
      }
      rows.push(text);
    }
    return rows;
  }

  /**
   * Per cell, the sector that drew it last (or labelled it); `BASE_MAP` for a
   * cell only the base map drew, `NO_SECTOR` for an empty cell.
   */
  cellSectors(): number[][] {
    const rows: number[][] = [];
    for (let row = 0; row < this.rows; row += 1) {
      const start = row * this.columns;
      rows.push(
        Array.from(this.sectors.subarray(start, start + this.columns), (sector, column) =>
          sector === NO_SECTOR && (this.baseDots[start + column] ?? 0) !== 0 ? BASE_MAP : sector,
        ),
      );
    }
    return rows;
  }
}
