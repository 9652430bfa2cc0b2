import type { Line, LonLat } from './geometry-problem.js';

/** Says whether a point is on land, by the coastlines the mask was built from. */
export interface LandMask {
  /** True inside the land (an even number of coasts around it counts as water: a lake is a hole). */
  isLand(point: LonLat): boolean;
}

// Edges are filed by bands of latitude this high, so that a point is tested against the few edges of its
// own band: about 11 km, near the length of an edge at 1:50m, so that an edge sits in one or two bands.
const BAND_DEGREES = 0.1;
const BAND_COUNT = Math.ceil(180 / BAND_DEGREES);
// Numbers an edge takes in the flat list: x1, y1, x2, y2.
const EDGE_SIZE = 4;
// A step of more than half the globe's longitudes goes the short way round, across 180 degrees.
const HALF_TURN = 180;
const SOUTH_POLE = -90;

const bandOf = (latitude: number): number => Math.min(Math.max(Math.floor((latitude + 90) / BAND_DEGREES), 0), BAND_COUNT - 1);

type EdgeVisitor = (x1: number, y1: number, x2: number, y2: number) => void;

/**
 * Each edge of the coasts on the plane of longitude and latitude. An edge
 * across 180 degrees (Chukotka, Fiji, Antarctica) is cut there into its two
 * ends, and each end is closed along the 180-degree meridian to the south
 * pole: a coast that crosses twice gets two such closures on each side, which
 * cancel but between its crossings, and so closes its two pieces; one that
 * crosses once (Antarctica) is closed round the pole, taking in the cap it
 * holds. Land round the north pole would need the north pole instead: there
 * is none (the Arctic is sea).
 */
function forEachEdge(coasts: readonly Line[], visit: EdgeVisitor): void {
  for (const coast of coasts) {
    let from = coast[0];
    for (let index = 1; index < coast.length; index += 1) {
      const to = coast[index];
      if (from === undefined || to === undefined) break;
      // Read by index, not destructured: this runs 60,000 times a build and should stay cheap.
      const x1 = from[0];
      const y1 = from[1];
      const x2 = to[0];
      const y2 = to[1];
      from = to;
      if (Math.abs(x2 - x1) <= HALF_TURN) {
        visit(x1, y1, x2, y2);
        continue;
      }
      // The edge the short way: x2 moved by 360 degrees; where it meets the meridian x1 is nearer to.
      const side = x1 > 0 ? 180 : -180;
      const shifted = x2 + (side > 0 ? 360 : -360);
      // An edge from 180 to -180 is all on the meridian: it crosses where it starts.
      const crossing = shifted === x1 ? y1 : y1 + ((side - x1) * (y2 - y1)) / (shifted - x1);
      visit(x1, y1, side, crossing);
      visit(-side, crossing, x2, y2);
      visit(side, crossing, side, SOUTH_POLE);
      visit(-side, crossing, -side, SOUTH_POLE);
    }
  }
}

/**
 * A land mask from coastlines: lines of [longitude, latitude] points that
 * together bound the land, each stretch of coast once, in any order, pieces
 * or direction (a ring closed on its first point, or the arcs of a TopoJSON
 * mesh). A point is on land when a ray from it due east crosses the coasts an
 * odd number of times, on the plane of longitude and latitude, as the data is
 * drawn. Pure; building it costs two passes over the edges (count them, then
 * file them in one flat array: 60,000 edges at 1:50m), a query the edges of
 * one band of latitude.
 */
export function createLandMask(coasts: readonly Line[]): LandMask {
  // starts[band] .. starts[band + 1]: that band's edges, counted first, then filled in. Each pass is one
  // visitor and plain loops: this runs once a process, cold, where a closure an edge would cost the most.
  const starts = new Uint32Array(BAND_COUNT + 1);
  forEachEdge(coasts, (_x1, y1, _x2, y2) => {
    // A horizontal edge never crosses a ray along its parallel.
    if (y1 === y2) return;
    const last = bandOf(Math.max(y1, y2));
    for (let band = bandOf(Math.min(y1, y2)); band <= last; band += 1) starts[band + 1] = (starts[band + 1] ?? 0) + 1;
  });
  for (let band = 1; band <= BAND_COUNT; band += 1) starts[band] = (starts[band] ?? 0) + (starts[band - 1] ?? 0);
  const edges = new Float64Array((starts[BAND_COUNT] ?? 0) * EDGE_SIZE);
  const filled = starts.slice(0, BAND_COUNT);
  forEachEdge(coasts, (x1, y1, x2, y2) => {
    if (y1 === y2) return;
    const last = bandOf(Math.max(y1, y2));
    for (let band = bandOf(Math.min(y1, y2)); band <= last; band += 1) {
      const at = (filled[band] ?? 0) * EDGE_SIZE;
      edges[at] = x1;
      edges[at + 1] = y1;
      edges[at + 2] = x2;
      edges[at + 3] = y2;
      filled[band] = (filled[band] ?? 0) + 1;
    }
  });
  return {
    isLand([longitude, latitude]) {
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
    },
  };
}
