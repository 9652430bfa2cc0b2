import { MAX_GEOJSON_BYTES, parseGeoJsonLines, type GeometryProblem, type Line } from '../geo/index.js';
import type { ReadReferencedFile } from './referenced-file.js';

/**
 * The GeoJSON files one scenario refers to, each read and checked once
 * however many sectors name it (so its problems are listed once).
 */

/** What became of one `geojson:` reference. */
export type GeoJsonRead =
  /** The lines; `file` names the file as problems and reports show it. */
  | { readonly kind: 'lines'; readonly file: string; readonly lines: readonly Line[] }
  /** Missing, unreadable, too large, refused (outside the folder), or no reader: a problem at the reference. */
  | { readonly kind: 'unreadable'; readonly expected: string; readonly received: string }
  /** Read, but not lines forcecalc can measure: the geometry code's problems, paths inside the file. */
  | {
      readonly kind: 'invalid';
      readonly file: string;
      readonly problems: readonly GeometryProblem[];
      readonly unlistedProblems: number;
    };

/** `parseScenarioText` was given no file reader: it has no folder to read from. */
const NO_READER: GeoJsonRead = {
  kind: 'unreadable',
  expected: 'a scenario loaded from a file (a geojson: path is read from the scenario file\'s folder)',
  received: 'a scenario given as text, with no file reader',
};

export class GeoJsonFiles {
  private readonly reads = new Map<string, GeoJsonRead>();
  /** References whose file problems have been listed already. */
  private readonly listed = new Set<string>();

  /** `readFile` null: every reference is a problem (see NO_READER). */
  constructor(private readonly readFile: ReadReferencedFile | null) {}

  /** The reference read and checked (once; later calls return the same result). */
  read(reference: string): GeoJsonRead {
    const known = this.reads.get(reference);
    if (known !== undefined) return known;
    const read = this.readOnce(reference);
    this.reads.set(reference, read);
    return read;
  }

  /** True the first time it is asked for `reference`: whoever gets true lists the file's problems. */
  firstToList(reference: string): boolean {
    if (this.listed.has(reference)) return false;
    this.listed.add(reference);
    return true;
  }

  private readOnce(reference: string): GeoJsonRead {
    if (this.readFile === null) return NO_READER;
    const file = this.readFile(reference, { noun: 'GeoJSON file', maxBytes: MAX_GEOJSON_BYTES });
    if (!file.ok) return { kind: 'unreadable', expected: file.expected, received: file.received };
    const parsed = parseGeoJsonLines(file.text);
    if (parsed.ok) return { kind: 'lines', file: file.file, lines: parsed.value };
    return { kind: 'invalid', file: file.file, problems: parsed.problems, unlistedProblems: parsed.unlistedProblems };
  }
}
