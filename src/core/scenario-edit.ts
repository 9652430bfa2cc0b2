/**
 * A scenario with some of its inputs changed: a sector's length or own
 * density, a contributor's pledge, a contributor gone. One function for the
 * CLI's `--set sector[...]...` and the UI's editors, so that "what if Poland
 * drops out" is the same scenario wherever it is asked.
 */
import type { Uncertain } from './distribution.js';
import type { Contributor, Pledge, Scenario, Sector } from './scenario.js';

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
  /** What the contributor keeps on the ground, troops or brigades, replacing its pledge. */
  | { readonly kind: 'pledge'; readonly contributor: number; readonly pledge: Pledge }
  /** The contributor leaves the coalition. */
  | { readonly kind: 'withdraw'; readonly contributor: number };

function editSector(sector: Sector, edit: ScenarioEdit): Sector {
  if (edit.kind === 'sectorLength') {
    const { geometry: _drawn, ...rest } = sector;
    return { ...rest, lengthKm: edit.lengthKm };
  }
  if (edit.kind === 'sectorDensity') {
    const { density: _own, ...rest } = sector;
    return edit.density === null ? rest : { ...rest, density: edit.density };
  }
  return sector;
}

function sectorOf(edit: ScenarioEdit): number | null {
  return edit.kind === 'sectorLength' || edit.kind === 'sectorDensity' ? edit.sector : null;
}

/**
 * `scenario` with `edits` applied in order (a later edit of the same input
 * wins); withdrawals are applied last, so every index names an entry of
 * `scenario` as given. A coalition left with no contributor is none (null),
 * as a file with an empty `coalition:` reads. Throws a RangeError (a
 * programmer error) for an index outside the scenario.
 */
export function applyScenarioEdits(scenario: Scenario, edits: readonly ScenarioEdit[]): Scenario {
  if (edits.length === 0) return scenario;
  const sectors: Sector[] = [...scenario.sectors];
  const coalition: Contributor[] = [...(scenario.coalition ?? [])];
  const withdrawn = new Set<number>();
  for (const edit of edits) {
    const sector = sectorOf(edit);
    if (sector !== null) {
      const current = sectors[sector];
      if (current === undefined) throw new RangeError(`no sector ${sector} in ${scenario.id}`);
      sectors[sector] = editSector(current, edit);
      continue;
    }
    const index = edit.kind === 'pledge' || edit.kind === 'withdraw' ? edit.contributor : -1;
    const contributor = coalition[index];
    if (contributor === undefined) throw new RangeError(`no contributor ${index} in ${scenario.id}`);
    if (edit.kind === 'pledge') coalition[index] = { ...contributor, pledge: edit.pledge };
    else withdrawn.add(index);
  }
  const remaining = coalition.filter((_, index) => !withdrawn.has(index));
  return {
    ...scenario,
    sectors,
    coalition: scenario.coalition === null || remaining.length === 0 ? null : remaining,
  };
}
