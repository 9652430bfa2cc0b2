import type { Uncertain } from './distribution.js';
import type { CapabilityFigureName } from './capability-figures.js';
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
  /** Where the scenario file writes the line (its `path:` or `geojson:` value), for messages about it; absent for a scenario built in code. */
  readonly place?: SourcePlace;
}

/** A place in a scenario file: `scenarios/x.yaml:12:11 sectors[0].path`. */
export interface SourcePlace {
  /** The file as the user named it. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** The field, e.g. "sectors[0].path". */
  readonly path: string;
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

/**
 * What one contributor keeps on the ground: troops, brigades of the
 * scenario's brigade size, or no troops at all (`none`: a contributor that
 * pledges capabilities only, counted as 0 troops).
 */
export type Pledge =
  | { readonly kind: 'troops'; readonly troops: Uncertain }
  | { readonly kind: 'brigades'; readonly brigades: Uncertain }
  | { readonly kind: 'none' };

/** What a capability is needed per: each brigade, the whole force once, or each `km` of line. */
export type CapabilityPer =
  | { readonly kind: 'brigade' }
  | { readonly kind: 'force' }
  | { readonly kind: 'length'; readonly km: number };

/**
 * Something needed in whole units besides soldiers: air-defence batteries,
 * EW teams, mine-countermeasure vessels. "Air cover" is not one of these: it
 * is always there, its need the figure airCover (capabilities.ts).
 */
export interface Capability {
  /** Unique within the scenario, compared case-insensitively, never "Air cover". */
  readonly name: string;
  readonly per: CapabilityPer;
  /** Units needed per unit of `per` (per brigade, per km-length, or for the force). */
  readonly need: Uncertain;
  /** Where the need comes from; null where the scenario gives no source. */
  readonly source: string | null;
}

/** Units of one capability a contributor provides. */
export interface CapabilityPledge {
  /** The capability's name as the scenario declares it ("Air cover" for air cover). */
  readonly capability: string;
  /** Whole units. */
  readonly units: Uncertain;
}

export interface Contributor {
  readonly country: string;
  readonly pledge: Pledge;
  /** The capabilities it provides, in the order written; absent means none. */
  readonly provides?: readonly CapabilityPledge[];
  /** True for a backstop (the US role as partners discuss it): shortfalls are also given without it. Absent means false. */
  readonly backstop?: boolean;
  /** The day it arrives, in days after day 0; absent: there from day 0. */
  readonly arrives?: Uncertain;
  /** The day it leaves, after it arrives; absent: it stays past the horizon. */
  readonly leaves?: Uncertain;
  /** The days each contingent serves before it is replaced (at least 1); absent: one contingent throughout. */
  readonly tour?: Uncertain;
}

/**
 * What a scenario must yield (its `expect:` block): a figure of the model, or
 * (with `capability`) a figure of one capability, `capabilities.<name>.<figure>`.
 * A value matches when it equals `expected` once rounded to the decimals the
 * expectation was written with, so `1,666.67` matches 1,666.666...; counts
 * compare exactly.
 */
export type Expectation =
  | (ExpectedValue & { readonly figure: FigureName; readonly capability?: undefined })
  | (ExpectedValue & { readonly figure: CapabilityFigureName; readonly capability: string })
  /** The coalition's `coveredFromDay`, in days: a bound of Infinity is "never" (null in the estimate). */
  | (ExpectedValue & { readonly figure: typeof COVERED_FROM_DAY; readonly capability?: undefined });

/** The `expect:` key of the day from which the coalition can and surely does cover the line. */
export const COVERED_FROM_DAY = 'coveredFromDay';

/** The value an expectation states, with the decimals each bound was written with. */
export interface ExpectedValue {
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
  /** The capabilities besides air cover, in file order; absent means none. */
  readonly capabilities?: readonly Capability[];
  /** Absent when the scenario names no contributors. */
  readonly coalition: readonly Contributor[] | null;
  readonly expect: readonly Expectation[];
  /** The date of day 0, `YYYY-MM-DD` (calendar.ts); absent: days are only days. */
  readonly start?: string;
  /** How far the timeline runs, in days; absent: DEFAULT_HORIZON_DAYS. */
  readonly horizonDays?: number;
}

/** The horizon of a scenario that sets none: a year. */
export const DEFAULT_HORIZON_DAYS = 365;
