/**
 * How often the pledges suffice, counted sample by sample: each capability
 * (its units pledged reach its need: its shortfall is 0), with and without
 * the backstop, and everything at once (the troops and every capability in
 * the same sample), again with and without the backstop. Counted from the
 * samples themselves, never from the figures' statistics, so "all suffice"
 * is the share of samples in which all do, not a product of shares.
 */
import type { CapabilityCoalitionFigureName } from '../capability-figures.js';

/** The coalition's columns of one chunk the tally reads. */
export interface CoalitionColumns {
  readonly figures: { readonly shortfallTroops: Float64Array };
  readonly shortfallTroopsWithoutBackstop: Float64Array;
  readonly capabilities: readonly Readonly<Record<CapabilityCoalitionFigureName, Float64Array>>[];
}

/** The shares of samples, each from 0 to 1. */
export interface SufficeShares {
  /** Per capability, in the order of the model's capabilities. */
  readonly suffice: readonly number[];
  readonly sufficeWithoutBackstop: readonly number[];
  /** The troops and every capability. */
  readonly all: number;
  readonly allWithoutBackstop: number;
}

/** Counts, chunk by chunk, the samples in which each capability and everything suffice. */
export interface SufficeTally {
  add(coalition: CoalitionColumns, count: number): void;
  shares(samples: number): SufficeShares;
}

/** A tally for `capabilities` capabilities (air cover included). */
export function sufficeTally(capabilities: number): SufficeTally {
  const suffice = new Float64Array(capabilities);
  const sufficeWithoutBackstop = new Float64Array(capabilities);
  let all = 0;
  let allWithoutBackstop = 0;
  let allFlags = new Uint8Array(0);
  let withoutFlags = new Uint8Array(0);
  return {
    add(coalition, count) {
      if (allFlags.length < count) {
        allFlags = new Uint8Array(count);
        withoutFlags = new Uint8Array(count);
      }
      const troops = coalition.figures.shortfallTroops;
      const troopsWithout = coalition.shortfallTroopsWithoutBackstop;
      for (let s = 0; s < count; s += 1) {
        allFlags[s] = troops[s] === 0 ? 1 : 0;
        withoutFlags[s] = troopsWithout[s] === 0 ? 1 : 0;
      }
      coalition.capabilities.forEach((capability, index) => {
        const { shortfall, shortfallWithoutBackstop } = capability;
        let met = 0;
        let metWithout = 0;
        for (let s = 0; s < count; s += 1) {
          if (shortfall[s] === 0) met += 1;
          else allFlags[s] = 0;
          if (shortfallWithoutBackstop[s] === 0) metWithout += 1;
          else withoutFlags[s] = 0;
        }
        suffice[index]! += met;
        sufficeWithoutBackstop[index]! += metWithout;
      });
      for (let s = 0; s < count; s += 1) {
        all += allFlags[s]!;
        allWithoutBackstop += withoutFlags[s]!;
      }
    },
    shares(samples) {
      return {
        suffice: Array.from(suffice, (met) => met / samples),
        sufficeWithoutBackstop: Array.from(sufficeWithoutBackstop, (met) => met / samples),
        all: all / samples,
        allWithoutBackstop: allWithoutBackstop / samples,
      };
    },
  };
}
