/**
 * A scenario's drawn lines as a terminal map with its legend: what
 * `forcecalc map` prints and what the interactive UI can show in a panel. Pure
 * and free of escape codes: each row comes as spans that name the sector
 * they belong to, and the front end colours them (or not) as it decides.
 *
 * The block never takes more rows than it is given. The map takes what the
 * rest leaves; when rows run short the block gives things up in this order:
 * the method note (and the base map's source under it) shrinks to one row
 * each, legend entries keep only the length the estimate uses (in as few rows
 * as they can), the map shrinks from 5 rows to 3, the method note and source
 * go, and the legend lists the first sectors and how many more. A
 * number in the legend is never cut: it moves to a row of its own, or a less
 * important part of the entry is left out.
 */
import type { Scenario } from '../core/scenario.js';
import { sanitizeText } from '../text/sanitize.js';
import { truncate } from '../text/text-width.js';
import { renderTerminalMap, type Line, type MapSector } from '../geo/index.js';
import {
  chosenForm,
  entryRows,
  formRows,
  legendSector,
  methodRows,
  moreRow,
  plain,
  type LegendDetail,
  type LegendSector,
  type LegendWriter,
  type MapRow,
  type MapSpan,
  type MethodStyle,
} from './map-legend.js';

export { sectorLengthText, type MapRow, type MapSpan } from './map-legend.js';

export interface ScenarioMapOptions {
  /** Columns of every row; at least `MIN_MAP_WIDTH`. */
  readonly width: number;
  /**
   * Rows of the whole block (title, map, scale bar, legend, method), at least
   * `minimumMapHeight(title)`. The block never takes more: the map takes what
   * the others leave, and with many sectors or few rows the legend is
   * shortened (see the module comment).
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
  /** Borders and coasts drawn under the sectors, and a row under the legend naming their source. */
  readonly baseMap?: BaseMap;
  /**
   * Whether the front end colours the spans (and can draw the base map dim).
   * Without colour a cell only the base map drew is `·` in braille, so that a
   * border never passes for a sector's line; in ASCII it is `.` either way.
   * @default false
   */
  readonly colour?: boolean;
}

/** Lines to draw under the sectors, so that a line drawn in the wrong place shows at once. */
export interface BaseMap {
  /** Country borders and coastlines, as [longitude, latitude] lines. */
  readonly lines: readonly Line[];
  /** Where they come from, as the legend names it: `Natural Earth (1:50m, version 4.1.0)`. */
  readonly source: string;
}

export interface ScenarioMap {
  /** The sectors drawn (given by `path:` or `geojson:`); 0 means there is nothing to map and `rows` is empty. */
  readonly drawnSectors: number;
  readonly rows: readonly MapRow[];
}

/** The narrowest map block: a legend row needs room for a name and a length. */
export const MIN_MAP_WIDTH = 20;
/** The fewest rows the map itself gets: in braille 12 dots high, drawn without a blank row above or below. */
export const MIN_MAP_ROWS = 3;
/** The lowest block without a title: the smallest map, the scale bar and one legend row. */
export const MIN_MAP_HEIGHT = MIN_MAP_ROWS + 2;

// The map keeps this many rows before the legend gives anything up: below it the lines are hard to read.
const COMFORTABLE_MAP_ROWS = 5;

/** The rows a block needs at the least: `MIN_MAP_HEIGHT`, and one more for the title. */
export function minimumMapHeight(title = true): number {
  return MIN_MAP_HEIGHT + (title ? 1 : 0);
}

/** One way of filling the block, tried in order until one leaves the map its rows. */
interface Plan {
  readonly legend: LegendDetail;
  readonly method: MethodStyle;
  /** Whether every sector must be listed; otherwise the first ones and a row saying how many more. */
  readonly everySector: boolean;
  /** The fewest map rows this plan accepts. */
  readonly mapRows: number;
}

const PLANS: readonly Plan[] = [
  { legend: 'full', method: 'full', everySector: true, mapRows: COMFORTABLE_MAP_ROWS },
  { legend: 'full', method: 'short', everySector: true, mapRows: COMFORTABLE_MAP_ROWS },
  { legend: 'short', method: 'short', everySector: true, mapRows: COMFORTABLE_MAP_ROWS },
  { legend: 'short', method: 'short', everySector: true, mapRows: MIN_MAP_ROWS },
  { legend: 'short', method: 'none', everySector: true, mapRows: MIN_MAP_ROWS },
  { legend: 'short', method: 'short', everySector: false, mapRows: COMFORTABLE_MAP_ROWS },
  { legend: 'short', method: 'short', everySector: false, mapRows: MIN_MAP_ROWS },
  { legend: 'short', method: 'none', everySector: false, mapRows: MIN_MAP_ROWS },
];

/** The layout chosen: how entries and method are written, how many sectors are listed, the map's rows. */
interface Layout {
  readonly legend: LegendDetail;
  readonly method: MethodStyle;
  readonly listed: number;
  readonly mapRows: number;
}

/**
 * The first plan that fits `rows` (the block without its title): the scale
 * bar, the legend and the method note, and at least the plan's map rows. The
 * last plan always fits `MIN_MAP_HEIGHT` rows: it may list no sector, only how
 * many there are.
 */
