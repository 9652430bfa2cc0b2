/**
 * A scenario's drawn lines as a terminal map with its legend: what
 * `forcecalc map` prints and what the interactive UI can show in a panel. Pure
 * and free of escape codes: each row comes as spans that name the sector
 * they belong to, and the front end colours them (or not) as it decides.
 *
 * The block never takes more rows than it is given. The map takes what the
 * rest leaves; when rows run short the block gives things up in this order:
 * the method note shrinks to one row, legend entries keep only the length the
 * estimate uses (in as few rows as they can), the map shrinks from 5 rows to 3, the method
 * note goes, and the legend lists the first sectors and how many more. A
 * number in the legend is never cut: it moves to a row of its own, or a less
 * important part of the entry is left out.
 */
import type { Scenario, Sector } from '../core/scenario.js';
import { sanitizeText } from '../core/sanitize.js';
import { pad, textWidth, truncate, wrap } from '../core/text-width.js';
import { renderTerminalMap, type MapSector } from '../geo/index.js';
import { formatDecimal } from './number-format.js';

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
// A name cut shorter than this no longer tells sectors apart: the length goes to a row of its own instead.
const MIN_NAME_COLUMNS = 8;

/** The rows a block needs at the least: `MIN_MAP_HEIGHT`, and one more for the title. */
export function minimumMapHeight(title = true): number {
  return MIN_MAP_HEIGHT + (title ? 1 : 0);
}

const plain = (text: string): MapSpan => ({ text, sectorIndex: null });

/** `1,219.8 km` or `1,203.8..1,251.9 km`: the map's lengths, to a tenth of a km. */
function kmText(min: number, max: number): string {
  const low = formatDecimal(min, 1);
  const high = formatDecimal(max, 1);
  return low === high ? `${low} km` : `${low}..${high} km`;
}

/** What a legend entry can say of a sector's length. */
interface LengthTexts {
  /** Everything, in parts that may each start a row: `802.5 km drawn x 1.52..1.56`, `= 1,219.7..1,251.8 km`. */
  readonly full: readonly string[];
  /** Only the length the estimate uses: `1,219.7..1,251.8 km`, `100 km, not drawn`. */
  readonly short: string;
}

function lengthTexts(sector: Sector): LengthTexts {
  const { geometry, lengthKm } = sector;
  const planning = kmText(lengthKm.min, lengthKm.max);
  if (geometry === undefined) return { full: [`${planning}, given as a length: not drawn`], short: `${planning}, not drawn` };
  const drawn = kmText(geometry.measuredKm, geometry.measuredKm);
  const { tortuosity } = geometry;
  if (tortuosity.min === 1 && tortuosity.max === 1) return { full: [`${drawn} drawn`], short: drawn };
  const factor = tortuosity.min === tortuosity.max ? formatDecimal(tortuosity.min) : `${formatDecimal(tortuosity.min)}..${formatDecimal(tortuosity.max)}`;
  return { full: [`${drawn} drawn x ${factor}`, `= ${planning}`], short: planning };
}

/** What a legend row says of a sector's length: the drawn length, the tortuosity, the planning length. */
export function sectorLengthText(sector: Sector): string {
  return lengthTexts(sector).full.join(' ');
}

/**
 * `text` in rows of at most `room` columns, broken at spaces or after a
 * range's "..", never inside a number. Only a single number wider than the
 * row (trillions of km) is split, and then across rows, not cut.
 */
function numberRows(text: string, room: number): string[] {
  // A unit stays with its number: "10,456.6 km" is one word.
  const pieces = text.split(/ (?!km\b)/).flatMap((word) =>
    (textWidth(word) <= room ? [word] : word.split(/(?<=\.\.)/)).map((piece, index) => ({ piece, separator: index === 0 ? ' ' : '' })),
  );
  const rows: string[] = [];
  let row = '';
  for (const { piece, separator } of pieces) {
    if (row !== '' && textWidth(row + separator + piece) <= room) row += separator + piece;
    else {
      if (row !== '') rows.push(row);
      row = piece;
    }
  }
  if (row !== '') rows.push(row);
  return rows.flatMap((line) => (textWidth(line) <= room ? [line] : wrap(line, room)));
}

