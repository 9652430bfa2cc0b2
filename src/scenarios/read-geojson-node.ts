import type { ParsedNode } from 'yaml';
import { escapeForMessage } from '../text/sanitize.js';
import type { GeometryProblem, Line } from '../geo/index.js';
import type { GeoJsonFiles } from './geojson-files.js';
import { moreProblems, NO_MORE_PROBLEMS } from './geometry-problems.js';
import { readText } from './read-text.js';
import { offsetOf, report, type NodeReader } from './yaml-nodes.js';

/**
 * A sector's `geojson:`: the path of a GeoJSON file (LineString,
 * MultiLineString, or a Feature or FeatureCollection of those), read through
 * the loader's file reader. Where the problems go:
 *
 * - a file that cannot be read (missing, a folder, too large, outside the
 *   scenario's folder) or is not GeoJSON lines at all (not JSON, not an
 *   object, a Point or Polygon at its root, too many points): at the
 *   `geojson:` value in the scenario, naming the file;
 * - a problem inside the geometry: under the GeoJSON file's own name with the
 *   path inside it (`scenarios/geo/x.geojson features[2].geometry.coordinates[14][1]:
 *   expected a latitude in degrees from -90 to 90, got 95`; JSON.parse gives no
 *   line numbers), listed once, and a count at each `geojson:` that names the file.
 */

const MAX_REFERENCE_LENGTH = 1_000;
const EXPECTED_REFERENCE = 'a GeoJSON file path such as "geo/front.geojson"';
const EXPECTED_LINES = 'GeoJSON lines forcecalc can measure';

/** Not JSON, not an object, not a line type at its root, too large: the file as a whole is not what a sector can use. */
function isAboutTheWholeFile(problem: GeometryProblem): boolean {
  return problem.path === '' || problem.path === 'type' || problem.path === '__proto__';
}

/** The lines a `geojson:` reference gave, with the reference as written and the file as read. */
export interface GeoJsonLines {
  readonly reference: string;
  readonly file: string;
  readonly lines: readonly Line[];
}

/**
 * Reads a `geojson:` value; null after a problem. `at` places a problem when
 * there is no node at all.
 */
export function readGeoJsonNode(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  at: number,
  files: GeoJsonFiles,
): GeoJsonLines | null {
  const reference = readText(reader, node, path, EXPECTED_REFERENCE, MAX_REFERENCE_LENGTH, at);
  if (reference === null) return null;
  const offset = node === null ? at : offsetOf(node);
  const read = files.read(reference);
  if (read.kind === 'lines') return { reference, file: read.file, lines: read.lines };
  if (read.kind === 'unreadable') {
    report(reader, offset, path, read.expected, read.received);
    return null;
  }
  const shownFile = escapeForMessage(read.file);
  const inside = read.problems.filter((problem) => !isAboutTheWholeFile(problem));
  for (const problem of read.problems) {
    if (isAboutTheWholeFile(problem)) report(reader, offset, path, problem.expected, `${problem.received} in ${shownFile}`);
  }
  const count = inside.length + read.unlistedProblems;
  if (count === 0) return null;
  report(reader, offset, path, EXPECTED_LINES, `${count.toLocaleString('en-US')} ${count === 1 ? 'problem' : 'problems'} in ${shownFile}`);
  if (files.firstToList(reference)) {
    const inFile = (problemPath: string, expected: string, received: string) =>
      reader.problems.push({ file: read.file, line: 0, column: 0, path: problemPath, expected, received });
    for (const problem of inside) inFile(problem.path, problem.expected, problem.received);
    if (read.unlistedProblems > 0) inFile('', NO_MORE_PROBLEMS, moreProblems(read.unlistedProblems));
  }
  return null;
}
