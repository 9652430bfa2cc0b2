import { describe, expect, it } from 'vitest';
import { applyScenarioEdits, type ScenarioEdit } from '../../../src/core/index.js';
import { changesMade, savedDescription } from '../../../src/ui/workbench/saved-description.js';
import { buildUp, ceasefire, multiDomain } from '../build-scenarios.js';

const point = (value: number) => ({ min: value, max: value });
const edited = (edits: ScenarioEdit[]) => applyScenarioEdits(ceasefire, edits);

describe('changesMade', () => {
  it.each<[string, ScenarioEdit[], string[]]>([
    ['nothing', [], []],
    ['a sector longer', [{ kind: 'sectorLength', sector: 1, lengthKm: point(300) }], ['sector Hot spot 300 km']],
    ['a sector at the scenario density', [{ kind: 'sectorDensity', sector: 1, density: null }], ["sector Hot spot at the scenario's density"]],
    ['a sector added and one removed', [{ kind: 'addSector', sector: { name: 'Port', lengthKm: point(100) } }, { kind: 'removeSector', sector: 0 }], ['sector Port added, 100 km', 'sector Line of contact removed']],
    ['a pledge changed and a contributor withdrawn', [{ kind: 'pledge', contributor: 0, pledge: { kind: 'troops', troops: point(8_000) } }, { kind: 'withdraw', contributor: 1 }], ['France pledges 8,000', 'United Kingdom withdrawn']],
    ['a departure and a tour', [{ kind: 'leaves', contributor: 1, leaves: point(180) }, { kind: 'tour', contributor: 1, tour: { min: 90, max: 120 } }], ['United Kingdom leaves day 180', 'United Kingdom serves tours of 90..120 days']],
    ['a contributor added', [{ kind: 'addContributor', contributor: { country: 'Latvia', pledge: { kind: 'brigades', brigades: point(2) } } }], ['Latvia pledges 2 brigades']],
  ])('%s', (_, edits, changes) => {
    expect(changesMade(ceasefire, edited(edits), {})).toEqual(changes);
  });

  it('says a departure and a tour taken away', () => {
    const toured = edited([{ kind: 'leaves', contributor: 0, leaves: point(200) }, { kind: 'tour', contributor: 0, tour: point(90) }]);
    expect(changesMade(toured, ceasefire, {})).toEqual(['France stays', 'France serves without tours']);
  });

  it('says a capability declared and one removed, not a need changed', () => {
    const sappers = { name: 'Sapper company', per: { kind: 'brigade' as const }, need: { min: 1, max: 2 }, source: null };
    const changed = applyScenarioEdits(multiDomain, [{ kind: 'addCapability', capability: sappers }, { kind: 'removeCapability', capability: 1 }]);
    expect(changesMade(multiDomain, changed, {})).toEqual(['France provides no EW team', 'capability Sapper company added, 1..2 per brigade', 'capability EW team removed']);
  });

  it('names the factors set, the needs and the arrivals changed', () => {
    expect(changesMade(ceasefire, ceasefire, { density: point(5), rotation: point(3) })).toEqual(['density 5 /km', 'rotation 3x']);
    const needs = { ...multiDomain, capabilities: multiDomain.capabilities?.map((capability, index) => (index === 1 ? { ...capability, need: point(2) } : capability)) };
    expect(changesMade(multiDomain, needs, {})).toEqual(['EW team need 2']);
    const later = { ...buildUp, coalition: buildUp.coalition?.map((contributor, index) => (index === 0 ? { ...contributor, arrives: { min: 17, max: 37 } } : contributor)) ?? null };
    expect(changesMade(buildUp, later, {})).toEqual(['France arrives day 17..37']);
  });
});

describe('savedDescription', () => {
  const file = { ...ceasefire, description: '3 soldiers per km: 3,600 troops on the line.' };

  it('marks the file description edited, with what changed and the date', () => {
    expect(savedDescription(file, file, { density: point(5) }, '2026-12-04')).toBe(
      "3 soldiers per km: 3,600 troops on the line.\n\nEdited in forcecalc on 2026-12-04 from ceasefire: density 5 /km. Figures stated above are those of ceasefire before the edits; forcecalc prints this scenario's.",
    );
  });

  it('keeps a description the planner typed as typed', () => {
    expect(savedDescription(file, { ...file, description: 'Five per km now.' }, { density: point(5) }, '2026-12-04')).toBe('Five per km now.');
  });

  it('stays within what the loader reads back (10,000 characters), the changes counted where they would not fit', () => {
    const long = { ...file, description: 'x'.repeat(9_900) };
    const many = Array.from({ length: 40 }, (_, index): ScenarioEdit => ({ kind: 'addSector', sector: { name: `Sector number ${index}`, lengthKm: point(10) } }));
    const counted = savedDescription(long, applyScenarioEdits(long, many), {}, '2026-12-04');
    expect(counted.length).toBeLessThanOrEqual(10_000);
    expect(counted).toContain('40 values changed');
    const full = { ...file, description: 'y'.repeat(10_000) };
    const cut = savedDescription(full, full, { density: point(5) }, '2026-12-04');
    expect(cut.length).toBeLessThanOrEqual(10_000);
    expect(cut).toMatch(/y…\n\nEdited in forcecalc on 2026-12-04 from ceasefire: 1 value changed\./);
  });
});

describe('changesMade with renames and repeated names', () => {
  it('says a renamed sector went and another came, never a change it did not make', () => {
    expect(changesMade(ceasefire, edited([{ kind: 'renameSector', sector: 1, name: 'Hot zone' }]), {})).toEqual(['sector Hot zone added, 150 km', 'sector Hot spot removed']);
  });

  it('matches a name a file repeats entry by entry', () => {
    const twice = { ...ceasefire, sectors: [ceasefire.sectors[0]!, { ...ceasefire.sectors[0]!, lengthKm: point(10) }] };
    const longer = applyScenarioEdits(twice, [{ kind: 'sectorLength', sector: 1, lengthKm: point(20) }]);
    expect(changesMade(twice, longer, {})).toEqual(['sector Line of contact 20 km']);
  });
});
