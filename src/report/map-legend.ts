/**
 * The legend under a scenario's map: an entry per sector (its marker, its
 * name cut to fit, its lengths, which are never cut: they move to rows of
 * their own, or a less important part is left out), the row saying how many
 * sectors a shortened legend leaves out, and the note on how lengths were
 * measured. scenario-map.ts decides how much of it the rows allow.
 */
import type { Sector } from '../core/scenario.js';
import { sanitizeText } from '../text/sanitize.js';
import { pad, textWidth, truncate, wrap } from '../text/text-width.js';
import { formatDecimal } from './number-format.js';

/** A run of text on one row, and the index (in `scenario.sectors`) of the sector it shows, or null. */
export interface MapSpan {
  readonly text: string;
  readonly sectorIndex: number | null;
  /** True for cells of the base map (borders and coasts), which a front end draws muted. */
  readonly baseMap?: true;
}

/** One row of the map's block: its spans, at most `width` columns together. */
export type MapRow = readonly MapSpan[];

// A name cut shorter than this no longer tells sectors apart: the length goes to a row of its own instead.
const MIN_NAME_COLUMNS = 8;

/** A span of text that belongs to no sector. */
export const plain = (text: string): MapSpan => ({ text, sectorIndex: null });

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
export type LegendDetail = 'full' | 'short';

/** Builds legend entries at one width: one sector's entry is one or more rows. */
export interface LegendWriter {
  readonly width: number;
  readonly ellipsis: string;
}

/** One way of writing an entry: the length beside the name on one row, or the name, then the length's rows. */
export type EntryForm = { readonly beside: string } | { readonly below: readonly string[] };

/** The rows an entry written in `form` takes. */
export const formRows = (form: EntryForm): number => ('beside' in form ? 1 : 1 + form.below.length);

/** A sector as the legend sees it: its marker's sector index (null when undrawn), its name, its forms. */
export interface LegendSector {
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
export function legendSector(sector: Sector, sectorIndex: number, width: number): LegendSector {
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
export function chosenForm(entry: LegendSector, detail: LegendDetail): EntryForm {
  const fewest = Math.min(...entry.forms.map(formRows));
  const form = detail === 'full' ? entry.forms[0] : entry.forms.find((candidate) => formRows(candidate) === fewest);
  if (form === undefined) throw new RangeError('a legend entry has no form');
  return form;
}

/** An entry's rows: the marker (blank when undrawn), the name cut to fit, lengths right-aligned at the row's end. */
export function entryRows(entry: LegendSector, marker: string, detail: LegendDetail, writer: LegendWriter): MapRow[] {
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
export function moreRow(listed: number, total: number, writer: LegendWriter): MapRow {
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
export type MethodStyle = 'full' | 'short' | 'none';

/**
 * The methods the drawn lengths were measured with, once each, then (given a
 * base map) where its borders and coasts come from. In full:
 * `Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x
 * tortuosity`, wrapped; short: the longest of shorter wordings that fits one
 * row (the reference in brackets goes first).
 */
export function methodRows(methods: readonly string[], style: MethodStyle, writer: LegendWriter, baseMapSource?: string): MapRow[] {
  if (style === 'none') return [];
  const { width, ellipsis } = writer;
  const source = baseMapSource === undefined ? [] : sourceRows(baseMapSource, style, writer);
  const measured = methods.flatMap((method) => {
    const full = `Drawn lengths: ${method} x tortuosity`;
    if (style === 'full') return wrap(full, width).map((line) => [plain(line)]);
    const bare = method.replace(/\s*\([^)]*\)/g, '').trim();
    const wordings = [full, `Drawn lengths: ${bare} x tortuosity`, `Lengths: ${bare} x tortuosity`, `Lengths: ${bare}`, bare];
    return [[plain(wordings.find((text) => textWidth(text) <= width) ?? truncate(bare, width, ellipsis))]];
  });
  return [...measured, ...source];
}

/**
 * Where the base map comes from: `Borders and coasts: Natural Earth (1:50m,
 * version 4.1.0)` wrapped in full; short, the longest wording that fits one
 * row (the detail in brackets goes first).
 */
function sourceRows(source: string, style: Exclude<MethodStyle, 'none'>, writer: LegendWriter): MapRow[] {
  const { width, ellipsis } = writer;
  const full = `Borders and coasts: ${source}`;
  if (style === 'full') return wrap(full, width).map((line) => [plain(line)]);
  const bare = source.replace(/\s*\([^)]*\)/g, '').trim();
  const wordings = [full, `Borders and coasts: ${bare}`, `Borders, coasts: ${bare}`, bare];
  return [[plain(wordings.find((text) => textWidth(text) <= width) ?? truncate(bare, width, ellipsis))]];
}
