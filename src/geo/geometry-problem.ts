/**
 * A problem in drawn geometry (an inline `path:` list or a GeoJSON file):
 * where inside the geometry it is, what was expected and what was found. It
 * carries no file, line or column: the scenario loader adds those when it
 * turns this into a `Problem` (src/scenarios/problem.ts), prefixing `path`
 * with the sector's field, e.g. `sectors[0].path` + `[3][1]`.
 */
export interface GeometryProblem {
  /**
   * The place inside the geometry: `features[2].geometry.coordinates[14][1]`
   * for a GeoJSON file, `[3][1]` for an inline path; empty for the whole input.
   */
  readonly path: string;
  /** What was expected, e.g. "a latitude in degrees from -90 to 90". */
  readonly expected: string;
  /** What was found, quoted and sanitised for display, e.g. `91.5` or `"abc"`. */
  readonly received: string;
}

/** A longitude and a latitude in WGS84 degrees, in GeoJSON's order. */
export type LonLat = readonly [longitude: number, latitude: number];

/** A drawn line: two or more points in order. */
export type Line = readonly LonLat[];

/**
 * Checked geometry or every problem found. Problems past `MAX_LISTED_PROBLEMS`
 * are counted in `unlistedProblems` rather than listed, so a file with 200,000
 * bad points does not flood the terminal.
 */
export type GeometryResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly GeometryProblem[]; readonly unlistedProblems: number };

/** The most problems one check lists. */
export const MAX_LISTED_PROBLEMS = 100;

/** Collects problems up to `MAX_LISTED_PROBLEMS` and counts the rest. */
export class ProblemList {
  readonly listed: GeometryProblem[] = [];
  unlisted = 0;

  /** Records one problem (or only counts it, past the listing limit). */
  add(path: string, expected: string, received: string): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push({ path, expected, received });
    else this.unlisted += 1;
  }

  /** True while nothing is wrong. */
  get empty(): boolean {
    return this.listed.length === 0;
  }

  /** The value when nothing was wrong, else the problems. */
  result<T>(value: T): GeometryResult<T> {
    return this.empty ? { ok: true, value } : { ok: false, problems: this.listed, unlistedProblems: this.unlisted };
  }
}

/** `features[2]` + `geometry` = `features[2].geometry`; at the root, just `geometry`. */
export function fieldPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

/** `coordinates` + 14 = `coordinates[14]`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}
