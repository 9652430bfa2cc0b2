import geodesic from 'geographiclib-geodesic';
import type { Line, LonLat } from './geometry-problem.js';

/** How forcecalc measures a drawn line, named in every report that shows a measured length. */
export const GEODESIC_METHOD = 'geodesic on WGS84 (GeographicLib, Karney 2013)';

const WGS84 = geodesic.Geodesic.WGS84;
// Ask Inverse for the distance only: the azimuths and reduced length are not needed.
const DISTANCE_ONLY = geodesic.Geodesic.DISTANCE;

function assertLonLat([longitude, latitude]: LonLat): void {
  // A programmer error: lines reach here only after validatePath or parseGeoJsonLines.
  if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) {
    throw new RangeError(`not a WGS84 [longitude, latitude] point: [${longitude}, ${latitude}]`);
  }
}

/** The geodesic (shortest path on the WGS84 ellipsoid) between two points, in km. */
export function segmentLengthKm(from: LonLat, to: LonLat): number {
  const { s12 } = WGS84.Inverse(from[1], from[0], to[1], to[0], DISTANCE_ONLY);
  // s12 is always present when DISTANCE is asked for; its type is optional because the mask may omit it.
  return (s12 ?? Number.NaN) / 1000;
}

/**
 * The length of a line in km: the sum of the geodesics between consecutive
 * points on WGS84 (`[longitude, latitude]` in degrees). A line of fewer than
 * two points has no length. Throws a RangeError for a point out of range (a
 * programmer error: check input with validatePath or parseGeoJsonLines first).
 */
export function lineLengthKm(points: readonly LonLat[]): number {
  let totalKm = 0;
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index] as LonLat;
    assertLonLat(point);
    if (index > 0) totalKm += segmentLengthKm(points[index - 1] as LonLat, point);
  }
  return totalKm;
}

/** The total length of several lines in km (a MultiLineString, a FeatureCollection): no segment joins them. */
export function multiLineLengthKm(lines: readonly Line[]): number {
  return lines.reduce((totalKm, line) => totalKm + lineLengthKm(line), 0);
}
