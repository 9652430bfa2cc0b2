import type { Uncertain } from './distribution.js';
import type { FactorSettings } from './factors.js';
import type { FigureName } from './figures.js';
import type { Interval } from './interval.js';

/** A point as GeoJSON writes it: [longitude, latitude] in WGS84 degrees. */
export type LonLat = readonly [longitude: number, latitude: number];

/** A line drawn on the map, from which a sector's length was measured. */
export interface SectorGeometry {
  /** The lines (one for a LineString or a `path:`, several for a MultiLineString). */
  readonly lines: readonly (readonly LonLat[])[];
  /** The measured length in km, before tortuosity. */
  readonly measuredKm: number;
  /** How it was measured, e.g. "geodesic on WGS84 (GeographicLib, Karney 2013)". */
  readonly method: string;
  /** Ground walked per km of drawn line (>= 1); lengthKm = measuredKm x tortuosity. */
  readonly tortuosity: Uncertain;
  /** The GeoJSON file as the scenario names it; absent for an inline `path:`. */
  readonly file?: string;
}

/** A stretch of line to watch: a ceasefire line, a border, a coast. */
export interface Sector {
  readonly name: string;
  readonly lengthKm: Uncertain;
  /** Soldiers per km; absent means the scenario's density. */
  readonly density?: Uncertain;
  /** Present when the length was measured from a drawn line rather than given. */
  readonly geometry?: SectorGeometry;
}

/** What one contributor keeps on the ground: troops, or brigades of the scenario's brigade size. */
export type Pledge =
  | { readonly kind: 'troops'; readonly troops: Uncertain }
  | { readonly kind: 'brigades'; readonly brigades: Uncertain };

export interface Contributor {
  readonly country: string;
  readonly pledge: Pledge;
}

/**
 * What a scenario must yield (its `expect:` block). A value matches when it
 * equals `expected` once rounded to the decimals the expectation was written
 * with, so `1,666.67` matches 1,666.666...; counts compare exactly.
 */
export interface Expectation {
  readonly figure: FigureName;
  readonly expected: Interval;
  readonly decimals: { readonly min: number; readonly max: number };
}

/** A scenario as the core sees it: validated, in km and soldiers per km. */
export interface Scenario {
  /** The file name without its extension. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly string[];
  readonly factors: FactorSettings;
  readonly sectors: readonly Sector[];
  /** Absent when the scenario names no contributors. */
  readonly coalition: readonly Contributor[] | null;
  readonly expect: readonly Expectation[];
}
