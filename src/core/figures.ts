/**
 * The figure table: the one place a figure of the model is declared. Its
 * name, label, unit, formula in words, inputs, where it sits and which
 * reports carry it are read from here by every printer (JSON keys, CSV
 * records, table and Markdown rows, compare rows), by the simulation (its
 * figures and statistics), by the sweep (its columns), by the UI (its rows and
 * label widths) and by the scenario loader (the `expect:` keys). The formulas
 * themselves are in model.ts, typed by this table: a figure declared here and
 * not computed there is a compile error.
 *
 * The order of the table is the display order and the order of the JSON keys.
 */
import type { FactorName } from './factors.js';

/** How a figure's value reads: whole counts, km, or soldiers per km. */
export type FigureKind = 'count' | 'length' | 'density';

/**
 * What a figure depends on besides the factors: the sector list, the
 * coalition's pledges, or the line density (a figure that turns troops into
 * km names it, so that the screen shows which density it used).
 */
export type FigureInput = FactorName | 'sectors' | 'coalition' | 'lineDensity';

/**
 * Where a figure sits: `core` figures belong to every scenario, `coalition`
 * figures to a scenario with pledges (null without them).
 */
export type FigureGroup = 'core' | 'coalition';

/**
 * Whether `forcecalc sweep` reports a figure: in every table (`always`),
 * only when it says something the other columns do not (`whenMoved`: a
 * varied factor moves it and not the figures always shown, or it differs from
 * every column already shown), or never (null: not in a sweep's cells in any
 * format). A coalition figure is in the cells of a scenario with a coalition
 * only: `always` there means whenever there is one, and `whenMoved` that its
 * value is not the same in every cell (a sweep of a pledge moves it).
 */
export type SweepRole = 'always' | 'whenMoved' | null;

/** A figure as the table declares it. */
export interface FigureSpec {
  readonly label: string;
  readonly kind: FigureKind;
  /** Unit as printed after a value. */
  readonly unit: string;
  /** The formula in words, as docs/model.md states it, naming the density it uses where it turns troops into km. */
  readonly formula: string;
  /** The factors (and sector, coalition or line-density data) the figure depends on. */
  readonly inputs: readonly FigureInput[];
  readonly group: FigureGroup;
  /** True when `forcecalc simulate` summarises it over samples. */
  readonly simulated: boolean;
  readonly sweep: SweepRole;
}

const FIGURE_TABLE = {
  coverageKm: {
    label: 'Coverage length', kind: 'length', unit: 'km',
    formula: 'sum of sector lengths', inputs: ['sectors'],
    group: 'core', simulated: false, sweep: null,
  },
  troops: {
    label: 'Line troops', kind: 'count', unit: 'troops',
    formula: 'round up (sum of sector length x density)', inputs: ['sectors', 'density'],
    group: 'core', simulated: true, sweep: 'always',
  },
  lineDensity: {
    label: 'Line density', kind: 'density', unit: '/km',
    formula: 'sum of sector length x density / coverage length',
    inputs: ['sectors', 'density'],
    group: 'core', simulated: false, sweep: null,
  },
  brigades: {
    label: 'Brigades', kind: 'count', unit: 'brigades',
    formula: 'round up (troops / brigade size)', inputs: ['sectors', 'density', 'brigadeSize'],
    group: 'core', simulated: true, sweep: 'always',
  },
  brigadeCoverageKm: {
    label: 'Brigade coverage', kind: 'length', unit: 'km',
    formula: 'brigade size / line density (km of this line per brigade)',
    inputs: ['lineDensity', 'brigadeSize', 'sectors', 'density'],
    group: 'core', simulated: false, sweep: null,
  },
  airCover: {
    label: 'Air cover', kind: 'count', unit: 'packages',
    formula: 'round up (brigades x air cover per brigade)', inputs: ['sectors', 'density', 'brigadeSize', 'airCoverPerBrigade'],
    group: 'core', simulated: true, sweep: 'whenMoved',
  },
  enablers: {
    label: 'Enablers', kind: 'count', unit: 'troops',
    formula: 'round up (troops x enabler share)', inputs: ['sectors', 'density', 'enablerShare'],
    group: 'core', simulated: false, sweep: null,
  },
  deployedTroops: {
    label: 'Deployed troops', kind: 'count', unit: 'troops',
    formula: 'troops + enablers', inputs: ['sectors', 'density', 'enablerShare'],
    group: 'core', simulated: true, sweep: null,
  },
  committedTroops: {
    label: 'Committed troops', kind: 'count', unit: 'troops',
    formula: 'round up (deployed troops x rotation)', inputs: ['sectors', 'density', 'enablerShare', 'rotation'],
    group: 'core', simulated: true, sweep: 'whenMoved',
  },
  committedBrigades: {
    label: 'Committed brigades', kind: 'count', unit: 'brigades',
    formula: 'round up (brigades x rotation)', inputs: ['sectors', 'density', 'brigadeSize', 'rotation'],
    group: 'core', simulated: true, sweep: 'whenMoved',
  },
  pledgedTroops: {
    label: 'Pledged troops', kind: 'count', unit: 'troops',
    formula: 'sum of pledges (brigades x brigade size)', inputs: ['coalition', 'brigadeSize'],
    group: 'coalition', simulated: true, sweep: 'whenMoved',
  },
  pledgedCoverageKm: {
    label: 'Pledged coverage', kind: 'length', unit: 'km',
    formula: 'pledged troops / line density (km of this line they cover)',
    inputs: ['coalition', 'brigadeSize', 'lineDensity', 'sectors', 'density'],
    group: 'coalition', simulated: true, sweep: null,
  },
  pledgedDensity: {
    label: 'Pledged density', kind: 'density', unit: '/km',
    formula: 'pledged troops / coverage length', inputs: ['coalition', 'brigadeSize', 'sectors'],
    group: 'coalition', simulated: true, sweep: null,
  },
  shortfallTroops: {
    label: 'Shortfall', kind: 'count', unit: 'troops',
    formula: 'max(0, deployed troops - pledged troops)', inputs: ['coalition', 'brigadeSize', 'sectors', 'density', 'enablerShare'],
    group: 'coalition', simulated: true, sweep: 'always',
  },
  rotatedTroops: {
    label: 'Rotated troops', kind: 'count', unit: 'troops',
    formula: 'sum of pledge x contingents over the horizon (a pledge without a tour: one contingent)', inputs: ['coalition', 'brigadeSize'],
    group: 'coalition', simulated: true, sweep: null,
  },
} as const satisfies Readonly<Record<string, FigureSpec>>;

