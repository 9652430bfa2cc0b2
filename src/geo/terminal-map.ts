import { clipSegment, type PlaneBox, type PlanePoint } from './clip-segment.js';
import { BASE_MAP, DotCanvas, NO_SECTOR } from './dot-canvas.js';
import type { Line } from './geometry-problem.js';
import { boundsOf, fitProjection, type Projection } from './map-projection.js';
import { scaleBar, type ScaleBar } from './scale-bar.js';

/** One sector to draw: its lines (none for a sector given as a length, which keeps its marker). */
export interface MapSector {
  readonly lines: readonly Line[];
}

export interface TerminalMapOptions {
  /** Character cells across; every returned row is exactly this many characters. At least 8. */
  readonly width: number;
  /**
   * Character cells down for the map itself (the scale bar and legend come below). At least 3; from 5 a
   * blank row is kept above and below the lines, as a blank column is at each side.
   */
  readonly height: number;
  /**
   * Braille dots (U+2800), 2 x 4 a cell; false for plain ASCII, one dot a cell
   * (for TERM=dumb and `--no-unicode`).
   * @default true
   */
  readonly unicode?: boolean;
  /**
   * A character cell's height over its width on the screen.
   * @default 2
   */
  readonly cellAspect?: number;
  /**
   * Lines drawn under the sectors (borders and coasts), only where they cross
   * the view: the view is fitted to the sectors alone.
   * @default []
   */
  readonly baseMap?: readonly Line[];
  /**
   * The character of a cell only the base map drew. Without it: its braille
   * dots, or "." in ASCII. A front end that cannot dim the base map passes one,
   * so that a border never passes for a sector's braille line.
   */
  readonly baseGlyph?: string;
}

/**
 * A map as text, with what a front end needs to colour it (no ANSI codes
 * here): per map cell the index of the sector that drew it, and each sector's
 * marker for its legend (report/map-legend.ts writes the legend). A colour per
 * sector index is the front end's choice.
 */
export interface TerminalMap {
  /** The map: `height` rows of exactly `width` characters. */
  readonly rows: readonly string[];
  /** Per map cell, the sector index that drew it (a later sector over an earlier one), -2 for the base map only, or -1. */
  readonly cellSectors: readonly (readonly number[])[];
  /** The scale bar row, `width` characters. */
  readonly scaleBar: string;
  /** The km the scale bar spans, or null when none fits (or there is nothing to draw). */
  readonly scaleBarKm: number | null;
  /** Per sector, the character that marks it: a label on its line in braille, the line itself in ASCII. */
  readonly markers: readonly string[];
  /** Whether any line of the base map crossed the view. */
  readonly baseMapShown: boolean;
}

// Braille cannot tell lines apart, so a label (1, 2, ... A, B, ...) sits on each sector's line.
const BRAILLE_MARKERS = '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Without braille every drawn cell is one character, so the character itself tells sectors apart.
const ASCII_MARKERS = '*+ox#%=@&$';
const MARGIN_CELLS = 1;
// A map lower than this has no blank row above and below its lines: in 3 rows, 2 would be margin.
const MIN_ROWS_FOR_TOP_MARGIN = 5;

function markerOf(sectorIndex: number, unicode: boolean): string {
  const markers = unicode ? BRAILLE_MARKERS : ASCII_MARKERS;
  return markers[sectorIndex % markers.length] ?? '?';
}

/** The cells a sector's longest drawn line entered, in order; the label goes near the middle. */
function placeLabel(canvas: DotCanvas, cells: readonly number[], marker: string, sectorIndex: number): void {
  const middle = Math.floor(cells.length / 2);
  for (let offset = 0; offset <= middle + 1; offset += 1) {
    for (const index of [middle + offset, middle - offset]) {
      const cell = cells[index];
      if (cell !== undefined && !canvas.hasLabel(cell)) {
        canvas.label(cell, marker, sectorIndex);
        return;
      }
    }
  }
}

// A segment spanning more than half the globe's longitudes is a ring closed across 180 degrees, not a line to draw.
const HALF_TURN_DEGREES = 180;

/**
 * Draws the base map's lines where they cross the canvas: each segment
 * clipped to the grid of dots, so a line that leaves the view ends at its
 * edge. Returns whether any dot was set. Tens of thousands of points go by at
 * each drawing, nearly all out of view: a point is two numbers and a code of
 * the edges it lies beyond, and a segment beyond one edge at both ends is
 * passed over before anything is made of it.
 */
