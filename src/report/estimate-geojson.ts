/**
 * `estimate --format geojson`: the drawn sectors as a GeoJSON FeatureCollection
 * (RFC 7946) for GIS tools, each Feature's properties the sector's figures.
 * Sectors given by a plain length have no geometry; they are listed in the
 * collection's `undrawnSectors` member, so that nothing is silently lost.
 *
 * RFC 7946 reserves `properties` and `geometry` for Features, `coordinates`
 * for geometries and `features` for the collection (section 7.1): the
 * collection names its scenario in a foreign member of its own, `scenario`.
 * Only lines are written, so no winding order applies (polygons would need
 * the right-hand rule); a line crossing the antimeridian is cut there.
 */
import type { Estimate, SectorEstimate } from '../core/estimate.js';
import type { Scenario, Sector, SectorGeometry } from '../core/scenario.js';
import { cutAtAntimeridian } from '../geo/antimeridian-cut.js';
import { intervalJson, type IntervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';

/** What a feature's properties and an undrawn sector share: the sector's figures. */
export interface SectorFiguresJson {
  readonly name: string;
  /** The sector's position in the scenario (0 first), as in `estimate --format json`'s `sectors`. */
  readonly index: number;
  /** The planning length: measuredKm x tortuosity for a drawn sector. */
  readonly lengthKm: IntervalJson;
  readonly density: IntervalJson;
  readonly troops: IntervalJson;
}

/** A drawn sector's properties. */
export interface DrawnSectorJson extends SectorFiguresJson {
  /** The drawn line's geodesic length, before tortuosity. */
  readonly measuredKm: number;
  readonly tortuosity: IntervalJson;
  readonly method: string;
  /** The GeoJSON file as the scenario names it; null for an inline `path:`. */
  readonly file: string | null;
}

type Position = [longitude: number, latitude: number];

/** One drawn sector: its lines as the geometry, its figures as the properties. */
export interface SectorFeatureJson {
  readonly type: 'Feature';
  readonly geometry:
    | { readonly type: 'LineString'; readonly coordinates: Position[] }
    | { readonly type: 'MultiLineString'; readonly coordinates: Position[][] };
  readonly properties: DrawnSectorJson;
}

/** The scenario an export comes from, as the collection's foreign member `scenario` names it. */
export interface ScenarioNameJson {
  readonly id: string;
  readonly title: string;
}

/** The whole export: a FeatureCollection with two foreign members, `scenario` and `undrawnSectors`. */
export interface EstimateGeoJson {
  readonly type: 'FeatureCollection';
  readonly scenario: ScenarioNameJson;
  readonly features: readonly SectorFeatureJson[];
  readonly undrawnSectors: readonly SectorFiguresJson[];
}


function figures(sector: Sector, result: SectorEstimate, index: number): SectorFiguresJson {
  return { name: sector.name, index, lengthKm: intervalJson(result.lengthKm), density: intervalJson(result.density), troops: intervalJson(result.troops) };
}

// Fresh arrays of numbers: the output never shares an array with the scenario. A line cut at the
// antimeridian becomes several, so a LineString may be written as a MultiLineString.
function geometryJson(geometry: SectorGeometry): SectorFeatureJson['geometry'] {
  const lines = geometry.lines
    .flatMap((line) => cutAtAntimeridian(line))
    .map((line) => line.map(([longitude, latitude]): Position => [longitude, latitude]));
  return lines.length === 1 && lines[0] !== undefined
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}

/**
 * The estimate's drawn sectors as GeoJSON. `result` must be the estimate of
 * `scenario` (its sectors in the same order); a mismatch is a programmer
 * error and throws a RangeError.
 */
export function estimateToGeoJson(scenario: Scenario, result: Estimate): EstimateGeoJson {
  if (result.sectors.length !== scenario.sectors.length) {
    throw new RangeError(`the estimate has ${result.sectors.length} sectors, the scenario ${scenario.sectors.length}`);
  }
  const features: SectorFeatureJson[] = [];
  const undrawnSectors: SectorFiguresJson[] = [];
  scenario.sectors.forEach((sector, index) => {
    const sectorResult = result.sectors[index] as SectorEstimate;
    const { geometry } = sector;
    if (geometry === undefined) {
      undrawnSectors.push(figures(sector, sectorResult, index));
      return;
    }
    features.push({
      type: 'Feature',
      geometry: geometryJson(geometry),
      properties: {
        ...figures(sector, sectorResult, index),
        measuredKm: geometry.measuredKm,
        tortuosity: intervalJson(geometry.tortuosity),
        method: geometry.method,
        file: geometry.file ?? null,
      },
    });
  });
  return {
    type: 'FeatureCollection',
    scenario: { id: result.scenario.id, title: result.scenario.title },
    features,
    undrawnSectors,
  };
}

// A position as indented JSON spreads over four lines; raw line breaks only ever stand between tokens
// (JSON escapes them inside strings), so this finds positions and nothing else.
const SPREAD_POSITION = /\[\n\s+(-?\d[\d.eE+-]*),\n\s+(-?\d[\d.eE+-]*)\n\s+\]/g;

/** `estimate --format geojson`: the FeatureCollection as indented JSON, each position `[longitude, latitude]` on one line. */
export function formatEstimateGeoJson(scenario: Scenario, result: Estimate): string {
  return jsonText(estimateToGeoJson(scenario, result)).replace(SPREAD_POSITION, '[$1, $2]');
}
