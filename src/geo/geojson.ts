import { describeValue } from './describe-value.js';
import { describeJsonFault } from './geojson-syntax.js';
import { fieldPath, indexPath, ProblemList, type GeometryResult, type Line } from './geometry-problem.js';
import { checkLine, PointBudget, type PointForm } from './position-checks.js';
import { utf8SizeExceeds } from './utf8-size.js';

/** The largest GeoJSON text forcecalc reads; the loader may check a file's size before reading it. */
export const MAX_GEOJSON_BYTES = 5 * 1024 * 1024;

const GEOJSON_POSITION: PointForm = {
  allowAltitude: true,
  expected: 'a position [longitude, latitude] or [longitude, latitude, altitude]',
};
const ROOT_TYPES = 'a "type" of LineString, MultiLineString, Feature or FeatureCollection';
const GEOMETRY_TYPES = 'a geometry "type" of LineString or MultiLineString';
const FORBIDDEN_KEY = '__proto__';
// RFC 8259 lets a parser ignore a leading byte-order mark; some Windows GIS exports write one.
const BYTE_ORDER_MARK = '\uFEFF';

type JsonObject = Readonly<Record<string, unknown>>;

/** Reads GeoJSON into lines, adding problems as it goes; one instance per text. */
class GeoJsonReader {
  readonly problems = new ProblemList();
  readonly lines: Line[] = [];
  private readonly budget = new PointBudget();

  /** The object at `path`, or null with a problem; an object with a `__proto__` key is refused. */
  private object(value: unknown, path: string, expected: string): JsonObject | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problems.add(path, expected, describeValue(value));
      return null;
    }
    // JSON.parse makes "__proto__" an own key rather than a prototype, so it is harmless
    // here; it is refused anyway so that no later merge of parsed objects can be tricked.
    if (Object.hasOwn(value, FORBIDDEN_KEY)) {
      this.problems.add(fieldPath(path, FORBIDDEN_KEY), `no "${FORBIDDEN_KEY}" key`, `a "${FORBIDDEN_KEY}" key`);
      return null;
    }
    return value as JsonObject;
  }

  root(value: unknown): void {
    const root = this.object(value, '', `a GeoJSON object with ${ROOT_TYPES}`);
    if (root === null) return;
    switch (root.type) {
      case 'FeatureCollection':
        return this.featureCollection(root);
      case 'Feature':
        return this.feature(root, '');
      case 'LineString':
      case 'MultiLineString':
        return this.geometry(root, '');
      default:
        this.problems.add('type', ROOT_TYPES, describeValue(root.type));
    }
  }

  private featureCollection(collection: JsonObject): void {
    const features = collection.features;
    if (!Array.isArray(features) || features.length === 0) {
      this.problems.add('features', 'an array of one or more Features', describeValue(features));
      return;
    }
    for (let index = 0; index < features.length && !this.budget.exhausted; index += 1) {
      const path = indexPath('features', index);
      const feature = this.object(features[index], path, 'a Feature');
      if (feature === null) continue;
      if (feature.type !== 'Feature') this.problems.add(fieldPath(path, 'type'), '"Feature"', describeValue(feature.type));
      else this.feature(feature, path);
    }
  }

  private feature(feature: JsonObject, path: string): void {
    // RFC 7946 allows a Feature without geometry (null); it has no line to measure.
    const geometryPath = fieldPath(path, 'geometry');
    const geometry = this.object(feature.geometry, geometryPath, 'a LineString or MultiLineString geometry');
    if (geometry !== null) this.geometry(geometry, geometryPath);
  }

  private geometry(geometry: JsonObject, path: string): void {
    const coordinatesPath = fieldPath(path, 'coordinates');
    const coordinates = geometry.coordinates;
    if (geometry.type === 'LineString') {
      this.line(coordinates, coordinatesPath);
    } else if (geometry.type === 'MultiLineString') {
      if (!Array.isArray(coordinates) || coordinates.length === 0) {
        this.problems.add(coordinatesPath, 'an array of one or more lines', describeValue(coordinates));
        return;
      }
      for (let index = 0; index < coordinates.length && !this.budget.exhausted; index += 1) {
        this.line(coordinates[index], indexPath(coordinatesPath, index));
      }
    } else {
      this.problems.add(fieldPath(path, 'type'), GEOMETRY_TYPES, describeValue(geometry.type));
    }
  }

  private line(value: unknown, path: string): void {
    const line = checkLine(value, path, GEOJSON_POSITION, this.budget, this.problems);
    if (line !== null) this.lines.push(line);
  }
}

/**
 * Parses GeoJSON text into the lines it draws: a LineString, a MultiLineString,
 * a Feature of either, or a FeatureCollection of such Features (every line of
 * every feature, in order; a MultiLineString gives one line per part).
 * Positions may carry an altitude, which is dropped; foreign members and a
 * leading byte-order mark are ignored. Everything else is a problem, all of
 * them at once, never a throw: invalid JSON, another geometry (Point, Polygon,
 * GeometryCollection), a line of fewer than two points, coordinates that are
 * not numbers or out of range, a `__proto__` key, more than
 * `MAX_GEOJSON_BYTES` of text or `MAX_POINTS` points. Paths read like
 * `features[2].geometry.coordinates[14][1]`.
 */
export function parseGeoJsonLines(text: string): GeometryResult<Line[]> {
  const problems = new ProblemList();
  if (utf8SizeExceeds(text, MAX_GEOJSON_BYTES)) {
    problems.add('', 'GeoJSON of at most 5 MiB', 'more than 5 MiB of text');
    return problems.result([]);
  }
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  let parsed: unknown;
  try {
    // No reviver: the parsed tree is only read, and the lines are built from fresh arrays of numbers.
    parsed = JSON.parse(json);
  } catch {
    // Not JSON.parse's message: it quotes the text, which must not reach a message (geojson-syntax.ts).
    problems.add('', 'GeoJSON text', describeJsonFault(json));
    return problems.result([]);
  }
  const reader = new GeoJsonReader();
  reader.root(parsed);
  return reader.problems.result(reader.lines);
}