type FigureTable = typeof FIGURE_TABLE;

/** A figure of the model, a key of the figure table. */
export type FigureName = keyof FigureTable;
/** A figure every scenario has. */
export type CoreFigureName = { [K in FigureName]: FigureTable[K]['group'] extends 'core' ? K : never }[FigureName];
/** A figure of a scenario with a coalition. */
export type CoalitionFigureName = { [K in FigureName]: FigureTable[K]['group'] extends 'coalition' ? K : never }[FigureName];
/** A figure `forcecalc simulate` summarises. */
export type SimulatedFigureName = { [K in FigureName]: FigureTable[K]['simulated'] extends true ? K : never }[FigureName];
/** A core figure `forcecalc sweep` can show. */
export type SweptFigureName = { [K in CoreFigureName]: FigureTable[K]['sweep'] extends null ? never : K }[CoreFigureName];
/** A coalition figure `forcecalc sweep` can show, where the scenario has a coalition. */
export type SweptCoalitionFigureName = { [K in CoalitionFigureName]: FigureTable[K]['sweep'] extends null ? never : K }[CoalitionFigureName];

/** A figure as the table declares it, with its name. */
export interface FigureDefinition extends FigureSpec {
  readonly name: FigureName;
}

/** Every figure in display order (the order of the JSON keys). */
export const FIGURE_NAMES = Object.keys(FIGURE_TABLE) as readonly FigureName[] as readonly [FigureName, ...FigureName[]];

/** Every figure's definition, by name. */
export const FIGURES: Readonly<Record<FigureName, FigureDefinition>> = Object.fromEntries(
  FIGURE_NAMES.map((name) => [name, { name, ...FIGURE_TABLE[name] }]),
) as unknown as Record<FigureName, FigureDefinition>;

/** The figures every scenario has, in display order. */
export const CORE_FIGURE_NAMES = FIGURE_NAMES.filter((name) => FIGURES[name].group === 'core') as readonly CoreFigureName[];
/** The figures of a coalition, in display order. */
export const COALITION_FIGURE_NAMES = FIGURE_NAMES.filter((name) => FIGURES[name].group === 'coalition') as readonly CoalitionFigureName[];
/** The figures `forcecalc simulate` summarises, in display order. */
export const SIMULATED_FIGURE_NAMES = FIGURE_NAMES.filter((name) => FIGURES[name].simulated) as readonly SimulatedFigureName[];
/** The figures `forcecalc sweep` can show, in display order. */
export const SWEPT_FIGURE_NAMES = CORE_FIGURE_NAMES.filter((name) => FIGURES[name].sweep !== null) as readonly SweptFigureName[];
/** The coalition figures `forcecalc sweep` can show (pledged troops, the shortfall), in table order. */
export const SWEPT_COALITION_FIGURE_NAMES = COALITION_FIGURE_NAMES.filter((name) => FIGURES[name].sweep !== null) as readonly SweptCoalitionFigureName[];

/** True when `name` is one of FIGURE_NAMES (an `expect:` key, say), narrowing it. */
export function isFigureName(name: string): name is FigureName {
  return Object.hasOwn(FIGURE_TABLE, name);
}

/** True for a figure of the coalition group, narrowing it. */
export function isCoalitionFigure(name: FigureName): name is CoalitionFigureName {
  return FIGURES[name].group === 'coalition';
}
