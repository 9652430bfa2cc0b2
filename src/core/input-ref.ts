/**
 * Which input of a scenario a number came from: one definition for the
 * sensitivity analysis (which moves one input at a time) and the simulation
 * (which draws every input), so that a tornado row and a simulated input name
 * an input the same way.
 */
import type { FactorName } from './factors.js';

/** Which input of a scenario: a factor, a sector's length or own density (by index), or a pledge (by index). */
export type InputRef =
  | { readonly kind: 'factor'; readonly factor: FactorName }
  | { readonly kind: 'sectorLength'; readonly sector: number }
  | { readonly kind: 'sectorDensity'; readonly sector: number }
  | { readonly kind: 'pledge'; readonly contributor: number };

/** Two refs name the same input. */
export function sameInput(a: InputRef, b: InputRef): boolean {
  switch (a.kind) {
    case 'factor':
      return b.kind === 'factor' && a.factor === b.factor;
    case 'sectorLength':
    case 'sectorDensity':
      return b.kind === a.kind && a.sector === b.sector;
    case 'pledge':
      return b.kind === 'pledge' && a.contributor === b.contributor;
  }
}
