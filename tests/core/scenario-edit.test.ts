import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyScenarioEdits, estimate, figureValue, type FigureName, type ScenarioEdit } from '../../src/core/index.js';
import { buildScenario, type ScenarioParts } from './build-scenario.js';
import { expectEstimate } from './expect-estimate.js';

const point = (value: number) => ({ min: value, max: value });

/** The third worked example: 1,000 km at 3 /km and 200 km at 20 /km, two pledges. */
const HOT_SPOT: ScenarioParts = {
  sectors: [
    { name: 'Line', km: 1_000 },
    { name: 'Hot spot', km: 200, density: 20 },
  ],
  factors: { density: 3, brigadeSize: [3_000, 5_000] },
  coalition: [
    { country: 'France', brigades: 1 },
    { country: 'Poland', troops: 2_000 },
  ],
};

function edited(edits: readonly ScenarioEdit[]) {
  return applyScenarioEdits(buildScenario(HOT_SPOT), edits);
}

describe('applyScenarioEdits', () => {
  it.each<[string, ScenarioEdit[], Partial<Record<FigureName, number | [number, number]>>]>([
    ['nothing changed', [], { troops: 7_000, pledgedTroops: [5_000, 7_000], shortfallTroops: [0, 2_000] }],
    ['a longer hot spot', [{ kind: 'sectorLength', sector: 1, lengthKm: point(300) }], { coverageKm: 1_300, troops: 9_000 }],
    ['a denser line', [{ kind: 'sectorDensity', sector: 0, density: point(5) }], { troops: 9_000 }],
    ['the hot spot at the scenario density', [{ kind: 'sectorDensity', sector: 1, density: null }], { troops: 3_600, lineDensity: 3 }],
    ['France pledges troops instead', [{ kind: 'pledge', contributor: 0, pledge: { kind: 'troops', troops: point(8_000) } }], { pledgedTroops: 10_000, shortfallTroops: 0 }],
    ['Poland drops out', [{ kind: 'withdraw', contributor: 1 }], { pledgedTroops: [3_000, 5_000], shortfallTroops: [2_000, 4_000] }],
    ['a later edit of the same input wins', [
      { kind: 'sectorLength', sector: 0, lengthKm: point(2_000) },
      { kind: 'sectorLength', sector: 0, lengthKm: point(500) },
    ], { coverageKm: 700, troops: 5_500 }],
    // Indices name the scenario as given: withdrawing France first still lets Poland (1) be edited.
    ['a sector added: 100 km at its own 10 /km', [{ kind: 'addSector', sector: { name: 'Port', lengthKm: point(100), density: point(10) } }], { coverageKm: 1_300, troops: 8_000 }],
    ['the hot spot removed', [{ kind: 'removeSector', sector: 1 }], { coverageKm: 1_000, troops: 3_000, lineDensity: 3 }],
    ['a contributor added', [{ kind: 'addContributor', contributor: { country: 'Latvia', pledge: { kind: 'troops', troops: point(500) } } }], { pledgedTroops: [5_500, 7_500] }],
    ['a rename changes no figure', [
      { kind: 'renameSector', sector: 1, name: 'Plant' },
      { kind: 'renameContributor', contributor: 0, country: 'République française' },
    ], { troops: 7_000, pledgedTroops: [5_000, 7_000] }],
    // Removals are applied last: removing the line first still lets the hot spot (1) be edited.
    ['a removal does not shift the indices', [
      { kind: 'removeSector', sector: 0 },
      { kind: 'sectorLength', sector: 1, lengthKm: point(100) },
    ], { coverageKm: 100, troops: 2_000 }],
    // Rotated troops: France's brigade serves once; Poland's 2,000 a contingent per tour over the year's horizon.
    ['Poland on 90-day tours: 5 contingents in 365 days', [{ kind: 'tour', contributor: 1, tour: point(90) }], { rotatedTroops: [13_000, 15_000] }],
    ['Poland on 90-day tours, leaving on day 180: 2 contingents', [
      { kind: 'tour', contributor: 1, tour: point(90) },
      { kind: 'leaves', contributor: 1, leaves: point(180) },
    ], { rotatedTroops: [7_000, 9_000] }],
    ['a tour and a departure taken away again', [
      { kind: 'tour', contributor: 1, tour: point(90) },
      { kind: 'leaves', contributor: 1, leaves: point(180) },
      { kind: 'tour', contributor: 1, tour: null },
      { kind: 'leaves', contributor: 1, leaves: null },
    ], { rotatedTroops: [5_000, 7_000] }],
    ['a withdrawal does not shift the indices', [
      { kind: 'withdraw', contributor: 0 },
      { kind: 'pledge', contributor: 1, pledge: { kind: 'troops', troops: point(7_000) } },
    ], { pledgedTroops: 7_000, shortfallTroops: 0 }],
  ])('%s', (_, edits, expected) => {
    const result = estimate(edited(edits));
    for (const [figure, value] of Object.entries(expected)) {
      const actual = figureValue(result, figure as FigureName);
      const want = typeof value === 'number' ? { min: value, max: value } : { min: value[0], max: value[1] };
      expect(actual, figure).toEqual(want);
    }
  });

  it('leaves no coalition once every contributor has left, as an empty coalition: reads', () => {
    const scenario = edited([{ kind: 'withdraw', contributor: 0 }, { kind: 'withdraw', contributor: 1 }]);
    expect(scenario.coalition).toBeNull();
    expectEstimate({ ...HOT_SPOT, coalition: null }, { troops: 7_000 });
  });

  it('drops a drawn line once its length is set: the length no longer comes from it', () => {
    const drawn = buildScenario(HOT_SPOT);
    const withLine = {
      ...drawn,
      sectors: [{ ...drawn.sectors[0]!, geometry: { lines: [[[30, 47], [31, 48]] as const], measuredKm: 1_000, method: 'test', tortuosity: point(1) } }],
    };
    const result = applyScenarioEdits(withLine, [{ kind: 'sectorLength', sector: 0, lengthKm: point(10) }]);
    expect(result.sectors[0]).toEqual({ name: 'Line', lengthKm: point(10) });
  });

  it('renames, titles and describes as typed, and adds after the last entry', () => {
    const scenario = edited([
      { kind: 'title', title: 'Hot spot, longer' },
      { kind: 'description', description: 'Edited.' },
      { kind: 'renameSector', sector: 0, name: 'Line of contact' },
      { kind: 'addSector', sector: { name: 'Port', lengthKm: point(50) } },
      { kind: 'renameContributor', contributor: 1, country: 'Polska' },
      { kind: 'addContributor', contributor: { country: 'Latvia', pledge: { kind: 'troops', troops: point(500) } } },
    ]);
    expect(scenario.title).toBe('Hot spot, longer');
    expect(scenario.description).toBe('Edited.');
    expect(scenario.sectors.map((sector) => sector.name)).toEqual(['Line of contact', 'Hot spot', 'Port']);
    expect(scenario.coalition?.map((contributor) => contributor.country)).toEqual(['France', 'Polska', 'Latvia']);
  });

  it('sets, adds and removes what a contributor provides, keeping the order and the declared name', () => {
    const scenario = applyScenarioEdits(buildScenario({ ...HOT_SPOT, capabilities: [{ name: 'EW team', per: 'force', need: 2 }], coalition: [{ country: 'France', brigades: 1, provides: { 'Air cover': 1, 'EW team': 1 } }] }), [
      { kind: 'provides', contributor: 0, capability: 'ew TEAM', units: point(3) },
      { kind: 'provides', contributor: 0, capability: 'Air cover', units: null },
    ]);
    expect(scenario.coalition?.[0]?.provides).toEqual([{ capability: 'EW team', units: point(3) }]);
    const none = applyScenarioEdits(scenario, [{ kind: 'provides', contributor: 0, capability: 'EW team', units: null }]);
    expect(none.coalition?.[0]).toEqual({ country: 'France', pledge: { kind: 'brigades', brigades: point(1) } });
  });

  it('sets and removes a departure and a tour, leaving no key behind', () => {
    const scenario = edited([{ kind: 'leaves', contributor: 0, leaves: { min: 100, max: 120 } }, { kind: 'tour', contributor: 0, tour: point(180) }]);
    expect(scenario.coalition?.[0]).toEqual({ country: 'France', pledge: { kind: 'brigades', brigades: point(1) }, leaves: { min: 100, max: 120 }, tour: point(180) });
    const back = applyScenarioEdits(scenario, [{ kind: 'leaves', contributor: 0, leaves: null }, { kind: 'tour', contributor: 0, tour: null }]);
    expect(back.coalition?.[0]).toEqual({ country: 'France', pledge: { kind: 'brigades', brigades: point(1) } });
  });

  describe('a capability declared or removed', () => {
    const ew = { name: 'EW team', per: { kind: 'length' as const, km: 100 }, need: point(1), source: null };

    it('declares one after the last: 1 EW team per 100 km of 1,200 km needs 12, France pledging none', () => {
      const result = estimate(edited([{ kind: 'addCapability', capability: ew }]));
      const declared = result.capabilities.find((capability) => capability.name === 'EW team');
      expect(declared?.figures.need).toEqual(point(12));
      expect(declared?.coalition?.shortfall).toEqual(point(12));
    });

    it('removes one and what every contributor provided of it, keeping the rest', () => {
      const scenario = buildScenario({
        ...HOT_SPOT,
        capabilities: [{ name: 'EW team', per: 'force', need: 2 }, { name: 'Sapper company', per: 'brigade', need: 1 }],
        coalition: [{ country: 'France', brigades: 1, provides: { 'EW team': 2, 'Air cover': 1 } }, { country: 'Poland', troops: 2_000, provides: { 'EW team': 1 } }],
      });
      const result = applyScenarioEdits(scenario, [{ kind: 'removeCapability', capability: 0 }]);
      expect(result.capabilities?.map((capability) => capability.name)).toEqual(['Sapper company']);
      expect(result.coalition?.[0]?.provides).toEqual([{ capability: 'Air cover', units: point(1) }]);
      expect(result.coalition?.[1]).toEqual({ country: 'Poland', pledge: { kind: 'troops', troops: point(2_000) } });
      expect(estimate(result).capabilities.map((capability) => capability.name)).toEqual(['Air cover', 'Sapper company']);
    });

    it('leaves the other edits on the indices as given: a need set, then the capability before it removed', () => {
      const scenario = buildScenario({ ...HOT_SPOT, capabilities: [{ name: 'EW team', per: 'force', need: 2 }, { name: 'Sapper company', per: 'brigade', need: 1 }] });
      const result = applyScenarioEdits(scenario, [{ kind: 'removeCapability', capability: 0 }, { kind: 'capabilityNeed', capability: 1, need: point(3) }]);
      expect(result.capabilities).toEqual([{ name: 'Sapper company', per: { kind: 'brigade' }, need: point(3), source: null }]);
      expect(() => applyScenarioEdits(scenario, [{ kind: 'removeCapability', capability: 2 }])).toThrow(RangeError);
    });
  });

  it('gives a scenario with no coalition one when a contributor is added', () => {
    const scenario = applyScenarioEdits(buildScenario({ ...HOT_SPOT, coalition: null }), [
      { kind: 'addContributor', contributor: { country: 'Latvia', pledge: { kind: 'brigades', brigades: point(1) } } },
    ]);
    expect(scenario.coalition).toEqual([{ country: 'Latvia', pledge: { kind: 'brigades', brigades: point(1) } }]);
  });

  it('refuses to remove every sector: a scenario keeps at least one (a caller bug)', () => {
    expect(() => edited([{ kind: 'removeSector', sector: 0 }, { kind: 'removeSector', sector: 1 }])).toThrow(RangeError);
    expect(edited([{ kind: 'removeSector', sector: 0 }, { kind: 'removeSector', sector: 1 }, { kind: 'addSector', sector: { name: 'New', lengthKm: point(1) } }]).sectors).toHaveLength(1);
  });

  it('property: adding a sector and removing it again changes no figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 50 }), (km, addedKm, density) => {
        const scenario = buildScenario({ sectors: [{ km }], coalition: [{ country: 'A', troops: 1_000 }] });
        const added = applyScenarioEdits(scenario, [{ kind: 'addSector', sector: { name: 'New', lengthKm: point(addedKm), density: point(density) } }]);
        expect(estimate(added).figures.troops.min).toBeGreaterThanOrEqual(estimate(scenario).figures.troops.min);
        const removed = applyScenarioEdits(added, [{ kind: 'removeSector', sector: 1 }]);
        expect(estimate(removed).figures).toEqual(estimate(scenario).figures);
      }),
    );
  });

  it('does not change the scenario it is given', () => {
    const scenario = buildScenario(HOT_SPOT);
    const copy = structuredClone(scenario);
    applyScenarioEdits(scenario, [{ kind: 'withdraw', contributor: 0 }, { kind: 'sectorDensity', sector: 1, density: null }]);
    expect(scenario).toEqual(copy);
  });

  it('throws a RangeError for an index the scenario does not have (a caller bug)', () => {
    expect(() => edited([{ kind: 'sectorLength', sector: 2, lengthKm: point(1) }])).toThrow(RangeError);
    expect(() => edited([{ kind: 'withdraw', contributor: 5 }])).toThrow(RangeError);
  });

  describe('a capability need', () => {
    // 1,200 km at 3 /km: 3,600 troops, 1..2 brigades; EW teams are needed per brigade, batteries per 100 km.
    const WITH_CAPABILITIES: ScenarioParts = {
      sectors: [{ km: 1_200 }],
      factors: { density: 3, brigadeSize: [3_000, 5_000] },
      capabilities: [
        { name: 'EW team', per: 'brigade', need: 2 },
        { name: 'Air-defence battery, (SAMP/T) [Mamba]', per: 100, need: 0.5 },
      ],
      coalition: [{ country: 'France', troops: 4_000, provides: { 'EW team': 3 } }],
    };
    const need = (edits: readonly ScenarioEdit[], name: string) =>
      estimate(applyScenarioEdits(buildScenario(WITH_CAPABILITIES), edits)).capabilities.find((capability) => capability.name === name);

    it.each<[string, ScenarioEdit[], string, [number, number], [number, number] | null]>([
      ['as the file has it', [], 'EW team', [2, 4], [0, 1]],
      ['three teams a brigade', [{ kind: 'capabilityNeed', capability: 0, need: point(3) }], 'EW team', [3, 6], [0, 3]],
      ['a range of need', [{ kind: 'capabilityNeed', capability: 0, need: { min: 1, max: 3 } }], 'EW team', [1, 6], [0, 3]],
      ['none needed', [{ kind: 'capabilityNeed', capability: 0, need: point(0) }], 'EW team', [0, 0], [0, 0]],
      // 12 lengths of 100 km at one battery each; no pledge: the shortfall is the need.
      ['a battery per 100 km, its name with commas and brackets', [{ kind: 'capabilityNeed', capability: 1, need: point(1) }], 'Air-defence battery, (SAMP/T) [Mamba]', [12, 12], [12, 12]],
    ])('%s', (_, edits, name, expectedNeed, expectedShortfall) => {
      const capability = need(edits, name);
      expect(capability?.figures.need).toEqual({ min: expectedNeed[0], max: expectedNeed[1] });
      const shortfall = capability?.coalition?.shortfall ?? null;
      expect(shortfall === null ? null : [shortfall.min, shortfall.max]).toEqual(expectedShortfall);
    });

    it('changes only the capability named, and throws for one the scenario does not declare', () => {
      const edited = applyScenarioEdits(buildScenario(WITH_CAPABILITIES), [{ kind: 'capabilityNeed', capability: 1, need: point(4) }]);
      expect(edited.capabilities?.map((capability) => capability.need)).toEqual([point(2), point(4)]);
      expect(() => applyScenarioEdits(buildScenario(WITH_CAPABILITIES), [{ kind: 'capabilityNeed', capability: 2, need: point(1) }])).toThrow(RangeError);
    });

    it('property: a larger need per unit never needs fewer units nor leaves a smaller shortfall', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 1, max: 20_000 }), (low, extra, km) => {
          const scenario = buildScenario({ ...WITH_CAPABILITIES, sectors: [{ km }] });
          const at = (value: number) => estimate(applyScenarioEdits(scenario, [{ kind: 'capabilityNeed', capability: 0, need: point(value / 10) }])).capabilities[1];
          const lower = at(low);
          const higher = at(low + extra);
          expect(higher?.figures.need.min).toBeGreaterThanOrEqual(lower?.figures.need.min ?? 0);
          expect(higher?.coalition?.shortfall.max).toBeGreaterThanOrEqual(lower?.coalition?.shortfall.max ?? 0);
        }),
      );
    });
  });

  it('property: setting a sector to its own length and density changes no figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 5_000 }), (km, density, otherKm) => {
        const scenario = buildScenario({ sectors: [{ km, density }, { km: otherKm }] });
        const same = applyScenarioEdits(scenario, [
          { kind: 'sectorLength', sector: 0, lengthKm: point(km) },
          { kind: 'sectorDensity', sector: 0, density: point(density) },
        ]);
        expect(estimate(same).figures).toEqual(estimate(scenario).figures);
      }),
    );
  });

  it('property: a longer sector never needs fewer troops, and a withdrawal never shrinks the shortfall', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (km, extraKm, pledges, pick) => {
          const scenario = buildScenario({ sectors: [{ km }], coalition: pledges.map((troops, index) => ({ country: `c${index}`, troops })) });
          const before = estimate(scenario);
          const longer = estimate(applyScenarioEdits(scenario, [{ kind: 'sectorLength', sector: 0, lengthKm: point(km + extraKm) }]));
          expect(longer.figures.troops.min).toBeGreaterThanOrEqual(before.figures.troops.min);
          const left = estimate(applyScenarioEdits(scenario, [{ kind: 'withdraw', contributor: pick % pledges.length }]));
          const shortfallBefore = before.coalition?.figures.shortfallTroops.min ?? 0;
          const shortfallAfter = left.coalition?.figures.shortfallTroops.min ?? before.figures.deployedTroops.min;
          expect(shortfallAfter).toBeGreaterThanOrEqual(shortfallBefore);
        },
      ),
    );
  });
});
