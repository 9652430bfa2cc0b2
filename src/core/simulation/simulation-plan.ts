/**
 * What a simulation samples: every input of the scenario once (the factors
 * after the planner's overrides, each sector's length and own density, each
 * capability's need, each pledge and the units each contributor provides),
 * the key of its random stream, and which input each part of the model reads. A sector without a density of its own reads the scenario
 * density's input, so that density is one random variable per sample, shared
 * by all those sectors (their troops rise and fall together), not one per
 * sector; likewise the brigade size is one draw per sample for the brigades
 * needed and for every pledge made in brigades. Each contributor's arrival,
 * departure and tour are inputs of their own, keyed by contributor: a
 * scenario that adds them draws every other input as before.
 */
import { CAPABILITY_NEED_BOUNDS, CAPABILITY_UNITS_BOUNDS, capabilityIndex } from '../capabilities.js';
import type { Uncertain } from '../distribution.js';
import { pledgedAmount, pledgeInputs, resolveFactors, scheduleInputs, type EstimateOptions } from '../estimate.js';
import { FACTOR_NAMES, FACTORS, PLEDGED_BRIGADES_BOUNDS, PLEDGED_TROOPS_BOUNDS, type FactorName } from '../factors.js';
import type { InputRef } from '../input-ref.js';
import type { CapabilityInputs, ModelInputs, PledgeInputs, ScheduleInputs, SectorInputs } from '../model.js';
import { DEFAULT_HORIZON_DAYS, type Scenario } from '../scenario.js';

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
   * inputs: `factor:density`, `sector[1]:Hot spot:length`, `pledge[0]:France`,
   * `capability:Air-defence battery:need`, `pledge[0]:France:provides:Air cover`,
   * `arrives[0]:France`. A capability's need is keyed by its name alone, so
   * adding, removing or moving a capability leaves every other input's draws
   * as they were.
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

/**
 * The key of an input's random stream: what it is, where it is, and its name
 * (the sector's, the contributor's, the capability's); for units provided,
 * `capability` names what they are units of.
 */
export function inputKey(ref: InputRef, name: string | null, capability: string | null = null): string {
  switch (ref.kind) {
    case 'factor':
      return `factor:${ref.factor}`;
    case 'sectorLength':
      return `sector[${ref.sector}]:${name ?? ''}:length`;
    case 'sectorDensity':
      return `sector[${ref.sector}]:${name ?? ''}:density`;
    case 'pledge':
      return `pledge[${ref.contributor}]:${name ?? ''}`;
    case 'capabilityNeed':
      return `capability:${name ?? ''}:need`;
    case 'provides':
      return `pledge[${ref.contributor}]:${name ?? ''}:provides:${capability ?? ''}`;
    case 'arrival':
      return `arrives[${ref.contributor}]:${name ?? ''}`;
    case 'departure':
      return `leaves[${ref.contributor}]:${name ?? ''}`;
    case 'tour':
      return `tour[${ref.contributor}]:${name ?? ''}`;
  }
}

/** The inputs of `scenario` under `options` (its overrides), and where the model reads each. */
export function simulationPlan(scenario: Scenario, options: EstimateOptions = {}): SimulationPlan {
  const resolved = resolveFactors(scenario, options);
  const inputs: SimulationInput[] = [];
  const add = (ref: SimulationInputRef, name: string | null, value: Uncertain, whole: boolean, capability: string | null = null): InputIndex => {
    inputs.push({ ref, value, whole, key: inputKey(ref, name, capability) });
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
  const capabilities = (scenario.capabilities ?? []).map(
    (capability, index): CapabilityInputs<InputIndex> => ({
      per: capability.per,
      need: add({ kind: 'capabilityNeed', capability: index }, capability.name, capability.need, CAPABILITY_NEED_BOUNDS.whole),
    }),
  );
  const place = capabilityIndex(scenario.capabilities ?? []);
  const pledges =
    scenario.coalition?.map((contributor, index): PledgeInputs<InputIndex> => {
      const { pledge, country } = contributor;
      const whole = pledge.kind === 'brigades' ? PLEDGED_BRIGADES_BOUNDS.whole : PLEDGED_TROOPS_BOUNDS.whole;
      // A pledge of no troops is a constant 0: an input that never varies draws nothing.
      const amount = add({ kind: 'pledge', contributor: index }, country, pledgedAmount(pledge), whole);
      const units = (contributor.provides ?? []).map((provided, at) =>
        add({ kind: 'provides', contributor: index, provided: at }, country, provided.units, CAPABILITY_UNITS_BOUNDS.whole, provided.capability),
      );
      const days = scheduleInputs(contributor);
      const schedule: ScheduleInputs<InputIndex> = {
        arrives: add({ kind: 'arrival', contributor: index }, country, days.arrives, false),
        leaves: add({ kind: 'departure', contributor: index }, country, days.leaves, false),
        tour: days.tour === null ? null : add({ kind: 'tour', contributor: index }, country, days.tour, false),
      };
      return pledgeInputs(contributor, place, amount, units, schedule);
    }) ?? null;
  return { inputs, model: { factors, sectors, capabilities, pledges, horizonDays: scenario.horizonDays ?? DEFAULT_HORIZON_DAYS } };
}

/** The model's inputs read from one column per plan input (`columns[i]` holds input `plan.inputs[i]`). */
export function modelColumns<V>(plan: SimulationPlan, columns: readonly V[]): ModelInputs<V> {
  const column = (index: InputIndex): V => {
    const found = columns[index];
    if (found === undefined) throw new RangeError(`no column for input ${index}`);
    return found;
  };
  const { factors, sectors, capabilities, pledges, horizonDays } = plan.model;
  return {
    factors: Object.fromEntries(FACTOR_NAMES.map((name) => [name, column(factors[name])])) as Record<FactorName, V>,
    sectors: sectors.map((sector) => ({ length: column(sector.length), density: column(sector.density) })),
    capabilities: capabilities.map((capability) => ({ per: capability.per, need: column(capability.need) })),
    pledges:
      pledges?.map((pledge) => ({
        kind: pledge.kind,
        amount: column(pledge.amount),
        provides: pledge.provides.map((provided) => ({ capability: provided.capability, units: column(provided.units) })),
        backstop: pledge.backstop,
        schedule: {
          arrives: column(pledge.schedule.arrives),
          leaves: column(pledge.schedule.leaves),
          tour: pledge.schedule.tour === null ? null : column(pledge.schedule.tour),
        },
      })) ?? null,
    horizonDays,
  };
}
