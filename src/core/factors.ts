import type { Uncertain } from './distribution.js';
import type { Interval } from './interval.js';

/** The planning factors of docs/model.md a scenario (or a planner) may set. */
export const FACTOR_NAMES = ['density', 'brigadeSize', 'airCoverPerBrigade', 'enablerShare', 'rotation'] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

/**
 * What sort of quantity a factor is, which decides how its text is read:
 * a density takes `3 / km` or `5 / mi`, a share takes `0.25` or `25%`, a
 * duration `6 months` (in days; a date where the scenario has a start).
 */
export type QuantityKind = 'length' | 'density' | 'count' | 'number' | 'share' | 'multiplier' | 'duration';

/** Accepted values: `min` (inclusive unless `minExclusive`) up to `max` (inclusive). */
export interface Bounds {
  readonly min: number;
  readonly minExclusive: boolean;
  readonly max: number;
  /** Whole numbers only (soldiers are not divisible). */
  readonly whole: boolean;
}

export interface FactorDefinition {
  readonly name: FactorName;
  readonly label: string;
  readonly kind: QuantityKind;
  /** Unit as printed after a value, e.g. "/km". Empty for plain numbers. */
  readonly unit: string;
  readonly description: string;
  /** The preset "palisa-minimum". */
  readonly defaultValue: Interval;
  /** Where the default comes from; it ends with its section of docs/sources.md. */
  readonly defaultSource: string;
  readonly bounds: Bounds;
  /** A sensible increment for an interactive editor. */
  readonly step: number;
  /** An example value for error messages, as a user would write it. */
  readonly example: string;
}

// Dated 9 April by its mirrors and 10 April on Politico's own page; both are given so either can be found.
const POLITICO =
  "Politico Europe, 'Ukraine lays out peacekeeping mission wish list' (Pavlo Palisa), 9 Apr 2025 in its mirrors, 10 Apr 2025 on Politico's page";

/** The name of the default factor set, after the heuristic it comes from. */
export const DEFAULT_PRESET = 'palisa-minimum';

/** Factor definitions in display order; the defaults form the preset "palisa-minimum". */
export const FACTORS: Readonly<Record<FactorName, FactorDefinition>> = {
  density: {
    name: 'density',
    label: 'Density',
    kind: 'density',
    unit: '/km',
    description: 'soldiers per km of line (a sector may override it)',
    defaultValue: { min: 3, max: 3 },
    // Quoted word for word from the English text, em dashes included.
    defaultSource: `${POLITICO}: "even if deployed with a minimum density — for example, three soldiers per kilometer — it will still have to provide air cover" (docs/sources.md, density)`,
    // At least one soldier per 1,000 km: below that the figures are noise (1e-300 /km gave 0 troops and 300-digit cells).
    bounds: { min: 0.001, minExclusive: false, max: 100_000, whole: false },
    step: 1,
    example: '3 / km',
  },
  brigadeSize: {
    name: 'brigadeSize',
    label: 'Brigade size',
    kind: 'count',
    unit: 'troops',
    description: 'soldiers per brigade',
    defaultValue: { min: 3_000, max: 5_000 },
    defaultSource: `${POLITICO}: "A brigade has from 3,000 to 5,000 troops" (the journalist's gloss, not Palisa's words); NATO brigades 3,200-5,500 (Reuters, 2022) (docs/sources.md, brigade size)`,
    bounds: { min: 1, minExclusive: false, max: 1_000_000, whole: true },
    step: 500,
    example: '3,000..5,000',
  },
  airCoverPerBrigade: {
    name: 'airCoverPerBrigade',
    label: 'Air cover per brigade',
    kind: 'number',
    unit: 'packages',
    description: 'air-cover packages (air-defence units) each brigade needs',
    defaultValue: { min: 1, max: 1 },
    defaultSource: `${POLITICO}: a brigade deployed even at the minimum density "will still have to provide air cover. This is a standard of military planning"; one package per brigade is a convention, not a sourced allotment (docs/sources.md, air cover per brigade)`,
    bounds: { min: 0, minExclusive: false, max: 1_000, whole: false },
    step: 0.5,
    example: '1',
  },
  enablerShare: {
    name: 'enablerShare',
    label: 'Enabler share',
    kind: 'share',
    unit: '',
    description: 'extra troops for air defence, EW, logistics and aviation liaison, as a share of line troops',
    defaultValue: { min: 0, max: 0 },
    defaultSource: `Not counted by default: ${POLITICO} lists air defence, electronic warfare, coordination with aviation, naval protection and logistics without a figure. For scale, about 3%, computed: a US division's air-defence battalion of about 500 soldiers (National Defense Magazine, c. 2004) over a division of about 15,000 (docs/sources.md, enabler share)`,
    bounds: { min: 0, minExclusive: false, max: 10, whole: false },
    step: 0.05,
    example: '25%',
  },
  rotation: {
    name: 'rotation',
    label: 'Rotation',
    kind: 'multiplier',
    unit: 'x',
    description: 'units committed per unit deployed (3 = one deployed, one preparing, one recovering)',
    defaultValue: { min: 1, max: 1 },
    defaultSource:
      "No rotation: the force on the ground only. The rule of thirds is 3 (deployed, training, recovering); 2.5 is computed from Gady's (IISS) figures, up to 100,000 involved for about 40,000 deployed (docs/sources.md, rotation)",
    bounds: { min: 1, minExclusive: false, max: 10, whole: false },
    step: 0.5,
    example: '3',
  },
};

/** Factor values a scenario or a planner sets; absent factors take the preset. */
export type FactorSettings = Partial<Record<FactorName, Uncertain>>;

/** True when `name` is one of FACTOR_NAMES (a `--set` or an `expect:` key, say), narrowing it. */
export function isFactorName(name: string): name is FactorName {
  return (FACTOR_NAMES as readonly string[]).includes(name);
}

/** A sector length: 1 m (0.001 km) to 100,000 km; shorter is a typing slip, not a sector (1e-300 km gave 0 troops). */
export const LENGTH_BOUNDS: Bounds = { min: 0.001, minExclusive: false, max: 100_000, whole: false };
/** A troops pledge: whole soldiers, 0 to 10 million. */
export const PLEDGED_TROOPS_BOUNDS: Bounds = { min: 0, minExclusive: false, max: 10_000_000, whole: true };
/** A brigades pledge: 0 to 10,000, not necessarily whole (half a brigade). */
export const PLEDGED_BRIGADES_BOUNDS: Bounds = { min: 0, minExclusive: false, max: 10_000, whole: false };
/** The longest a timeline runs, and the latest day a schedule names: a century, in days. */
export const MAX_DAYS = 36_525;
/** An arrival or a departure: a day from day 0 to MAX_DAYS, not necessarily whole (1.5 months is day 45.65625). */
export const DAY_BOUNDS: Bounds = { min: 0, minExclusive: false, max: MAX_DAYS, whole: false };
/** A tour: at least a day (a tour of zero would need endless contingents), at most MAX_DAYS. */
export const TOUR_BOUNDS: Bounds = { min: 1, minExclusive: false, max: MAX_DAYS, whole: false };
/** The horizon: at least a day, at most MAX_DAYS. */
export const HORIZON_BOUNDS: Bounds = { min: 1, minExclusive: false, max: MAX_DAYS, whole: false };