/** How much of each legend entry to keep: all of it, or as few rows as it can take. */
type LegendDetail = 'full' | 'short';

/** Builds legend entries at one width: one sector's entry is one or more rows. */
interface LegendWriter {
  readonly width: number;
  readonly ellipsis: string;
}

/** One way of writing an entry: the length beside the name on one row, or the name, then the length's rows. */
type EntryForm = { readonly beside: string } | { readonly below: readonly string[] };

const formRows = (form: EntryForm): number => ('beside' in form ? 1 : 1 + form.below.length);

/** A sector as the legend sees it: its marker's sector index (null when undrawn), its name, its forms. */
interface LegendSector {
  readonly sectorIndex: number | null;
  readonly name: string;
  /** Richest first; never empty. */
  readonly forms: readonly EntryForm[];
}

/**
 * The ways one sector's entry can be written, richest first: the whole length
 * beside the name, on a row of its own, over two rows; then only the planning
 * length beside the name, on a row of its own, or broken at its "..". A
 * length row leaves the marker's column blank. Only widths are measured here:
 * the text is cut and padded for the one form chosen (`entryRows`).
 */
function legendSector(sector: Sector, sectorIndex: number, width: number): LegendSector {
  const name = sanitizeText(sector.name);
  const lengths = lengthTexts(sector);
  const room = width - 1;
  const nameWidth = textWidth(name);
  const beside = (length: string): EntryForm | null =>
    width - 2 - 2 - textWidth(length) >= Math.min(MIN_NAME_COLUMNS, nameWidth) ? { beside: length } : null;
  const below = (lengthRows: readonly string[]): EntryForm | null => (lengthRows.some((row) => textWidth(row) > room) ? null : { below: lengthRows });
  const whole = lengths.full.join(' ');
  const forms = [
    beside(whole),
    below([whole]),
    lengths.full.length > 1 ? below(lengths.full) : null,
    beside(lengths.short),
    below([lengths.short]),
    // Always there: numberRows fits any text into the room.
    { below: numberRows(lengths.short, room) },
  ];
  return { sectorIndex: sector.geometry === undefined ? null : sectorIndex, name, forms: forms.filter((form): form is EntryForm => form !== null) };
}

/** The form an entry takes: the richest, or (`short`) the richest of those taking the fewest rows. */
function chosenForm(entry: LegendSector, detail: LegendDetail): EntryForm {
  const fewest = Math.min(...entry.forms.map(formRows));
  const form = detail === 'full' ? entry.forms[0] : entry.forms.find((candidate) => formRows(candidate) === fewest);
  if (form === undefined) throw new RangeError('a legend entry has no form');
  return form;
}

/** An entry's rows: the marker (blank when undrawn), the name cut to fit, lengths right-aligned at the row's end. */
function entryRows(entry: LegendSector, marker: string, detail: LegendDetail, writer: LegendWriter): MapRow[] {
  const { width, ellipsis } = writer;
  const markerSpan: MapSpan = entry.sectorIndex === null ? plain(' ') : { text: marker, sectorIndex: entry.sectorIndex };
  const form = chosenForm(entry, detail);
  if ('beside' in form) {
    const shown = truncate(entry.name, width - 2 - 2 - textWidth(form.beside), ellipsis);
    return [[markerSpan, plain(` ${shown}${' '.repeat(width - 2 - textWidth(shown) - textWidth(form.beside))}${form.beside}`)]];
  }
  return [[markerSpan, plain(` ${truncate(entry.name, width - 2, ellipsis)}`)], ...form.below.map((row) => [plain(pad(row, width, 'right'))])];
}

