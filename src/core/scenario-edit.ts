/**
 * A scenario with some of its inputs changed: a sector's length or own
 * density, a contributor's pledge, what it provides, its departure or its
 * tour, a contributor gone, a
 * sector or a contributor added, removed or renamed, the title or the
 * description, a capability's need, a capability declared or removed. One function for the CLI's `--set
 * sector[...]...` and the UI's editors, so that "what if Poland drops out" is
 * the same scenario wherever it is asked.
 */
import type { Uncertain } from './distribution.js';
import { sameCapability } from './capabilities.js';
import type { Capability, Contributor, Pledge, Scenario, Sector } from './scenario.js';

/**
 * One change to a scenario's inputs. Sectors and contributors are named by
 * their index in the scenario the edits are applied to (the names are the
 * reader's business: scenarios/input-assignment.ts).
 */
export type ScenarioEdit =
  /** The sector's length in km; a drawn line's geometry is dropped, since the length no longer comes from it. */
  | { readonly kind: 'sectorLength'; readonly sector: number; readonly lengthKm: Uncertain }
  /** The sector's own soldiers per km; null: the scenario's density, as if the sector set none. */
  | { readonly kind: 'sectorDensity'; readonly sector: number; readonly density: Uncertain | null }
  | { readonly kind: 'renameSector'; readonly sector: number; readonly name: string }
  /** A sector after the last. */
  | { readonly kind: 'addSector'; readonly sector: Sector }
  /** The sector goes; a scenario keeps at least one (a RangeError, as for an index outside it). */
  | { readonly kind: 'removeSector'; readonly sector: number }
  /** What the contributor keeps on the ground, troops or brigades, replacing its pledge. */
  | { readonly kind: 'pledge'; readonly contributor: number; readonly pledge: Pledge }
  | { readonly kind: 'renameContributor'; readonly contributor: number; readonly country: string }
  /** The units of `capability` (named as the scenario declares it) the contributor provides; null: none of it. */
  | { readonly kind: 'provides'; readonly contributor: number; readonly capability: string; readonly units: Uncertain | null }
  /** The day the contributor leaves (the file's rule, after its arrival, is the reader's); null: it stays past the horizon. */
  | { readonly kind: 'leaves'; readonly contributor: number; readonly leaves: Uncertain | null }
  /** The days each of its contingents serves; null: one contingent serves throughout. */
  | { readonly kind: 'tour'; readonly contributor: number; readonly tour: Uncertain | null }
  /** A contributor after the last (a scenario with no coalition gets one). */
  | { readonly kind: 'addContributor'; readonly contributor: Contributor }
  /** The contributor leaves the coalition. */
  | { readonly kind: 'withdraw'; readonly contributor: number }
  | { readonly kind: 'title'; readonly title: string }
  | { readonly kind: 'description'; readonly description: string }
  /**
   * The units a capability of the scenario's `capabilities` needs per its
   * `per` (by its index there: air cover's need is the factor airCoverPerBrigade).
   */
  | { readonly kind: 'capabilityNeed'; readonly capability: number; readonly need: Uncertain }
  /** A capability declared after the last (its name unique and not air cover: the reader's business). */
  | { readonly kind: 'addCapability'; readonly capability: Capability }
  /** The capability at this index of `capabilities` goes, and with it what every contributor provided of it. */
  | { readonly kind: 'removeCapability'; readonly capability: number };

function editSector(sector: Sector, edit: ScenarioEdit): Sector {
  switch (edit.kind) {
    case 'sectorLength': {
      const { geometry: _drawn, ...rest } = sector;
      return { ...rest, lengthKm: edit.lengthKm };
    }
    case 'sectorDensity': {
      const { density: _own, ...rest } = sector;
      return edit.density === null ? rest : { ...rest, density: edit.density };
    }
    case 'renameSector':
      return { ...sector, name: edit.name };
    default:
      return sector;
  }
}

/** `contributor` providing `units` of `capability` (in the place it had, else last), or none of it. */
function withProvided(contributor: Contributor, capability: string, units: Uncertain | null): Contributor {
  const { provides: current = [], ...rest } = contributor;
  const index = current.findIndex((pledge) => sameCapability(pledge.capability, capability));
  const provides =
    units === null
      ? current.filter((_, at) => at !== index)
      : index === -1
        ? [...current, { capability, units }]
        : current.map((pledge, at) => (at === index ? { capability: pledge.capability, units } : pledge));
  return provides.length === 0 ? rest : { ...rest, provides };
}

