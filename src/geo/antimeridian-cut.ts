import type { Line, LonLat } from './geometry-problem.js';

/**
 * A drawn line as RFC 7946 (section 3.1.9) asks a writer to give it: cut in
 * parts wherever it crosses the antimeridian, so that no part's
 * representation crosses it. A segment crosses where its two longitudes are
 * more than 180 degrees apart: forcecalc measures every segment the short
 * way (the geodesic), and a GeoJSON reader draws a segment as the straight
 * line between its coordinates, which would go the long way round the world.
 *
 * The crossing point is interpolated on that straight line in longitude and
 * latitude (the line a reader draws), with its longitude exactly 180 on one
 * side and -180 on the other. A point already on the antimeridian takes the
 * sign of its neighbours where that avoids a cut. Segments exactly 180
 * degrees apart are kept whole: either way round is as short, so there is
 * no shorter way to draw. Every part has at least two points; a line that
 * never crosses comes back as the one part it was.
 */
export function cutAtAntimeridian(line: Line): Line[] {
  const [first, ...rest] = line;
  if (first === undefined) return [];
  const parts: LonLat[][] = [];
  let part: LonLat[] = [first];
  for (const next of rest) {
    const last = part[part.length - 1] as LonLat;
    if (Math.abs(next[0] - last[0]) <= 180) {
      part.push(next);
    } else if (Math.abs(next[0]) === 180) {
      // On the antimeridian already: the same meridian written with the sign that stays on this side.
      part.push([-next[0], next[1]]);
    } else if (Math.abs(last[0]) === 180 && part.length === 1) {
      // A line that starts on the antimeridian: write its start on the side it goes to.
      part = [[-last[0], last[1]], next];
    } else {
      const crossing = crossingLatitude(last, next);
      const side = last[0] > 0 ? 180 : -180;
      if (last[0] !== side) part.push([side, crossing]);
      parts.push(part);
      part = [[-side, crossing], next];
    }
  }
  parts.push(part);
  return parts;
}

/**
 * The latitude where the straight segment from `from` to `to`, continued the
 * short way across the antimeridian, meets it. The caller has checked that
 * the longitudes are more than 180 degrees apart and that `to` is not on the
 * antimeridian, so the fraction lies in [0, 1).
 */
function crossingLatitude(from: LonLat, to: LonLat): number {
  const eastward = from[0] > 0;
  const side = eastward ? 180 : -180;
  // `to` moved by a whole turn so that the segment runs continuously across the meridian.
  const toLongitude = to[0] + (eastward ? 360 : -360);
  const fraction = (side - from[0]) / (toLongitude - from[0]);
  return from[1] + fraction * (to[1] - from[1]);
}