function chooseLayout(entries: readonly LegendSector[], methods: readonly string[], rows: number, writer: LegendWriter, source: string | undefined): Layout {
  // Rows per entry and per method note, worked out once for each way of writing them.
  const entryRowCount = new Map<LegendDetail, number[]>();
  const methodRowCount = new Map<MethodStyle, number>();
  const scaleBarRows = 1;
  for (const [planIndex, plan] of PLANS.entries()) {
    const counts = entryRowCount.get(plan.legend) ?? entries.map((entry) => formRows(chosenForm(entry, plan.legend)));
    entryRowCount.set(plan.legend, counts);
    const methodCount = methodRowCount.get(plan.method) ?? methodRows(methods, plan.method, writer, source).length;
    methodRowCount.set(plan.method, methodCount);
    const legendRoom = rows - scaleBarRows - methodCount - plan.mapRows;
    let listed = 0;
    let legendCount = 0;
    let entriesRows = 0;
    // The most entries that fit with the row saying how many more (no such row once all are listed).
    for (const [index, count] of counts.entries()) {
      entriesRows += count;
      const used = entriesRows + (index + 1 < counts.length ? 1 : 0);
      if (used > legendRoom) break;
      listed = index + 1;
      legendCount = used;
    }
    const everyListed = listed === counts.length;
    const lastPlan = planIndex === PLANS.length - 1;
    if (everyListed || (!plan.everySector && (listed > 0 || lastPlan))) {
      if (listed === 0) legendCount = 1;
      return { legend: plan.legend, method: plan.method, listed, mapRows: rows - scaleBarRows - methodCount - legendCount };
    }
  }
  // Unreachable for rows >= MIN_MAP_HEIGHT: the last plan lists no sector and always fits.
  throw new RangeError(`a map block needs at least ${MIN_MAP_HEIGHT} rows, not ${rows}`);
}

// terminal-map.ts marks a cell only the base map drew with this index.
const BASE_MAP_CELL = -2;

/** The map's rows as spans: runs of cells drawn by one sector, by the base map only, or by neither. */
function mapSpans(rows: readonly string[], cellSectors: readonly (readonly number[])[]): MapRow[] {
  return rows.map((row, rowIndex) => {
    const spans: MapSpan[] = [];
    Array.from(row).forEach((character, column) => {
      const drawnBy = cellSectors[rowIndex]?.[column] ?? -1;
      const sectorIndex = drawnBy < 0 ? null : drawnBy;
      const baseMap = drawnBy === BASE_MAP_CELL;
      const last = spans[spans.length - 1];
      if (last !== undefined && last.sectorIndex === sectorIndex && (last.baseMap === true) === baseMap) {
        spans[spans.length - 1] = { ...last, text: last.text + character };
      } else spans.push(baseMap ? { text: character, sectorIndex, baseMap } : { text: character, sectorIndex });
    });
    return spans;
  });
}

/**
 * The map block of `scenario`: its title, a map of every drawn sector (each
 * told apart by its marker: a number or letter on the line in braille, the
 * line's own character in ASCII), a scale bar, a legend entry per sector
 * (undrawn ones say so) and the measuring method, in at most `height` rows.
 * Throws a RangeError for a width below `MIN_MAP_WIDTH` or a height below
 * `minimumMapHeight(title)` (programmer errors: the caller checks the size).
 */
export function renderScenarioMap(scenario: Scenario, options: ScenarioMapOptions): ScenarioMap {
  const { width, height, unicode = true, title = true, baseMap, colour = false } = options;
  if (!Number.isInteger(width) || width < MIN_MAP_WIDTH) throw new RangeError(`a map block needs at least ${MIN_MAP_WIDTH} whole columns, not ${width}`);
  if (!Number.isInteger(height) || height < minimumMapHeight(title)) {
    throw new RangeError(`a map block needs at least ${minimumMapHeight(title)} whole rows, not ${height}`);
  }
  const drawnSectors = scenario.sectors.filter((sector) => sector.geometry !== undefined).length;
  if (drawnSectors === 0) return { drawnSectors, rows: [] };

  const writer: LegendWriter = { width, ellipsis: unicode ? '…' : '~' };
  const titleRows: MapRow[] = title ? [[plain(truncate(sanitizeText(scenario.title), width, writer.ellipsis))]] : [];
  const methods = [...new Set(scenario.sectors.flatMap((sector) => (sector.geometry === undefined ? [] : [sanitizeText(sector.geometry.method)])))];
  const entries = scenario.sectors.map((sector, index) => legendSector(sector, index, width));
  const source = baseMap === undefined ? undefined : sanitizeText(baseMap.source);
  const layout = chooseLayout(entries, methods, height - titleRows.length, writer, source);

  // Undrawn sectors go in with no lines, so that map markers and sector indexes follow the scenario's order.
  const mapSectors: MapSector[] = scenario.sectors.map((sector) => ({ lines: sector.geometry?.lines ?? [] }));
  const map = renderTerminalMap(mapSectors, {
    width,
    height: layout.mapRows,
    unicode,
    baseMap: baseMap?.lines ?? [],
    ...(unicode && !colour ? { baseGlyph: '·' } : {}),
  });
  const legend = entries.slice(0, layout.listed).flatMap((entry, index) => entryRows(entry, map.markers[index] ?? ' ', layout.legend, writer));
  const more = layout.listed < scenario.sectors.length ? [moreRow(layout.listed, scenario.sectors.length, { ...writer, ellipsis: unicode ? '…' : '...' })] : [];
  return {
    drawnSectors,
    rows: [...titleRows, ...mapSpans(map.rows, map.cellSectors), [plain(map.scaleBar)], ...legend, ...more, ...methodRows(methods, layout.method, writer, source)],
  };
}

/** The block as plain text: rows joined, trailing spaces dropped, each row ending in a newline. */
export function scenarioMapText(map: ScenarioMap): string {
  return map.rows.map((row) => `${row.map((span) => span.text).join('').trimEnd()}\n`).join('');
}