function editContributor(contributor: Contributor, edit: ScenarioEdit): Contributor {
  switch (edit.kind) {
    case 'pledge':
      return { ...contributor, pledge: edit.pledge };
    case 'renameContributor':
      return { ...contributor, country: edit.country };
    case 'provides':
      return withProvided(contributor, edit.capability, edit.units);
    case 'leaves': {
      const { leaves: _leaves, ...rest } = contributor;
      return edit.leaves === null ? rest : { ...rest, leaves: edit.leaves };
    }
    case 'tour': {
      const { tour: _tour, ...rest } = contributor;
      return edit.tour === null ? rest : { ...rest, tour: edit.tour };
    }
    default:
      return contributor;
  }
}

/** The index of the existing entry an edit changes, in which list; null for an edit of the whole scenario or an addition. */
function entryOf(edit: ScenarioEdit): { readonly list: 'sectors' | 'coalition'; readonly index: number } | null {
  switch (edit.kind) {
    case 'sectorLength':
    case 'sectorDensity':
    case 'renameSector':
    case 'removeSector':
      return { list: 'sectors', index: edit.sector };
    case 'pledge':
    case 'renameContributor':
    case 'provides':
    case 'leaves':
    case 'tour':
    case 'withdraw':
      return { list: 'coalition', index: edit.contributor };
    default:
      return null;
  }
}

/**
 * `scenario` with `edits` applied in order (a later edit of the same input
 * wins). Removals and withdrawals are applied last, so every index names an
 * entry of `scenario` as given; additions join the end. A coalition left
 * with no contributor is none (null), as a file with an empty `coalition:`
 * reads. Throws a RangeError (a programmer error) for an index outside the
 * scenario, or for removing every sector.
 */
export function applyScenarioEdits(scenario: Scenario, edits: readonly ScenarioEdit[]): Scenario {
  if (edits.length === 0) return scenario;
  let { title, description } = scenario;
  const sectors: Sector[] = [...scenario.sectors];
  const coalition: Contributor[] = [...(scenario.coalition ?? [])];
  const capabilities: Capability[] = [...(scenario.capabilities ?? [])];
  const added = { sectors: [] as Sector[], coalition: [] as Contributor[], capabilities: [] as Capability[] };
  const removed = { sectors: new Set<number>(), coalition: new Set<number>(), capabilities: new Set<number>() };
  for (const edit of edits) {
    if (edit.kind === 'title') title = edit.title;
    else if (edit.kind === 'description') description = edit.description;
    else if (edit.kind === 'addSector') added.sectors.push(edit.sector);
    else if (edit.kind === 'addContributor') added.coalition.push(edit.contributor);
    else if (edit.kind === 'addCapability') added.capabilities.push(edit.capability);
    else if (edit.kind === 'capabilityNeed' || edit.kind === 'removeCapability') {
      const capability = capabilities[edit.capability];
      if (capability === undefined) throw new RangeError(`no capability ${edit.capability} in ${scenario.id}`);
      if (edit.kind === 'removeCapability') removed.capabilities.add(edit.capability);
      else capabilities[edit.capability] = { ...capability, need: edit.need };
    }
    const entry = entryOf(edit);
    if (entry === null) continue;
    const list: (Sector | Contributor)[] = entry.list === 'sectors' ? sectors : coalition;
    if (list[entry.index] === undefined) {
      throw new RangeError(`no ${entry.list === 'sectors' ? 'sector' : 'contributor'} ${entry.index} in ${scenario.id}`);
    }
    if (edit.kind === 'removeSector' || edit.kind === 'withdraw') removed[entry.list].add(entry.index);
    else if (entry.list === 'sectors') sectors[entry.index] = editSector(sectors[entry.index] as Sector, edit);
    else coalition[entry.index] = editContributor(coalition[entry.index] as Contributor, edit);
  }
  const remainingSectors = [...sectors.filter((_, index) => !removed.sectors.has(index)), ...added.sectors];
  if (remainingSectors.length === 0) throw new RangeError(`every sector of ${scenario.id} removed: a scenario keeps at least one`);
  // What contributors provided of a capability that went goes with it.
  const gone = capabilities.filter((_, index) => removed.capabilities.has(index)).map((capability) => capability.name);
  const remaining = [...coalition.filter((_, index) => !removed.coalition.has(index)), ...added.coalition].map((contributor) =>
    gone.reduce((kept, name) => withProvided(kept, name, null), contributor),
  );
  const declared = [...capabilities.filter((_, index) => !removed.capabilities.has(index)), ...added.capabilities];
  return {
    ...scenario,
    title,
    description,
    sectors: remainingSectors,
    ...(scenario.capabilities === undefined && added.capabilities.length === 0 ? {} : { capabilities: declared }),
    coalition: (scenario.coalition === null && added.coalition.length === 0) || remaining.length === 0 ? null : remaining,
  };
}
