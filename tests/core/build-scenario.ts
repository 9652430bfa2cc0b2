import type { Contributor, FactorName, FactorSettings, Interval, Scenario, Sector } from '../../src/core/index.js';

/** A number is a single value; a pair is a closed range `[min, max]`. */
export type Value = number | readonly [number, number];

/** A sector as a test writes it: km, and optionally its own soldiers per km. */
export interface SectorSpec {
  readonly km: Value;
  readonly density?: Value;
  readonly name?: string;
}

/** A contributor as a test writes it: troops or brigades kept on the ground. */
export type ContributorSpec =
  | { readonly country: string; readonly troops: Value }
  | { readonly country: string; readonly brigades: Value };

/** The parts of a scenario a test cares about; the rest is filled in. */
export interface ScenarioParts {
  readonly sectors: readonly SectorSpec[];
  readonly factors?: Partial<Record<FactorName, Value>>;
  /** Absent or null: no coalition. */
  readonly coalition?: readonly ContributorSpec[] | null;
  readonly id?: string;
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
  return 'troops' in spec
    ? { country: spec.country, pledge: { kind: 'troops', troops: toInterval(spec.troops) } }
    : { country: spec.country, pledge: { kind: 'brigades', brigades: toInterval(spec.brigades) } };
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
    coalition: parts.coalition === undefined || parts.coalition === null ? null : parts.coalition.map(toContributor),
    expect: [],
  };
}