/** The row after a shortened legend: how many sectors it leaves out, or (none listed) how many there are. */
function moreRow(listed: number, total: number, writer: LegendWriter): MapRow {
  const { width, ellipsis } = writer;
  const left = total - listed;
  const plural = (count: number): string => (count === 1 ? 'sector' : 'sectors');
  const candidates =
    listed === 0
      ? [`${total} ${plural(total)}: too few rows to list them`, `${total} ${plural(total)}, not listed`, `${total} ${plural(total)}`]
      : [`${ellipsis} and ${left} more ${plural(left)}`, `${ellipsis} and ${left} more`];
  return [plain(candidates.find((text) => textWidth(text) <= width) ?? truncate(candidates[candidates.length - 1] ?? '', width, ''))];
}

/** How the method note is written: wrapped in full, on one row, or left out. */
type MethodStyle = 'full' | 'short' | 'none';

/**
 * The methods the drawn lengths were measured with, once each. In full:
 * `Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x
 * tortuosity`, wrapped; short: the longest of shorter wordings that fits one
 * row (the reference in brackets goes first).
 */
function methodRows(methods: readonly string[], style: MethodStyle, writer: LegendWriter): MapRow[] {
  if (style === 'none') return [];
  const { width, ellipsis } = writer;
  return methods.flatMap((method) => {
    const full = `Drawn lengths: ${method} x tortuosity`;
    if (style === 'full') return wrap(full, width).map((line) => [plain(line)]);
    const bare = method.replace(/\s*\([^)]*\)/g, '').trim();
    const wordings = [full, `Drawn lengths: ${bare} x tortuosity`, `Lengths: ${bare} x tortuosity`, `Lengths: ${bare}`, bare];
    return [[plain(wordings.find((text) => textWidth(text) <= width) ?? truncate(bare, width, ellipsis))]];
  });
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
function chooseLayout(entries: readonly LegendSector[], methods: readonly string[], rows: number, writer: LegendWriter): Layout {
  // Rows per entry and per method note, worked out once for each way of writing them.
  const entryRowCount = new Map<LegendDetail, number[]>();
  const methodRowCount = new Map<MethodStyle, number>();
  const scaleBarRows = 1;
  for (const [planIndex, plan] of PLANS.entries()) {
    const counts = entryRowCount.get(plan.legend) ?? entries.map((entry) => formRows(chosenForm(entry, plan.legend)));
    entryRowCount.set(plan.legend, counts);
    const methodCount = methodRowCount.get(plan.method) ?? methodRows(methods, plan.method, writer).length;
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

/**
 * The map block of `scenario`: its title, a map of every drawn sector (each
 * told apart by its marker: a number or letter on the line in braille, the
 * line's own character in ASCII), a scale bar, a legend entry per sector
 * (undrawn ones say so) and the measuring method, in at most `height` rows.
 * Throws a RangeError for a width below `MIN_MAP_WIDTH` or a height below
 * `minimumMapHeight(title)` (programmer errors: the caller checks the size).
 */
export function renderScenarioMap(scenario: Scenario, options: ScenarioMapOptions): ScenarioMap {
  const { width, height, unicode = true, title = true } = options;
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
  const layout = chooseLayout(entries, methods, height - titleRows.length, writer);

  // Undrawn sectors go in with no lines, so that map markers and sector indexes follow the scenario's order.
  const mapSectors: MapSector[] = scenario.sectors.map((sector) => ({ name: sector.name, lines: sector.geometry?.lines ?? [] }));
  const map = renderTerminalMap(mapSectors, { width, height: layout.mapRows, unicode });
  const legend = entries.slice(0, layout.listed).flatMap((entry, index) => entryRows(entry, map.legend[index]?.marker ?? ' ', layout.legend, writer));
  const more = layout.listed < scenario.sectors.length ? [moreRow(layout.listed, scenario.sectors.length, { ...writer, ellipsis: unicode ? '…' : '...' })] : [];
  return {
    drawnSectors,
    rows: [...titleRows, ...mapSpans(map.rows, map.cellSectors), [plain(map.scaleBar)], ...legend, ...more, ...methodRows(methods, layout.method, writer)],
  };
}

/** The block as plain text: rows joined, trailing spaces dropped, each row ending in a newline. */
export function scenarioMapText(map: ScenarioMap): string {
  return map.rows.map((row) => `${row.map((span) => span.text).join('').trimEnd()}\n`).join('');
}
