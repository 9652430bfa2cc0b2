import type { Uncertain } from './distribution.js';
import type { FactorSettings } from './factors.js';
import type { FigureName } from './figures.js';
import type { Interval } from './interval.js';

/** A stretch of line to watch: a ceasefire line, a border, a coast. */
export interface Sector {
  readonly name: string;
  readonly lengthKm: Uncertain;
  /** Soldiers per km; absent means the scenario's density. */
  readonly density?: Uncertain;
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
