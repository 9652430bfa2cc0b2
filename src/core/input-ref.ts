/**
 * Which input of a scenario a number came from: one definition for the
 * sensitivity analysis (which moves one input at a time) and the simulation
 * (which draws every input), so that a tornado row and a simulated input name
 * an input the same way.
 */
import type { FactorName } from './factors.js';

/** What of a contributor's schedule an input is: the day it arrives, the day it leaves, or its tour. */
export type ScheduleInputKind = 'arrival' | 'departure' | 'tour';

/**
 * Which input of a scenario: a factor, a sector's length or own density (by
 * index), a pledge (by contributor), a capability's need (by its index in the
 * scenario's `capabilities`, air cover's need being the factor
 * airCoverPerBrigade), the units a contributor provides (by contributor and
 * the index in its `provides`), or a day of a contributor's schedule (by
 * contributor).
 */
export type InputRef =
  | { readonly kind: 'factor'; readonly factor: FactorName }
  | { readonly kind: 'sectorLength'; readonly sector: number }
  | { readonly kind: 'sectorDensity'; readonly sector: number }
  | { readonly kind: 'pledge'; readonly contributor: number }
  | { readonly kind: 'capabilityNeed'; readonly capability: number }
  | { readonly kind: 'provides'; readonly contributor: number; readonly provided: number }
  | { readonly kind: ScheduleInputKind; readonly contributor: number };

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
    case 'capabilityNeed':
      return b.kind === 'capabilityNeed' && a.capability === b.capability;
    case 'provides':
      return b.kind === 'provides' && a.contributor === b.contributor && a.provided === b.provided;
    case 'arrival':
    case 'departure':
    case 'tour':
      return b.kind === a.kind && a.contributor === b.contributor;
  }
}
