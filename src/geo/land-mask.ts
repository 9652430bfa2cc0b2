import type { Line, LonLat } from './geometry-problem.js';

/** Says whether a point is on land, by the polygons the mask was built from. */
export interface LandMask {
  /** True inside the land (an even number of rings around it counts as water: a lake is a hole). */
  isLand(point: LonLat): boolean;
}

// Edges are filed by bands of latitude this high, so that a point is tested against the few edges of its
// own band: about 11 km, near the length of an edge at 1:50m, so that an edge sits in one or two bands.
const BAND_DEGREES = 0.1;
const BAND_COUNT = Math.ceil(180 / BAND_DEGREES);
// Numbers an edge takes in a band's list: x1, y1, x2, y2.
const EDGE_SIZE = 4;

const bandOf = (latitude: number): number => Math.min(Math.max(Math.floor((latitude + 90) / BAND_DEGREES), 0), BAND_COUNT - 1);

type EdgeVisitor = (x1: number, y1: number, x2: number, y2: number) => void;

/**
 * Each edge of a ring, closed back to its first point, with its longitudes
 * made continuous: a step of more than 180 degrees is a step across 180
 * degrees the other way round, so the points after it are shifted by 360. A
 * ring round a pole (Antarctica) then ends 360 degrees from where it began:
 * it is closed through the pole on its side of the equator, so that on the
 * plane it encloses the cap it holds.
 */
function forEachEdge(ring: Line, visit: EdgeVisitor): void {
  const first = ring[0];
  if (first === undefined) return;
  let shift = 0;
  let [x, y] = first;
  let latitudeSum = 0;
  const step = (longitude: number, latitude: number): void => {
    const jump = longitude + shift - x;
    if (jump > 180) shift -= 360;
    else if (jump < -180) shift += 360;
    visit(x, y, longitude + shift, latitude);
    x = longitude + shift;
    y = latitude;
  };
  for (let index = 1; index < ring.length; index += 1) {
    const [longitude, latitude] = ring[index] ?? first;
    latitudeSum += latitude;
    step(longitude, latitude);
  }
  step(first[0], first[1]);
  if (shift !== 0) {
    const pole = latitudeSum < 0 ? -90 : 90;
    visit(x, y, x, pole);
    visit(x, pole, first[0], pole);
    visit(first[0], pole, first[0], first[1]);
  }
}

/**
 * A land mask from rings of [longitude, latitude] points (each ring closed or
 * not: the last point joins the first), read on the plane of longitude and
 * latitude, as the data is drawn: a point is on land when a ray from it due
 * east crosses the rings an odd number of times. A ring that crosses 180
 * degrees (Chukotka, Fiji) is unwrapped past it, and a point is tested also
 * 360 degrees east and west; a ring round a pole is closed through it. Pure;
 * building it costs two passes over the edges (count, then file them in flat
 * arrays: 60,000 edges at 1:50m), a query the edges of one band of latitude.
 */
export function createLandMask(rings: readonly Line[]): LandMask {
  const counts = new Uint32Array(BAND_COUNT + 1);
  const eachBand = (y1: number, y2: number, visit: (band: number) => void): void => {
    // A horizontal edge never crosses a ray along its parallel.
    if (y1 === y2) return;
    const last = bandOf(Math.max(y1, y2));
    for (let band = bandOf(Math.min(y1, y2)); band <= last; band += 1) visit(band);
  };
  for (const ring of rings) forEachEdge(ring, (_x1, y1, _x2, y2) => eachBand(y1, y2, (band) => (counts[band + 1] = (counts[band + 1] ?? 0) + 1)));
  // starts[band] .. starts[band + 1]: that band's edges, in edges of EDGE_SIZE numbers.
  const starts = new Uint32Array(BAND_COUNT + 1);
  for (let band = 1; band <= BAND_COUNT; band += 1) starts[band] = (starts[band - 1] ?? 0) + (counts[band] ?? 0);
  const edges = new Float64Array((starts[BAND_COUNT] ?? 0) * EDGE_SIZE);
  const filled = starts.slice(0, BAND_COUNT);
  for (const ring of rings) {
    forEachEdge(ring, (x1, y1, x2, y2) =>
      eachBand(y1, y2, (band) => {
        const at = (filled[band] ?? 0) * EDGE_SIZE;
        edges[at] = x1;
        edges[at + 1] = y1;
        edges[at + 2] = x2;
        edges[at + 3] = y2;
        filled[band] = (filled[band] ?? 0) + 1;
      }),
    );
  }
  const inside = (longitude: number, latitude: number): boolean => {
    const band = bandOf(latitude);
    const end = (starts[band + 1] ?? 0) * EDGE_SIZE;
    let odd = false;
    for (let at = (starts[band] ?? 0) * EDGE_SIZE; at < end; at += EDGE_SIZE) {
      const x1 = edges[at] ?? 0;
      const y1 = edges[at + 1] ?? 0;
      const x2 = edges[at + 2] ?? 0;
      const y2 = edges[at + 3] ?? 0;
      // Half-open in latitude, so a ray through a vertex counts the two edges meeting there once.
      if (y1 > latitude === y2 > latitude) continue;
      if (x1 + ((latitude - y1) * (x2 - x1)) / (y2 - y1) > longitude) odd = !odd;
    }
    return odd;
  };
  return {
    // An unwrapped ring holds no place twice, so at most one of the three is inside it.
    isLand: ([longitude, latitude]) => inside(longitude, latitude) || inside(longitude + 360, latitude) || inside(longitude - 360, latitude),
  };
}
