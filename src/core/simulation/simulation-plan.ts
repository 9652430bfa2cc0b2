/**
 * What a simulation samples: every input of the scenario once (the factors
 * after the planner's overrides, each sector's length and own density, each
 * pledge), the key of its random stream, and which input each part of the
 * model reads. A sector without a density of its own reads the scenario
 * density's input, so that density is one random variable per sample, shared
 * by all those sectors (their troops rise and fall together), not one per
 * sector; likewise the brigade size is one draw per sample for the brigades
 * needed and for every pledge made in brigades.
 */
import type { Uncertain } from '../distribution.js';
import { resolveFactors, type EstimateOptions } from '../estimate.js';
import { FACTOR_NAMES, FACTORS, PLEDGED_BRIGADES_BOUNDS, PLEDGED_TROOPS_BOUNDS, type FactorName } from '../factors.js';
import type { InputRef } from '../input-ref.js';
import type { ModelInputs, PledgeInputs, SectorInputs } from '../model.js';
import type { Scenario } from '../scenario.js';

/** Which input of the scenario a simulation draws: the same refs as the sensitivity analysis uses. */
export type SimulationInputRef = InputRef;

/** One input: its value (interval and distribution), whether it counts whole things, and its random stream's key. */
export interface SimulationInput {
  readonly ref: SimulationInputRef;
  readonly value: Uncertain;
  /** Whole numbers only (brigade sizes, troops pledged): samples are whole too. */
  readonly whole: boolean;
  /**
   * Names the input's random stream (random-streams.ts): its kind, its place
   * and its name, so its samples depend on what it is, not on the other
   * inputs: `factor:density`, `sector[1]:Hot spot:length`, `pledge[0]:France`.
   */
  readonly key: string;
}

/** The place of an input in `SimulationPlan.inputs`, and of its column. */
export type InputIndex = number;

/** The inputs, and for each part of the model the input (its column) it reads. */
export interface SimulationPlan {
  readonly inputs: readonly SimulationInput[];
  /** The model's inputs, each the index of the plan input that holds it. */
  readonly model: ModelInputs<InputIndex>;
}

/** The key of an input's random stream: what it is, where it is, and its name. */
export function inputKey(ref: InputRef, name: string | null): string {
  switch (ref.kind) {
    case 'factor':
      return `factor:${ref.factor}`;
    case 'sectorLength':
      return `sector[${ref.sector}]:${name ?? ''}:length`;
    case 'sectorDensity':
      return `sector[${ref.sector}]:${name ?? ''}:density`;
    case 'pledge':
      return `pledge[${ref.contributor}]:${name ?? ''}`;
  }
}

/** The inputs of `scenario` under `options` (its overrides), and where the model reads each. */
export function simulationPlan(scenario: Scenario, options: EstimateOptions = {}): SimulationPlan {
  const resolved = resolveFactors(scenario, options);
  const inputs: SimulationInput[] = [];
  const add = (ref: SimulationInputRef, name: string | null, value: Uncertain, whole: boolean): InputIndex => {
    inputs.push({ ref, value, whole, key: inputKey(ref, name) });
    return inputs.length - 1;
  };

  const factors = {} as Record<FactorName, InputIndex>;
  for (const factor of FACTOR_NAMES) factors[factor] = add({ kind: 'factor', factor }, null, resolved[factor].value, FACTORS[factor].bounds.whole);
  const sectors = scenario.sectors.map(
    (sector, index): SectorInputs<InputIndex> => ({
      length: add({ kind: 'sectorLength', sector: index }, sector.name, sector.lengthKm, false),
      density: sector.density === undefined ? factors.density : add({ kind: 'sectorDensity', sector: index }, sector.name, sector.density, false),
    }),
  );
  const pledges =
    scenario.coalition?.map((contributor, index): PledgeInputs<InputIndex> => {
      const { pledge } = contributor;
      const ref: SimulationInputRef = { kind: 'pledge', contributor: index };
      return pledge.kind === 'troops'
        ? { kind: 'troops', amount: add(ref, contributor.country, pledge.troops, PLEDGED_TROOPS_BOUNDS.whole) }
        : { kind: 'brigades', amount: add(ref, contributor.country, pledge.brigades, PLEDGED_BRIGADES_BOUNDS.whole) };
    }) ?? null;
  return { inputs, model: { factors, sectors, pledges } };
}

/** The model's inputs read from one column per plan input (`columns[i]` holds input `plan.inputs[i]`). */
export function modelColumns<V>(plan: SimulationPlan, columns: readonly V[]): ModelInputs<V> {
  const column = (index: InputIndex): V => {
    const found = columns[index];
    if (found === undefined) throw new RangeError(`no column for input ${index}`);
    return found;
  };
  const { factors, sectors, pledges } = plan.model;
  return {
    factors: Object.fromEntries(FACTOR_NAMES.map((name) => [name, column(factors[name])])) as Record<FactorName, V>,
    sectors: sectors.map((sector) => ({ length: column(sector.length), density: column(sector.density) })),
    pledges: pledges?.map((pledge) => ({ kind: pledge.kind, amount: column(pledge.amount) })) ?? null,
  };
}
