import type { ParsedNode } from 'yaml';
import { LENGTH_BOUNDS, scaleUncertain, type Bounds, type SectorGeometry, type Uncertain } from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { formatKm, GEODESIC_METHOD, multiLineLengthKm, type Line } from '../geo/index.js';
import type { GeoJsonFiles } from './geojson-files.js';
import { formatNumber } from './quantity-messages.js';
import { readGeoJsonNode } from './read-geojson-node.js';
import { readPathNode } from './read-path-node.js';
import { readQuantityNode } from './read-quantity-node.js';
import { childPath, offsetOf, report, reportMissing, type Entry, type NodeReader } from './yaml-nodes.js';

/**
 * How long a sector is: exactly one of `length` (a quantity, used as given),
 * `path` (an inline list of [longitude, latitude] points) or `geojson` (a
 * file). A drawn line's length is its geodesic length on WGS84 times
 * `tortuosity` (>= 1, default 1: the ground a patrol walks per km of drawn
 * line); the sector then carries the line as its `geometry`.
 */

/** The keys of a sector that say how long it is. */
export const LENGTH_KEYS = ['length', 'path', 'geojson'] as const;
type LengthKey = (typeof LENGTH_KEYS)[number];

/** Tortuosity: at least 1 (a line is never shorter than drawn), at most 5 (a coast drawn town to town needs 2.5). */
export const TORTUOSITY_BOUNDS: Bounds = { min: 1, minExclusive: false, max: 5, whole: false };
const STRAIGHT: Uncertain = { min: 1, max: 1 };

/** The entries of a sector mapping that bear on its length. */
export interface LengthEntries {
  readonly length?: Entry;
  readonly path?: Entry;
  readonly geojson?: Entry;
  readonly tortuosity?: Entry;
}

/** A sector's length, and the line it was measured from when it was drawn. */
export interface SectorLength {
  readonly lengthKm: Uncertain;
  readonly geometry?: SectorGeometry;
}

/** Where a source's problems go when its value is missing: at its key. */
const keyOffset = (entry: Entry): number => offsetOf(entry.key);

function readTortuosity(reader: NodeReader, entry: Entry | undefined, path: string): Uncertain | null {
  if (entry === undefined) return STRAIGHT;
  const read = readQuantityNode(
    reader,
    entry.value,
    childPath(path, 'tortuosity'),
    { kind: 'multiplier', bounds: TORTUOSITY_BOUNDS, options: { example: '1.5' } },
    keyOffset(entry),
  );
  return read === null ? null : read.value;
}

/** The measured line as a length, or null after a problem placed at the line's value. */
function measure(
  reader: NodeReader,
  entry: Entry,
  path: string,
  lines: readonly Line[],
  tortuosity: Uncertain,
  file: string | undefined,
): SectorLength | null {
  const offset = entry.value === null ? keyOffset(entry) : offsetOf(entry.value);
  const measuredKm = multiLineLengthKm(lines);
  if (!(measuredKm > 0)) {
    report(reader, offset, path, 'a line of positive length', 'a line of 0 km (its points coincide)');
    return null;
  }
  // Scaled as a distribution, not an interval: pert(1, 1.2, 1.5) stays a PERT over the planning length for simulate.
  const lengthKm = scaleUncertain(tortuosity, measuredKm);
  // A drawn line is held to the bounds of a written length: points a few millimetres apart are a slip, not a sector.
  if (lengthKm.min < LENGTH_BOUNDS.min) {
    const metres = (km: number): string => `${formatNumber(km * 1_000)} m`;
    report(reader, offset, path, `a line of at least ${metres(LENGTH_BOUNDS.min)}`, `a line of ${metres(lengthKm.min)}`);
    return null;
  }
  if (lengthKm.max > LENGTH_BOUNDS.max) {
    const scaled = tortuosity.max === 1 ? '' : ` after tortuosity (${formatKm(measuredKm)} drawn)`;
    report(reader, offset, path, `a line of at most ${formatKm(LENGTH_BOUNDS.max, 0)}`, `${formatKm(lengthKm.max)}${scaled}`);
    return null;
  }
  const { line, col } = reader.lineCounter.linePos(offset);
  const geometry: SectorGeometry = {
    lines,
    measuredKm,
    method: GEODESIC_METHOD,
    tortuosity,
    ...(file === undefined ? {} : { file }),
    place: { file: reader.file, line, column: col, path },
  };
  return { lengthKm, geometry };
}

/**
 * Reads the length of the sector mapping `node` at `path` from its entries;
 * null after a problem (every problem is reported, tortuosity included).
 */
export function readSectorLength(
  reader: NodeReader,
  node: ParsedNode,
  path: string,
  entries: LengthEntries,
  files: GeoJsonFiles,
): SectorLength | null {
  const given = LENGTH_KEYS.flatMap((key): [LengthKey, Entry][] => {
    const entry = entries[key];
    return entry === undefined ? [] : [[key, entry]];
  }).sort(([, a], [, b]) => keyOffset(a) - keyOffset(b));
  const tortuosity = readTortuosity(reader, entries.tortuosity, path);
  const [first] = given;

  if (first === undefined) {
    reportMissing(reader, node, childPath(path, 'length'), 'a length such as "120 km", a path or a geojson file');
    return null;
  }
  for (const [key, entry] of given.slice(1)) {
    report(reader, keyOffset(entry), childPath(path, key), 'one of length, path or geojson, not several', quoteForMessage(key));
  }
  if (given.length > 1) return null;

  const [key, entry] = first;
  const sourcePath = childPath(path, key);
  if (key === 'length') {
    if (entries.tortuosity !== undefined) {
      report(
        reader,
        keyOffset(entries.tortuosity),
        childPath(path, 'tortuosity'),
        'tortuosity only with a drawn line, path or geojson (a length is used as given)',
        'a sector with a length',
      );
      return null;
    }
    const read = readQuantityNode(reader, entry.value, sourcePath, { kind: 'length', bounds: LENGTH_BOUNDS }, keyOffset(entry));
    return read === null ? null : { lengthKm: read.value };
  }
  if (key === 'path') {
    const line = readPathNode(reader, entry.value, sourcePath, keyOffset(entry));
    return line === null || tortuosity === null ? null : measure(reader, entry, sourcePath, [line], tortuosity, undefined);
  }
  const drawn = readGeoJsonNode(reader, entry.value, sourcePath, keyOffset(entry), files);
  return drawn === null || tortuosity === null ? null : measure(reader, entry, sourcePath, drawn.lines, tortuosity, drawn.reference);
}
