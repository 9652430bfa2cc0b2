/**
 * A scenario's drawn lines as a terminal map with its legend: what
 * `forcecalc map` prints and what the interactive UI can show in a panel. Pure
 * and free of escape codes: each row comes as spans that name the sector
 * they belong to, and the front end colours them (or not) as it decides.
 */
import type { Scenario, Sector } from '../core/scenario.js';
import { sanitizeText } from '../core/sanitize.js';
import { renderTerminalMap, type MapSector } from '../geo/index.js';
import { formatDecimal } from './number-format.js';
import { textWidth, wrap } from '../core/text-width.js';

/** A run of text on one row, and the index (in `scenario.sectors`) of the sector it shows, or null. */
export interface MapSpan {
  readonly text: string;
  readonly sectorIndex: number | null;
}

/** One row of the map's block: its spans, at most `width` columns together. */
export type MapRow = readonly MapSpan[];

export interface ScenarioMapOptions {
  /** Columns of every row; at least `MIN_MAP_WIDTH`. */
  readonly width: number;
  /**
   * Rows of the whole block (title, map, scale bar, legend, method); the map
   * takes what the others leave, but never fewer than `MIN_MAP_ROWS`, so a
   * scenario with many sectors in a low block takes more rows than asked.
   */
  readonly height: number;
  /**
   * Braille dots; false for one ASCII character a cell (TERM=dumb).
   * @default true
   */
  readonly unicode?: boolean;
  /**
   * A first row with the scenario's title (a UI panel under its own title leaves it out).
   * @default true
   */
  readonly title?: boolean;
}

export interface ScenarioMap {
  /** The sectors drawn (given by `path:` or `geojson:`); 0 means there is nothing to map and `rows` is empty. */
  readonly drawnSectors: number;
  readonly rows: readonly MapRow[];
}

/** The narrowest map block: a legend row needs room for a name and a length. */
export const MIN_MAP_WIDTH = 20;
/** The fewest rows the map itself gets: in braille, 20 dots high, 12 of them inside the margins. */
export const MIN_MAP_ROWS = 5;

const plain = (text: string): MapSpan => ({ text, sectorIndex: null });

/** The text cut to `width` columns, ending in "…" (or "~" without Unicode, as the map's own legend does) when cut. */
function cut(text: string, width: number, unicode: boolean): string {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  return `${Array.from(text).slice(0, width - 1).join('')}${unicode ? '…' : '~'}`;
}

/** `1,219.8 km` or `1,203.8..1,251.9 km`: the map's lengths, to a tenth of a km. */
function kmText(min: number, max: number): string {
  const low = formatDecimal(min, 1);
  const high = formatDecimal(max, 1);
  return low === high ? `${low} km` : `${low}..${high} km`;
}

/** What a legend row says of a sector's length: the drawn length, the tortuosity, the planning length. */
export function sectorLengthText(sector: Sector): string {
  const { geometry, lengthKm } = sector;
  if (geometry === undefined) return `${kmText(lengthKm.min, lengthKm.max)}, given as a length: not drawn`;
  const drawn = kmText(geometry.measuredKm, geometry.measuredKm);
  const { tortuosity } = geometry;
  if (tortuosity.min === 1 && tortuosity.max === 1) return `${drawn} drawn`;
  const factor = tortuosity.min === tortuosity.max ? formatDecimal(tortuosity.min) : `${formatDecimal(tortuosity.min)}..${formatDecimal(tortuosity.max)}`;
  return `${drawn} drawn x ${factor} = ${kmText(lengthKm.min, lengthKm.max)}`;
}

/** The map's rows as spans: runs of cells drawn by one sector, or by none. */
function mapSpans(rows: readonly string[], cellSectors: readonly (readonly number[])[]): MapRow[] {
  return rows.map((row, rowIndex) => {
    const spans: MapSpan[] = [];
    Array.from(row).forEach((character, column) => {
      const drawnBy = cellSectors[rowIndex]?.[column] ?? -1;
      const sectorIndex = drawnBy < 0 ? null : drawnBy;
      const last = spans[spans.length - 1];
      if (last !== undefined && last.sectorIndex === sectorIndex) spans[spans.length - 1] = { text: last.text + character, sectorIndex };
      else spans.push({ text: character, sectorIndex });
    });
    return spans;
  });
}

