/**
 * Capabilities beyond troops (docs/model.md, "Capabilities"): what the
 * scenario needs in whole units besides soldiers, and what its contributors
 * provide. "Air cover" is always one of them: its need is the figure
 * `airCover` (air cover per brigade x brigades), so the factor and the
 * capability cannot disagree; a scenario pledges against it with
 * `provides: {Air cover: 2}` and cannot declare it again.
 */
import type { Bounds } from './factors.js';
import type { Capability, CapabilityPer } from './scenario.js';

/** The capability every scenario has, its need the figure airCover. */
export const AIR_COVER = 'Air cover';

/** The need per brigade, per length or for the force: 0 to 10,000 units, not necessarily whole (half a battery per brigade). */
export const CAPABILITY_NEED_BOUNDS: Bounds = { min: 0, minExclusive: false, max: 10_000, whole: false };

/** Units a contributor provides: whole, 0 to 100,000. */
export const CAPABILITY_UNITS_BOUNDS: Bounds = { min: 0, minExclusive: false, max: 100_000, whole: true };

/** The length a need is counted per (`per: 100 km`): 1 km to 100,000 km. */
export const CAPABILITY_PER_LENGTH_BOUNDS: Bounds = { min: 1, minExclusive: false, max: 100_000, whole: false };

/** What air cover is needed per: each brigade (the factor airCoverPerBrigade). */
export const AIR_COVER_PER: CapabilityPer = { kind: 'brigade' };

/** Names compare case-insensitively ("Air cover" and "air cover" are one capability): the form they compare in. */
export function capabilityKey(name: string): string {
  return name.toLowerCase();
}

/** True when two capability names name the same capability. */
export function sameCapability(a: string, b: string): boolean {
  return capabilityKey(a) === capabilityKey(b);
}

/** Every capability's name, air cover first, then the scenario's in file order. */
export function capabilityNames(capabilities: readonly Capability[]): string[] {
  return [AIR_COVER, ...capabilities.map((capability) => capability.name)];
}

/** What `per` says, as a scenario file writes it: "brigade", "force", "100 km". */
export function perText(per: CapabilityPer): string {
  switch (per.kind) {
    case 'brigade':
    case 'force':
      return per.kind;
    case 'length':
      return `${per.km} km`;
  }
}

/** The need's formula in words, for its `per`. */
export function needFormula(per: CapabilityPer): string {
  switch (per.kind) {
    case 'brigade':
      return 'round up (brigades x need per brigade)';
    case 'force':
      return 'round up (need for the force)';
    case 'length': {
      // 50 mi is 80.4672 km; four decimals say it without float noise.
      const km = String(Number(per.km.toFixed(4)));
      return `round up (coverage length / ${km} km x need per ${km} km)`;
    }
  }
}

/**
 * The place of each capability in the model's list, by name compared
 * case-insensitively: 0 for air cover, 1 + i for the scenario's capability i.
 * Throws a RangeError for a name the scenario does not declare (a programmer
 * error: the loader reports such a name with the closest one).
 */
export function capabilityIndex(capabilities: readonly Capability[]): (name: string) => number {
  const places = new Map(capabilityNames(capabilities).map((name, index) => [capabilityKey(name), index]));
  return (name) => {
    const place = places.get(capabilityKey(name));
    if (place === undefined) throw new RangeError(`no capability "${name}" in the scenario`);
    return place;
  };
}

/** The most names a message lists before "and n more": a file may declare thousands. */
const LISTED_NAMES = 8;

/** Capability names for a message: "Air cover, EW team", the first few of a long list and how many more. */
export function capabilityList(names: readonly string[]): string {
  if (names.length <= LISTED_NAMES) return names.join(', ');
  return `${names.slice(0, LISTED_NAMES).join(', ')} and ${names.length - LISTED_NAMES} more`;
}
