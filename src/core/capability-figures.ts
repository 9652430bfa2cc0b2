/**
 * The capability figure table: the one place a figure of a capability is
 * declared, as figures.ts declares the model's figures. Every capability
 * (air cover and each of the scenario's `capabilities:`) has these four, all
 * whole units; the printers (JSON keys, CSV records, table and Markdown
 * columns, compare rows), the simulation, `expect:` and the UI read the list
 * from here, and the model's capability values are typed by it.
 *
 * The order of the table is the display order and the order of the JSON keys.
 */

/** Where a capability figure sits: `core` for every scenario, `coalition` only with pledges (null without). */
export type CapabilityFigureGroup = 'core' | 'coalition';

/** A capability figure as the table declares it. */
export interface CapabilityFigureSpec {
  /** As a column heading. */
  readonly label: string;
  /** The formula in words, as docs/model.md states it. */
  readonly formula: string;
  readonly group: CapabilityFigureGroup;
}

const CAPABILITY_FIGURE_TABLE = {
  need: {
    label: 'Need',
    formula: 'round up (brigades x need per brigade), (coverage length / L x need per L) or (need for the force)',
    group: 'core',
  },
  pledged: {
    label: 'Pledged',
    formula: 'sum of the units contributors provide (0 where none does)',
    group: 'coalition',
  },
  shortfall: {
    label: 'Shortfall',
    formula: 'max(0, need - pledged)',
    group: 'coalition',
  },
  shortfallWithoutBackstop: {
    label: 'Without backstop',
    formula: 'max(0, need - units provided by contributors that are not a backstop)',
    group: 'coalition',
  },
} as const satisfies Readonly<Record<string, CapabilityFigureSpec>>;

type CapabilityFigureTable = typeof CAPABILITY_FIGURE_TABLE;

/** A figure of every capability, a key of the capability figure table. */
export type CapabilityFigureName = keyof CapabilityFigureTable;
/** A capability figure every scenario has (the need). */
export type CapabilityCoreFigureName = {
  [K in CapabilityFigureName]: CapabilityFigureTable[K]['group'] extends 'core' ? K : never;
}[CapabilityFigureName];
/** A capability figure of a scenario with a coalition. */
export type CapabilityCoalitionFigureName = {
  [K in CapabilityFigureName]: CapabilityFigureTable[K]['group'] extends 'coalition' ? K : never;
}[CapabilityFigureName];

/** A capability figure as the table declares it, with its name. */
export interface CapabilityFigureDefinition extends CapabilityFigureSpec {
  readonly name: CapabilityFigureName;
}

/** Every capability figure in display order. */
export const CAPABILITY_FIGURE_NAMES = Object.keys(CAPABILITY_FIGURE_TABLE) as readonly CapabilityFigureName[];

/** Every capability figure's definition, by name. */
export const CAPABILITY_FIGURES: Readonly<Record<CapabilityFigureName, CapabilityFigureDefinition>> = Object.fromEntries(
  CAPABILITY_FIGURE_NAMES.map((name) => [name, { name, ...CAPABILITY_FIGURE_TABLE[name] }]),
) as unknown as Record<CapabilityFigureName, CapabilityFigureDefinition>;

/** The capability figures every scenario has, in display order. */
export const CAPABILITY_CORE_FIGURE_NAMES = CAPABILITY_FIGURE_NAMES.filter(
  (name) => CAPABILITY_FIGURES[name].group === 'core',
) as readonly CapabilityCoreFigureName[];
/** The capability figures of a coalition, in display order. */
export const CAPABILITY_COALITION_FIGURE_NAMES = CAPABILITY_FIGURE_NAMES.filter(
  (name) => CAPABILITY_FIGURES[name].group === 'coalition',
) as readonly CapabilityCoalitionFigureName[];

/** True when `name` is a capability figure (an `expect:` key, say), narrowing it. */
export function isCapabilityFigureName(name: string): name is CapabilityFigureName {
  return Object.hasOwn(CAPABILITY_FIGURE_TABLE, name);
}

/** True for a capability figure of the coalition group, narrowing it. */
export function isCapabilityCoalitionFigure(name: CapabilityFigureName): name is CapabilityCoalitionFigureName {
  return CAPABILITY_FIGURES[name].group === 'coalition';
}
