/** No sector drew this cell. */
export const NO_SECTOR = -1;

// Braille dot bits by [column][row] inside a 2 x 4 cell (Unicode's dot numbering 1-8).
const BRAILLE_BITS = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
] as const;
const BRAILLE_BLANK = 0x2800;

/**
 * A grid of character cells, each 2 x 4 dots in braille or a single dot
 * otherwise (one character a cell), that remembers which dots are set, which
 * sector set each cell last, and any label written over a cell.
 */
export class DotCanvas {
  readonly cellWidth: number;
  readonly cellHeight: number;
  private readonly dots: Uint8Array;
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
    if (x < 0 || y < 0 || x >= this.dotWidth || y >= this.dotHeight) throw new RangeError(`dot (${x}, ${y}) is outside the canvas`);
    const cellX = Math.floor(x / this.cellWidth);
    const cellY = Math.floor(y / this.cellHeight);
    const cell = cellY * this.columns + cellX;
    const bit = this.braille ? BRAILLE_BITS[(x % 2) as 0 | 1][(y % 4) as 0 | 1 | 2 | 3] : 1;
    this.dots[cell] = (this.dots[cell] ?? 0) | bit;
    this.sectors[cell] = sector;
    return cell;
  }

  /**
   * A straight run of dots from one dot to another (Bresenham); `visit` hears
   * each cell the run enters, in order, for placing a label later.
   */
  line(from: readonly [number, number], to: readonly [number, number], sector: number, visit: (cell: number) => void): void {
    let [x, y] = from;
    const [toX, toY] = to;
    const stepX = x < toX ? 1 : -1;
    const stepY = y < toY ? 1 : -1;
    const dx = Math.abs(toX - x);
    const dy = -Math.abs(toY - y);
    let error = dx + dy;
    for (;;) {
      visit(this.plot(x, y, sector));
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
   * cell shows `glyph(sector)`. Labels stand over both; empty cells are spaces.
   */
  text(glyph: (sector: number) => string = () => '#'): string[] {
    const rows: string[] = [];
    for (let row = 0; row < this.rows; row += 1) {
      let text = '';
      for (let column = 0; column < this.columns; column += 1) {
        const cell = row * this.columns + column;
        const bits = this.dots[cell] ?? 0;
        const label = this.labels.get(cell);
        if (label !== undefined) text += label;
        else if (bits === 0) text += ' ';
        else if (this.braille) text += String.fromCharCode(BRAILLE_BLANK + bits);
        else text += glyph(this.sectors[cell] ?? NO_SECTOR);
      }
      rows.push(text);
    }
    return rows;
  }

  /** Per cell, the sector that drew it last (or labelled it), `NO_SECTOR` for an empty cell. */
  cellSectors(): number[][] {
    const rows: number[][] = [];
    for (let row = 0; row < this.rows; row += 1) {
      rows.push(Array.from(this.sectors.subarray(row * this.columns, (row + 1) * this.columns)));
    }
    return rows;
  }
}
