import { primeVerticalRadiusKm } from './ellipsoid-scale.js';
import type { Line, LonLat } from './geometry-problem.js';

/** The box around every point of some lines, in degrees. */
export interface LonLatBounds {
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

/** The smallest box around all points, or null when there are none. Lines crossing 180 degrees are not unwrapped. */
export function boundsOf(lines: readonly Line[]): LonLatBounds | null {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const line of lines) {
    for (const [longitude, latitude] of line) {
      west = Math.min(west, longitude);
      east = Math.max(east, longitude);
      south = Math.min(south, latitude);
      north = Math.max(north, latitude);
    }
  }
  return west === Infinity ? null : { west, east, south, north };
}

/** A grid of dots to draw on, and the room to leave at its edges. */
export interface DotGrid {
  readonly width: number;
  readonly height: number;
  /** A dot's height over its width as the terminal shows it (1 for braille dots, 2 for whole cells). */
  readonly dotAspect: number;
  readonly marginX: number;
  readonly marginY: number;
}

/** Where a point lands on the grid, and how many km one dot spans across. */
export interface Projection {
  /** Dot column and row (row 0 at the top), rounded and inside the grid. */
  toDot(point: LonLat): readonly [column: number, row: number];
  /**
   * Where a longitude falls across the plane of the dots, and a latitude down
   * it (the projection takes each on its own), neither rounded nor held inside
   * the grid: for clipping lines that leave the view, point by point without
   * a new array each.
   */
  planeX(longitude: number): number;
  planeY(latitude: number): number;
  /** Km along the parallel at `centreLatitude` per dot of width: the scale bar's unit. */
  readonly kmPerDotX: number;
  readonly centreLatitude: number;
}

// A box of a single point or a straight meridian or parallel has no extent on some axis: give it a little.
const SMALLEST_SPAN_DEGREES = 1e-6;

/**
 * Equirectangular projection fitted to `bounds`: x = longitude x cos(centre
 * latitude), y = latitude, one scale for both axes (corrected for the dot's
 * aspect), the drawing centred inside the margins. The scale is true along
 * the centre parallel, which is where the scale bar is sized.
 */
export function fitProjection(bounds: LonLatBounds, grid: DotGrid): Projection {
  const centreLatitude = (bounds.south + bounds.north) / 2;
  const xScale = Math.max(Math.cos((centreLatitude * Math.PI) / 180), 1e-9);
  const spanX = Math.max((bounds.east - bounds.west) * xScale, SMALLEST_SPAN_DEGREES);
  const spanY = Math.max(bounds.north - bounds.south, SMALLEST_SPAN_DEGREES);
  // Dots are indexed from 0, so the last usable dot is width - 1 - margin.
  const roomX = Math.max(grid.width - 1 - 2 * grid.marginX, 0);
  const roomY = Math.max(grid.height - 1 - 2 * grid.marginY, 0);
  // Dots per x-unit across; a dot dotAspect times taller than wide needs dotAspect times fewer dots down.
  const dotsPerUnit = Math.min(roomX / spanX, (roomY * grid.dotAspect) / spanY);
  const offsetX = grid.marginX + (roomX - spanX * dotsPerUnit) / 2;
  const offsetY = grid.marginY + (roomY - (spanY * dotsPerUnit) / grid.dotAspect) / 2;
  const clamp = (value: number, size: number): number => Math.min(Math.max(Math.round(value), 0), size - 1);
  const planeX = (longitude: number): number => offsetX + (longitude - bounds.west) * xScale * dotsPerUnit;
  const planeY = (latitude: number): number => offsetY + ((bounds.north - latitude) * dotsPerUnit) / grid.dotAspect;
  return {
    toDot: ([longitude, latitude]) => [clamp(planeX(longitude), grid.width), clamp(planeY(latitude), grid.height)],
    planeX,
    planeY,
    // One x-unit is 1/xScale degrees of longitude at the centre parallel, whose radius is N cos(latitude).
    kmPerDotX: ((Math.PI / 180) * primeVerticalRadiusKm(centreLatitude)) / dotsPerUnit,
    centreLatitude,
  };
}
