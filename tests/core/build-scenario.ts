import type { Capability, CapabilityPer, Contributor, FactorName, FactorSettings, Interval, Pledge, Scenario, Sector } from '../../src/core/index.js';

/** A number is a single value; a pair is a closed range `[min, max]`. */
export type Value = number | readonly [number, number];

/** A sector as a test writes it: km, and optionally its own soldiers per km. */
export interface SectorSpec {
  readonly km: Value;
  readonly density?: Value;
  readonly name?: string;
}

/** When a contributor is there, in days, as a test writes it: each optional. */
export interface ScheduleSpec {
  readonly arrives?: Value;
  readonly leaves?: Value;
  readonly tour?: Value;
}

/** What a contributor adds to its pledge: capability units it provides, whether it is a backstop, and when it is there. */
export interface ProvidesSpec extends ScheduleSpec {
  readonly provides?: Readonly<Record<string, Value>>;
  readonly backstop?: boolean;
}

/** A contributor as a test writes it: troops or brigades kept on the ground, or capabilities only. */
export type ContributorSpec =
  | ({ readonly country: string; readonly troops: Value } & ProvidesSpec)
  | ({ readonly country: string; readonly brigades: Value } & ProvidesSpec)
  | ({ readonly country: string; readonly provides: Readonly<Record<string, Value>>; readonly backstop?: boolean } & ScheduleSpec);

/** A capability as a test writes it: per brigade, per force, or per a number of km. */
export interface CapabilitySpec {
  readonly name: string;
  readonly per: 'brigade' | 'force' | number;
  readonly need: Value;
  readonly source?: string;
}

/** The parts of a scenario a test cares about; the rest is filled in. */
export interface ScenarioParts {
  readonly sectors: readonly SectorSpec[];
  readonly factors?: Partial<Record<FactorName, Value>>;
  readonly capabilities?: readonly CapabilitySpec[];
  /** Absent or null: no coalition. */
  readonly coalition?: readonly ContributorSpec[] | null;
  readonly id?: string;
  /** The date of day 0, `YYYY-MM-DD`. */
  readonly start?: string;
  readonly horizonDays?: number;
}

/** A `Value` as the core's interval, without the core's own constructors so a bug there cannot hide. */
export function toInterval(value: Value): Interval {
  return typeof value === 'number' ? { min: value, max: value } : { min: value[0], max: value[1] };
}

function toSector(spec: SectorSpec, index: number): Sector {
  const base = { name: spec.name ?? `sector ${index + 1}`, lengthKm: toInterval(spec.km) };
  return spec.density === undefined ? base : { ...base, density: toInterval(spec.density) };
}

function toContributor(spec: ContributorSpec): Contributor {
  const pledge: Pledge =
    'troops' in spec
      ? { kind: 'troops', troops: toInterval(spec.troops) }
      : 'brigades' in spec
        ? { kind: 'brigades', brigades: toInterval(spec.brigades) }
        : { kind: 'none' };
  const provides = spec.provides === undefined ? undefined : Object.entries(spec.provides).map(([capability, units]) => ({ capability, units: toInterval(units) }));
  return {
    country: spec.country,
    pledge,
    ...(provides === undefined ? {} : { provides }),
    ...(spec.backstop === undefined ? {} : { backstop: spec.backstop }),
    ...(spec.arrives === undefined ? {} : { arrives: toInterval(spec.arrives) }),
    ...(spec.leaves === undefined ? {} : { leaves: toInterval(spec.leaves) }),
    ...(spec.tour === undefined ? {} : { tour: toInterval(spec.tour) }),
  };
}

function toCapability(spec: CapabilitySpec): Capability {
  const per: CapabilityPer = typeof spec.per === 'number' ? { kind: 'length', km: spec.per } : { kind: spec.per };
  return { name: spec.name, per, need: toInterval(spec.need), source: spec.source ?? null };
}

/** A validated scenario built in code, as the loader would hand it to the core. */
export function buildScenario(parts: ScenarioParts): Scenario {
  const factors: FactorSettings = {};
  for (const [name, value] of Object.entries(parts.factors ?? {})) {
    factors[name as FactorName] = toInterval(value);
  }
  return {
    id: parts.id ?? 'test-scenario',
    title: 'Test scenario',
    description: '',
    sources: ['built in code by the test'],
    factors,
    sectors: parts.sectors.map(toSector),
    ...(parts.capabilities === undefined ? {} : { capabilities: parts.capabilities.map(toCapability) }),
    coalition: parts.coalition === undefined || parts.coalition === null ? null : parts.coalition.map(toContributor),
    expect: [],
    ...(parts.start === undefined ? {} : { start: parts.start }),
    ...(parts.horizonDays === undefined ? {} : { horizonDays: parts.horizonDays }),
  };
}
