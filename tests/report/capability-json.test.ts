import { describe, expect, it } from 'vitest';
import { estimate, interval, point, type Scenario } from '../../src/core/index.js';
import { capabilityPerJson } from '../../src/report/capability-json.js';
import { estimateToJson } from '../../src/report/estimate-json.js';
import { pledgeBrigades, scenario } from './scenario-builder.js';

// 1,200 km at 3 /km: 3,600 troops, 1..2 brigades of 3,000..5,000 (the default brigade size), 1..2 packages of air cover.
const withCapabilities = (fields: Partial<Scenario> = {}): Scenario =>
  scenario({
    capabilities: [
      { name: 'Air-defence battery', per: { kind: 'brigade' }, need: interval(1, 2), source: 'illustrative' },
      { name: 'EW team', per: { kind: 'length', km: 100 }, need: point(1), source: null },
      { name: 'Mine hunter', per: { kind: 'force' }, need: point(3), source: null },
    ],
    ...fields,
  });

describe('the capabilities in estimate --format json', () => {
  it('lists air cover first, then the file order, with the keys of the contract in order', () => {
    const json = estimateToJson(estimate(withCapabilities()));
    expect(json.capabilities.map((capability) => capability.name)).toEqual(['Air cover', 'Air-defence battery', 'EW team', 'Mine hunter']);
    for (const capability of json.capabilities) {
      expect(Object.keys(capability)).toEqual(['name', 'per', 'need', 'pledged', 'shortfall', 'shortfallWithoutBackstop', 'source', 'needPer']);
    }
  });

  it('gives needs as {min, max} and the pledge figures null without a coalition', () => {
    const [airCover, battery, ew, mines] = estimateToJson(estimate(withCapabilities())).capabilities;
    expect(airCover).toMatchObject({ per: 'brigade', need: { min: 1, max: 2 }, pledged: null, shortfall: null, shortfallWithoutBackstop: null });
    // 1..2 brigades x 1..2 batteries; 1,200 km / 100 km x 1; 3 for the force.
    expect(battery).toMatchObject({ per: 'brigade', need: { min: 1, max: 4 }, source: 'illustrative', needPer: { min: 1, max: 2 } });
    expect(ew).toMatchObject({ per: { km: 100 }, need: { min: 12, max: 12 }, source: null });
    expect(mines).toMatchObject({ per: 'force', need: { min: 3, max: 3 } });
  });

  it('gives pledged units and both shortfalls with a coalition, and each contributor its provides and backstop', () => {
    const json = estimateToJson(
      estimate(
        withCapabilities({
          coalition: [
            { ...pledgeBrigades('France', 1), provides: [{ capability: 'EW team', units: point(4) }] },
            { country: 'United States', pledge: { kind: 'none' }, backstop: true, provides: [{ capability: 'ew team', units: interval(2, 10) }] },
          ],
        }),
      ),
    );
    const ew = json.capabilities[2];
    // Need 12; pledged 4 + 2..10 = 6..14; shortfall max(0, 12 - 14)..max(0, 12 - 6) = 0..6; without the US 12 - 4 = 8.
    expect(ew).toMatchObject({ pledged: { min: 6, max: 14 }, shortfall: { min: 0, max: 6 }, shortfallWithoutBackstop: { min: 8, max: 8 } });
    expect(json.capabilities[3]).toMatchObject({ pledged: { min: 0, max: 0 }, shortfall: { min: 3, max: 3 } });
    expect(json.coalition?.contributors).toEqual([
      { country: 'France', troops: { min: 3_000, max: 5_000 }, provides: [{ capability: 'EW team', units: { min: 4, max: 4 } }], backstop: false, arrivesDay: { min: 0, max: 0 }, leavesDay: null, tourDays: null, contingents: null },
      // A contributor of capabilities only pledges 0 troops.
      { country: 'United States', troops: { min: 0, max: 0 }, provides: [{ capability: 'ew team', units: { min: 2, max: 10 } }], backstop: true, arrivesDay: { min: 0, max: 0 }, leavesDay: null, tourDays: null, contingents: null },
    ]);
    expect(json.coalition?.pledgedTroops).toEqual({ min: 3_000, max: 5_000 });
  });

  it('writes per as "brigade", "force" or {km}', () => {
    expect([capabilityPerJson({ kind: 'brigade' }), capabilityPerJson({ kind: 'force' }), capabilityPerJson({ kind: 'length', km: 80.4672 })]).toEqual([
      'brigade',
      'force',
      { km: 80.4672 },
    ]);
  });
});