/** One sector's legend: `marker name  length` on one row, or on two where the width leaves no room for the name. */
function legendRows(sector: Sector, sectorIndex: number, marker: string, width: number, unicode: boolean): MapRow[] {
  const drawn = sector.geometry !== undefined;
  const markerSpan: MapSpan = drawn ? { text: marker, sectorIndex } : plain(' ');
  const name = sanitizeText(sector.name);
  const length = sectorLengthText(sector);
  const nameRoom = width - 2 - 2 - textWidth(length);
  if (nameRoom >= Math.min(8, textWidth(name))) {
    const shown = cut(name, nameRoom, unicode);
    return [[markerSpan, plain(` ${shown}${' '.repeat(width - 2 - textWidth(shown) - textWidth(length))}${length}`)]];
  }
  return [[markerSpan, plain(` ${cut(name, width - 2, unicode)}`)], [plain(`  ${cut(length, width - 2, unicode)}`)]];
}

/** The methods the drawn lengths were measured with, once each. */
function methodRows(sectors: readonly Sector[], width: number): MapRow[] {
  const methods = [...new Set(sectors.flatMap((sector) => (sector.geometry === undefined ? [] : [sector.geometry.method])))];
  return methods.flatMap((method) => wrap(`Drawn lengths: ${sanitizeText(method)} x tortuosity`, width).map((line) => [plain(line)]));
}

/**
 * The map block of `scenario`: its title, a map of every drawn sector (each
 * told apart by its marker: a number or letter on the line in braille, the
 * line's own character in ASCII), a scale bar, one legend row per sector
 * (undrawn ones say so) and the measuring method. Throws a RangeError for a
 * width below `MIN_MAP_WIDTH` (a programmer error).
 */
export function renderScenarioMap(scenario: Scenario, options: ScenarioMapOptions): ScenarioMap {
  const { width, height, unicode = true, title = true } = options;
  if (!Number.isInteger(width) || width < MIN_MAP_WIDTH) throw new RangeError(`a map block needs at least ${MIN_MAP_WIDTH} whole columns, not ${width}`);
  const drawnSectors = scenario.sectors.filter((sector) => sector.geometry !== undefined).length;
  if (drawnSectors === 0) return { drawnSectors, rows: [] };

  // Undrawn sectors go in with no lines, so that map markers and sector indexes follow the scenario's order.
  const mapSectors: MapSector[] = scenario.sectors.map((sector) => ({ name: sector.name, lines: sector.geometry?.lines ?? [] }));
  const titleRows: MapRow[] = title ? [[plain(cut(sanitizeText(scenario.title), width, unicode))]] : [];
  const methods = methodRows(scenario.sectors, width);
  // A marker is one character whatever it is, so the legend's rows can be counted before the map gives the markers.
  const legendOf = (markers: readonly string[]): MapRow[] =>
    scenario.sectors.flatMap((sector, index) => legendRows(sector, index, markers[index] ?? ' ', width, unicode));
  const legendRowCount = legendOf([]).length;
  const mapHeight = Math.max(MIN_MAP_ROWS, height - titleRows.length - 1 - legendRowCount - methods.length);

  const map = renderTerminalMap(mapSectors, { width, height: mapHeight, unicode });
  return {
    drawnSectors,
    rows: [
      ...titleRows,
      ...mapSpans(map.rows, map.cellSectors),
      [plain(map.scaleBar)],
      ...legendOf(map.legend.map((row) => row.marker)),
      ...methods,
    ],
  };
}

/** The block as plain text: rows joined, trailing spaces dropped, each row ending in a newline. */
export function scenarioMapText(map: ScenarioMap): string {
  return map.rows.map((row) => `${row.map((span) => span.text).join('').trimEnd()}\n`).join('');
}
