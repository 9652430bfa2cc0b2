import type { Scenario } from '../core/scenario.js';
import { looksSwapped, type LandMask } from '../geo/index.js';
import { escapePath } from '../text/sanitize.js';
import type { ScenarioWarning } from './scenario-warning.js';

/**
 * A warning for each drawn sector whose points look written as [latitude,
 * longitude] (geo/swapped-coordinates.ts says when), at the place its
 * `path:` or `geojson:` is written. Pure: the land comes in as a mask. A
 * sector built in code, without a place, is not checked.
 */
export function swappedPathWarnings(scenario: Scenario, land: LandMask): ScenarioWarning[] {
  return scenario.sectors.flatMap((sector): ScenarioWarning[] => {
    const { geometry } = sector;
    if (geometry?.place === undefined || !looksSwapped(geometry.lines, land)) return [];
    const { file, line, column, path } = geometry.place;
    const lines = geometry.file === undefined ? 'the points' : `the points of ${escapePath(geometry.file)}`;
    const message =
      `${lines} look written as [latitude, longitude]: as written every point is at sea, swapped every one is on land; ` +
      'points are [longitude, latitude] (GeoJSON order), so swap each pair if the line belongs on land';
    return [{ file, line, column, path, message }];
  });
}
