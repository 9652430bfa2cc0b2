/**
 * What a simulation samples: every input of the scenario once (the factors
 * after the planner's overrides, each sector's length and own density, each
 * pledge), and which input each part of the model reads. A sector without a
 * density of its own reads the scenario density's input, so that density is
 * one random variable per sample, shared by all those sectors (their troops
 * rise and fall together), not one per sector; likewise the brigade size is
 * one draw per sample for the brigades needed and for every pledge made in
 * brigades.
 */
import type { Uncertain } from '../distribution.js';
import { resolveFactors, type EstimateOptions } from '../estimate.js';
import { FACTOR_NAMES, FACTORS, PLEDGED_BRIGADES_BOUNDS, PLEDGED_TROOPS_BOUNDS, type FactorName } from '../factors.js';
import type { InputRef } from '../input-ref.js';
import type { Scenario } from '../scenario.js';

/** Which input of the scenario a simulation draws: the same refs as the sensitivity analysis uses. */
export type SimulationInputRef = InputRef;

/** One input: its value (interval and distribution), whether it counts whole things, and its random stream. */
export interface SimulationInput {
  readonly ref: SimulationInputRef;
  readonly value: Uncertain;
  /** Whole numbers only (brigade sizes, troops pledged): samples are whole too. */
  readonly whole: boolean;
  /**
   * The random stream it draws from, fixed by its place in the scenario (the
   * factors first, then two per sector, then one per pledge), so an input's
   * samples do not change when another input does.
   */
  readonly stream: number;
}

/** A pledge as the model reads it: what it counts, and the input that holds the amount. */
export interface PlannedPledge {
  readonly kind: 'troops' | 'brigades';
  readonly amount: number;
}

/** The inputs, and for each part of the model the index of the input (its column) it reads. */
export interface SimulationPlan {
  readonly inputs: readonly SimulationInput[];
  readonly factors: Readonly<Record<FactorName, number>>;
  /** Per sector: its length's input, and its own density's input or else the scenario density's. */
  readonly sectors: readonly { readonly length: number; readonly density: number }[];
  /** Null without a coalition. */
  readonly pledges: readonly PlannedPledge[] | null;
  /** How many random streams the plan's numbering spans (one per possible input). */
  readonly streamCount: number;
}

/** The inputs of `scenario` under `options` (its overrides), and where the model reads each. */
export function simulationPlan(scenario: Scenario, options: EstimateOptions = {}): SimulationPlan {
  const resolved = resolveFactors(scenario, options);
  const inputs: SimulationInput[] = [];
  const add = (ref: SimulationInputRef, value: Uncertain, whole: boolean, stream: number): number => {
    inputs.push({ ref, value, whole, stream });
    return inputs.length - 1;
  };

  const factors = {} as Record<FactorName, number>;
  FACTOR_NAMES.forEach((factor, index) => {
    factors[factor] = add({ kind: 'factor', factor }, resolved[factor].value, FACTORS[factor].bounds.whole, index);
  });
  const sectorStream = (sector: number): number => FACTOR_NAMES.length + 2 * sector;
  const sectors = scenario.sectors.map((sector, index) => ({
    length: add({ kind: 'sectorLength', sector: index }, sector.lengthKm, false, sectorStream(index)),
    density:
      sector.density === undefined
        ? factors.density
        : add({ kind: 'sectorDensity', sector: index }, sector.density, false, sectorStream(index) + 1),
  }));
  const pledgeStream = sectorStream(scenario.sectors.length);
  const pledges =
    scenario.coalition?.map((contributor, index): PlannedPledge => {
      const { pledge } = contributor;
      const ref: SimulationInputRef = { kind: 'pledge', contributor: index };
      return pledge.kind === 'troops'
        ? { kind: 'troops', amount: add(ref, pledge.troops, PLEDGED_TROOPS_BOUNDS.whole, pledgeStream + index) }
        : { kind: 'brigades', amount: add(ref, pledge.brigades, PLEDGED_BRIGADES_BOUNDS.whole, pledgeStream + index) };
    }) ?? null;
  return { inputs, factors, sectors, pledges, streamCount: pledgeStream + (scenario.coalition?.length ?? 0) };
}
