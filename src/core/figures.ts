import type { FactorName } from './factors.js';

/** The figures of the model (docs/model.md), in display order. */
export const CORE_FIGURE_NAMES = [
  'coverageKm',
  'troops',
  'brigades',
  'brigadeCoverageKm',
  'airCover',
  'enablers',
  'deployedTroops',
  'committedTroops',
  'committedBrigades',
] as const;
export const COALITION_FIGURE_NAMES = ['pledgedTroops', 'pledgedCoverageKm', 'pledgedDensity', 'shortfallTroops'] as const;
export const FIGURE_NAMES = [...CORE_FIGURE_NAMES, ...COALITION_FIGURE_NAMES] as const;

export type CoreFigureName = (typeof CORE_FIGURE_NAMES)[number];
export type CoalitionFigureName = (typeof COALITION_FIGURE_NAMES)[number];
export type FigureName = (typeof FIGURE_NAMES)[number];

/** How a figure's value reads: whole counts, km, or soldiers per km. */
export type FigureKind = 'count' | 'length' | 'density';

/** What a sector list or a coalition contributes to a figure, beside the factors. */
export type FigureInput = FactorName | 'sectors' | 'coalition';

export interface FigureDefinition {
  readonly name: FigureName;
  readonly label: string;
  readonly kind: FigureKind;
  /** Unit as printed after a value. */
  readonly unit: string;
  /** The formula in words, as docs/model.md states it. */
  readonly formula: string;
  /** The factors (and sector or coalition data) the figure depends on. */
  readonly inputs: readonly FigureInput[];
}

export const FIGURES: Readonly<Record<FigureName, FigureDefinition>> = {
  coverageKm: {
    name: 'coverageKm', label: 'Coverage length', kind: 'length', unit: 'km',
    formula: 'sum of sector lengths', inputs: ['sectors'],
  },
  troops: {
    name: 'troops', label: 'Line troops', kind: 'count', unit: 'troops',
    formula: 'round up (sum of sector length x density)', inputs: ['sectors', 'density'],
  },
  brigades: {
    name: 'brigades', label: 'Brigades', kind: 'count', unit: 'brigades',
    formula: 'round up (troops / brigade size)', inputs: ['sectors', 'density', 'brigadeSize'],
  },
  brigadeCoverageKm: {
    name: 'brigadeCoverageKm', label: 'Brigade coverage', kind: 'length', unit: 'km',
    formula: 'brigade size / density (the km one brigade covers)', inputs: ['brigadeSize', 'density'],
  },
  airCover: {
    name: 'airCover', label: 'Air cover', kind: 'count', unit: 'packages',
    formula: 'round up (brigades x air cover per brigade)', inputs: ['sectors', 'density', 'brigadeSize', 'airCoverPerBrigade'],
  },
  enablers: {
    name: 'enablers', label: 'Enablers', kind: 'count', unit: 'troops',
    formula: 'round up (troops x enabler share)', inputs: ['sectors', 'density', 'enablerShare'],
  },
  deployedTroops: {
    name: 'deployedTroops', label: 'Deployed troops', kind: 'count', unit: 'troops',
    formula: 'troops + enablers', inputs: ['sectors', 'density', 'enablerShare'],
  },
  committedTroops: {
    name: 'committedTroops', label: 'Committed troops', kind: 'count', unit: 'troops',
    formula: 'round up (deployed troops x rotation)', inputs: ['sectors', 'density', 'enablerShare', 'rotation'],
  },
  committedBrigades: {
    name: 'committedBrigades', label: 'Committed brigades', kind: 'count', unit: 'brigades',
    formula: 'round up (brigades x rotation)', inputs: ['sectors', 'density', 'brigadeSize', 'rotation'],
  },
  pledgedTroops: {
    name: 'pledgedTroops', label: 'Pledged troops', kind: 'count', unit: 'troops',
    formula: 'sum of pledges (brigades x brigade size)', inputs: ['coalition', 'brigadeSize'],
  },
  pledgedCoverageKm: {
    name: 'pledgedCoverageKm', label: 'Pledged coverage', kind: 'length', unit: 'km',
    formula: 'pledged troops / density (the km the pledges can cover)', inputs: ['coalition', 'brigadeSize', 'density'],
  },
  pledgedDensity: {
    name: 'pledgedDensity', label: 'Pledged density', kind: 'density', unit: '/km',
    formula: 'pledged troops / coverage length', inputs: ['coalition', 'brigadeSize', 'sectors'],
  },
  shortfallTroops: {
    name: 'shortfallTroops', label: 'Shortfall', kind: 'count', unit: 'troops',
    formula: 'max(0, deployed troops - pledged troops)', inputs: ['coalition', 'brigadeSize', 'sectors', 'density', 'enablerShare'],
  },
};

/** True when `name` is one of FIGURE_NAMES (an `expect:` key, say), narrowing it. */
export function isFigureName(name: string): name is FigureName {
  return (FIGURE_NAMES as readonly string[]).includes(name);
}