function drawBaseMap(canvas: DotCanvas, projection: Projection, lines: readonly Line[]): boolean {
  const box: PlaneBox = { minX: 0, minY: 0, maxX: canvas.dotWidth - 1, maxY: canvas.dotHeight - 1 };
  const outside = (x: number, y: number): number =>
    (x < box.minX ? 1 : 0) | (x > box.maxX ? 2 : 0) | (y < box.minY ? 4 : 0) | (y > box.maxY ? 8 : 0);
  const toDot = ([x, y]: PlanePoint): [number, number] => [Math.round(x), Math.round(y)];
  let shown = false;
  for (const line of lines) {
    let previousX = 0;
    let previousY = 0;
    let previousSide = -1;
    let previousLongitude = 0;
    for (const [longitude, latitude] of line) {
      const x = projection.planeX(longitude);
      const y = projection.planeY(latitude);
      const side = outside(x, y);
      // Both ends beyond one edge: nothing of it is in view (most of the world's coasts, cheaply).
      if (previousSide >= 0 && (previousSide & side) === 0 && Math.abs(longitude - previousLongitude) <= HALF_TURN_DEGREES) {
        const part = clipSegment([previousX, previousY], [x, y], box);
        if (part !== null) {
          canvas.baseLine(toDot(part[0]), toDot(part[1]));
          shown = true;
        }
      }
      previousX = x;
      previousY = y;
      previousSide = side;
      previousLongitude = longitude;
    }
  }
  return shown;
}

/**
 * Draws sectors' lines as a terminal map: equirectangular, x scaled by the
 * cosine of the centre latitude, fitted to the box of all lines with a margin
 * of one cell (none above and below in a map of under 5 rows); a scale bar of a round number of km sized at the centre
 * latitude; each sector's marker; the base map's lines under them, clipped to
 * the view. Pure.
 */
export function renderTerminalMap(sectors: readonly MapSector[], options: TerminalMapOptions): TerminalMap {
  const { width, height, unicode = true, cellAspect = 2, baseMap = [], baseGlyph } = options;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 8 || height < 3) {
    throw new RangeError(`a terminal map needs at least 8 x 3 whole cells, not ${width} x ${height}`);
  }
  const canvas = new DotCanvas(width, height, unicode);
  const bounds = boundsOf(sectors.flatMap((sector) => sector.lines));
  let bar: ScaleBar = { km: null, text: ' '.repeat(width) };
  let baseMapShown = false;
  if (bounds !== null) {
    const projection = fitProjection(bounds, {
      width: canvas.dotWidth,
      height: canvas.dotHeight,
      dotAspect: (cellAspect * canvas.cellWidth) / canvas.cellHeight,
      marginX: MARGIN_CELLS * canvas.cellWidth,
      marginY: height >= MIN_ROWS_FOR_TOP_MARGIN ? MARGIN_CELLS * canvas.cellHeight : 0,
    });
    baseMapShown = drawBaseMap(canvas, projection, baseMap);
    const labelPaths: number[][] = [];
    sectors.forEach((sector, sectorIndex) => {
      let longest: number[] = [];
      for (const line of sector.lines) {
        const cells: number[] = [];
        const visit = (cell: number): void => {
          if (cells[cells.length - 1] !== cell) cells.push(cell);
        };
        const dots = line.map((point) => projection.toDot(point));
        dots.forEach((dot, index) => canvas.line(dots[index - 1] ?? dot, dot, sectorIndex, visit));
        if (cells.length > longest.length) longest = cells;
      }
      labelPaths.push(longest);
    });
    // Labels go on after every line is drawn, so no later line hides one.
    if (unicode) labelPaths.forEach((cells, sectorIndex) => placeLabel(canvas, cells, markerOf(sectorIndex, true), sectorIndex));
    bar = scaleBar(projection.kmPerDotX, width, unicode);
  }
  const rows = canvas.text((sectorIndex) => (sectorIndex === NO_SECTOR || sectorIndex === BASE_MAP ? ' ' : markerOf(sectorIndex, false)), baseGlyph);
  return {
    rows,
    cellSectors: canvas.cellSectors(),
    scaleBar: bar.text,
    scaleBarKm: bar.km,
    markers: sectors.map((_, sectorIndex) => markerOf(sectorIndex, unicode)),
    baseMapShown,
  };
}
