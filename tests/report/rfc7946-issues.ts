/**
 * What a strict RFC 7946 reader would refuse in a GeoJSON text: the issues
 * of @placemarkio/check-geojson (a validator no one here wrote: structure,
 * positions, members out of place), and the rules it leaves out, checked
 * here: every member that section 7.1 reserves, coordinates in range
 * (section 4, WGS84 degrees, longitude first), no segment drawn across the
 * antimeridian (section 3.1.9), polygon rings that follow the right-hand
 * rule (section 3.1.6), and no `crs` member (appendix B.1).
 */
import { getIssues } from '@placemarkio/check-geojson';

type JsonObject = Record<string, unknown>;

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];

// RFC 7946 section 7.1: the members that define one kind of object must not appear in another.
const RESERVED_ELSEWHERE: Record<'FeatureCollection' | 'Feature' | 'Geometry', readonly string[]> = {
  FeatureCollection: ['coordinates', 'geometries', 'geometry', 'properties'],
  Feature: ['coordinates', 'geometries', 'features'],
  Geometry: ['geometry', 'properties', 'features'],
};

type Position = readonly number[];

/** Twice the signed area of a ring in the plane of longitude and latitude: positive when counterclockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let index = 1; index < ring.length; index += 1) {
    const [x1 = 0, y1 = 0] = ring[index - 1] as Position;
    const [x2 = 0, y2 = 0] = ring[index] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

class Rfc7946Checker {
  readonly issues: string[] = [];

  object(value: unknown, path: string): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const object = value as JsonObject;
    if ('crs' in object) this.issues.push(`${path}: a crs member (RFC 7946 allows WGS84 only)`);
    const type = String(object.type);
    const kind = type === 'FeatureCollection' || type === 'Feature' ? type : GEOMETRY_TYPES.includes(type) ? 'Geometry' : null;
    if (kind === null) return;
    for (const member of RESERVED_ELSEWHERE[kind]) {
      if (member in object) this.issues.push(`${path}: a ${type} with a member named ${member} (RFC 7946 section 7.1)`);
    }
    if (type === 'FeatureCollection' && Array.isArray(object.features)) {
      object.features.forEach((feature, index) => this.object(feature, `${path}.features[${index}]`));
    } else if (type === 'Feature') {
      this.object(object.geometry, `${path}.geometry`);
    } else if (type === 'GeometryCollection' && Array.isArray(object.geometries)) {
      object.geometries.forEach((geometry, index) => this.object(geometry, `${path}.geometries[${index}]`));
    } else {
      this.coordinates(type, object.coordinates, `${path}.coordinates`);
    }
  }

  private coordinates(type: string, coordinates: unknown, path: string): void {
    // check-geojson has checked the nesting; what is not an array here is already one of its issues.
    if (!Array.isArray(coordinates)) return;
    const lines = (depth: number): Position[][] => (depth === 1 ? [coordinates] : coordinates.flat(depth - 2)) as Position[][];
    switch (type) {
      case 'Point':
        return this.positions([coordinates as Position], path);
      case 'MultiPoint':
        return this.positions(coordinates as Position[], path);
      case 'LineString':
      case 'MultiLineString':
        return lines(type === 'LineString' ? 1 : 2).forEach((line) => this.line(line, path));
      case 'Polygon':
        return this.polygon(coordinates as Position[][], path);
      case 'MultiPolygon':
        return (coordinates as Position[][][]).forEach((polygon) => this.polygon(polygon, path));
    }
  }

  private positions(positions: readonly Position[], path: string): void {
    for (const [longitude = Number.NaN, latitude = Number.NaN] of positions) {
      if (!(Math.abs(longitude) <= 180)) this.issues.push(`${path}: longitude ${longitude} outside -180..180 (RFC 7946 section 4)`);
      if (!(Math.abs(latitude) <= 90)) this.issues.push(`${path}: latitude ${latitude} outside -90..90 (longitude comes first)`);
    }
  }

  private line(line: readonly Position[], path: string): void {
    this.positions(line, path);
    for (let index = 1; index < line.length; index += 1) {
      const from = (line[index - 1] as Position)[0] ?? 0;
      const to = (line[index] as Position)[0] ?? 0;
      if (Math.abs(to - from) > 180) this.issues.push(`${path}: a segment from longitude ${from} to ${to} crosses the antimeridian uncut (RFC 7946 section 3.1.9)`);
    }
  }

  private polygon(rings: readonly Position[][], path: string): void {
    rings.forEach((ring, index) => {
      this.line(ring, path);
      const exterior = index === 0;
      const counterclockwise = signedArea(ring) > 0;
      if (exterior !== counterclockwise) {
        this.issues.push(`${path}: ${exterior ? 'an exterior ring clockwise' : 'a hole counterclockwise'} (RFC 7946 section 3.1.6, the right-hand rule)`);
      }
    });
  }
}

/** Every reason a strict RFC 7946 reader would refuse `text`; empty when it is valid. */
export function rfc7946Issues(text: string): string[] {
  const issues = getIssues(text).map((issue) => `at character ${issue.from}: ${issue.message}`);
  if (issues.length > 0) return issues;
  const checker = new Rfc7946Checker();
  checker.object(JSON.parse(text), '$');
  return checker.issues;
}
