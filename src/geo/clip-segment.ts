/** A point on the plane of the map's dots: x across, y down, not rounded. */
export type PlanePoint = readonly [x: number, y: number];

/** An axis-aligned box on that plane, edges included. */
export interface PlaneBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * The part of the segment from `from` to `to` inside `box`, or null when
 * none of it is (Liang-Barsky: the segment as from + t (to - from), t in
 * [0, 1], narrowed by each of the four edges). The part keeps the segment's
 * direction; a segment wholly inside comes back unchanged. A base map is drawn
 * this way so that a coastline leaving the view stops at its edge instead of
 * being pressed flat against it.
 */
export function clipSegment(from: PlanePoint, to: PlanePoint, box: PlaneBox): readonly [PlanePoint, PlanePoint] | null {
  const [x0, y0] = from;
  const dx = to[0] - x0;
  const dy = to[1] - y0;
  let enter = 0;
  let leave = 1;
  // Each edge as (p, q): the segment is inside that edge where p t <= q.
  const edges: readonly (readonly [number, number])[] = [
    [-dx, x0 - box.minX],
    [dx, box.maxX - x0],
    [-dy, y0 - box.minY],
    [dy, box.maxY - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      // Parallel to this edge: wholly inside it or wholly outside.
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return null;
  }
  const at = (t: number): PlanePoint => (t === 0 ? from : t === 1 ? to : [x0 + t * dx, y0 + t * dy]);
  return [at(enter), at(leave)];
}
