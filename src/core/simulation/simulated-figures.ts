import { COALITION_FIGURE_NAMES, type CoalitionFigureName } from '../figures.js';

/**
 * The figures a simulation reports: the counts a planner briefs (troops,
 * brigades, air cover, what is deployed and committed) and, with a
 * coalition, the pledges. Coverage, brigade coverage and enablers are left
 * to `estimate`.
 */
export const SIMULATED_CORE_FIGURE_NAMES = [
  'troops',
  'brigades',
  'airCover',
  'deployedTroops',
  'committedTroops',
  'committedBrigades',
] as const;
/** One of SIMULATED_CORE_FIGURE_NAMES. */
export type SimulatedCoreFigureName = (typeof SIMULATED_CORE_FIGURE_NAMES)[number];

/** Every simulated figure, the coalition's last, in display order. */
export const SIMULATED_FIGURE_NAMES = [...SIMULATED_CORE_FIGURE_NAMES, ...COALITION_FIGURE_NAMES] as const;
/** One of SIMULATED_FIGURE_NAMES. */
export type SimulatedFigureName = SimulatedCoreFigureName | CoalitionFigureName;
