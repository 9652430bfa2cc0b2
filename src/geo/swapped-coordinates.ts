import type { Line, LonLat } from './geometry-problem.js';
import type { LandMask } from './land-mask.js';

/**
 * Whether lines look written as [latitude, longitude] instead of GeoJSON's
 * [longitude, latitude]: every point's first coordinate is a latitude (-90 to
 * 90), and read as written every point is at sea while swapped every point is
 * on land. A line of the wrong order is then a line drawn in the ocean that
 * lands on a coast or a country once its coordinates are swapped: the line
 * of contact written as [48.5, 37.6] ... lies off Somalia, swapped in Donbas.
 *
 * Why land and sea, and all points: any pair of numbers within +-90 is a place
 * on Earth, so only where it falls can tell; a sector is drawn along ground
 * that troops can hold (a front, a border, a coast), so a line entirely at sea
 * is implausible, and "every point" keeps a coast drawn a little offshore from
 * warning as long as one point of it touches land. It cannot catch a swap that
 * lands on land both ways (Ukraine's [lat, lon] reads as northern Iran): the
 * borders under the map show that one. A line and its swap never both warn:
 * one says every point is at sea, the other that the same places are on land.
 * False for no points.
 */
export function looksSwapped(lines: readonly Line[], land: LandMask): boolean {
  const points = lines.flat();
  if (points.length === 0) return false;
  const swapped = (point: LonLat): LonLat => [point[1], point[0]];
  return (
    points.every(([first]) => first >= -90 && first <= 90) &&
    points.every((point) => !land.isLand(point)) &&
    points.every((point) => land.isLand(swapped(point)))
  );
}
