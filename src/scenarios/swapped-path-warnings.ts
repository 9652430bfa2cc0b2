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
    const points = geometry.file === undefined ? 'the points' : `the points of ${escapePath(geometry.file)}`;
    const message = `${points} look written as [latitude, longitude] (as written all at sea, swapped all on land); write each as [longitude, latitude]`;
    return [{ file, line, column, path, message }];
  });
}
