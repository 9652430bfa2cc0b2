// nextBrigadeKm: for each bound of brigades, the km of line (at the line's density at
// that bound, its unrounded troops over its length) it can add before one more brigade.
// Expected values worked out by hand from (brigades x brigadeSize - unrounded troops) / density.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, type Estimate } from '../../../src/core/index.js';
import { nextBrigade } from '../../../src/core/next-brigade.js';
import { buildScenario, type ScenarioParts, type Value } from '../build-scenario.js';
import { partsArb } from './scenario-arbitraries.js';

const KM_PER_MI = 1.609344;

describe('nextBrigadeKm, worked by hand', () => {
  it.each<[string, ScenarioParts, [number, number], [number, number]]>([
    // 3,600 troops: 1 brigade of 5,000 has 1,400 soldiers of room (466.67 km), 2 of 3,000 have 2,400 (800 km).
    ['1,200 km at 3 /km', { sectors: [{ km: 1_200 }] }, [1, 2], [466.67, 800]],
    // 3,000 troops fill one 3,000 brigade exactly: no room at either bound.
    ['troops exactly fill the brigades', { sectors: [{ km: 1_000 }], factors: { brigadeSize: 3_000 } }, [1, 1], [0, 0]],
    // One brigade at both bounds: 2,000 soldiers of room in a 5,000 brigade, none in a 3,000 one.
    ['1,000 km at 3 /km: full at the high bound only', { sectors: [{ km: 1_000 }] }, [1, 1], [666.67, 0]],
    // 750 mi = 1,207.008 km: 3,621.024 soldiers, rounded up to 3,622. The room counts from
    // 3,621.024: (5,000 - 3,621.024) / 3 = 459.66 km, not (5,000 - 3,622) / 3 = 459.33.
    ['750 mi at 3 /km: the round-up is room too', { sectors: [{ km: 750 * KM_PER_MI }] }, [1, 2], [459.66, 792.99]],
    // 7,000 troops on 1,200 km (1,000 km at 3 + 200 km at 20): the line grows at its own 5.83 /km, not
    // the scenario's 3: 2 brigades of 5,000 have 3,000 of room (514.29 km), 3 of 3,000 have 2,000 (342.86 km).
    ['a sector with its own density', { sectors: [{ km: 1_000 }, { km: 200, density: 20 }] }, [2, 3], [514.29, 342.86]],
    // The worked example: 11,000 troops on 800 km (600 at 5 + 200 at 40), 13.75 /km; 3 brigades of 4,000 have 1,000 of room.
    ['600 km at 5 /km and 200 km at 40 /km', { sectors: [{ km: 600, density: 5 }, { km: 200, density: 40 }], factors: { brigadeSize: 4_000 } }, [3, 3], [72.73, 72.73]],
    // Every sector at its own density: the scenario density (3) plays no part; the line is at 10 /km.
    ['no sector at the scenario density', { sectors: [{ km: 500, density: 10 }] }, [1, 2], [0, 100]],
    // Density 2..4 on 1,000 km: 2,000..4,000 troops in one 4,000 brigade. The low bound adds
    // 2 soldiers a km (2,000 of room: 1,000 km), the high bound 4 (no room).
    ['a density range: each bound grows at its own density', { sectors: [{ km: 1_000 }], factors: { density: [2, 4], brigadeSize: 4_000 } }, [1, 1], [1_000, 0]],
    // 999.9 km at 2.5 /km is 2,499.75 soldiers, 2,500 rounded up: one 2,500 brigade, and a
    // quarter soldier of room, 0.1 km, though the whole troops fill it.
    ['a fraction of a soldier left', { sectors: [{ km: 999.9 }], factors: { density: 2.5, brigadeSize: 2_500 } }, [1, 1], [0.1, 0.1]],
    // 8.3 km x 30 /km is 249.00000000000003 in floating point, 249 troops: never negative room.
    ['float noise above a full brigade', { sectors: [{ km: 8.3 }], factors: { density: 30, brigadeSize: 249 } }, [1, 1], [0, 0]],
  ])('%s', (_, parts, brigades, [low, high]) => {
    const result = estimate(buildScenario(parts));
    expect(result.figures.brigades).toEqual({ min: brigades[0], max: brigades[1] });
    expect(result.nextBrigade.km.min).toBeCloseTo(low, 2);
    expect(result.nextBrigade.km.max).toBeCloseTo(high, 2);
  });

  it('is not an interval: the low bound may have more room than the high one', () => {
    const room = estimate(buildScenario({ sectors: [{ km: 1_000 }] })).nextBrigade.km;
    expect(room.min).toBeGreaterThan(room.max);
  });

  it('is the same function the estimate calls', () => {
    // 3,621.024 unrounded troops on 1,207.008 km (3 /km), 1..2 brigades of 3,000..5,000.
    const sums = { coverageKm: { min: 1_207.008, max: 1_207.008 }, exactTroops: { min: 3_621.024, max: 3_621.024 }, lineDensity: { min: 3, max: 3 } };
    const result = nextBrigade(sums, { min: 1, max: 2 }, { min: 3_000, max: 5_000 });
    expect(result.km.min).toBeCloseTo(459.658667, 6);
    expect(result.lineDensity.min).toBeCloseTo(3, 12);
  });

  it('grows each bound at the density of the line at that bound, within the line density', () => {
    // Lengths and densities vary: the low bound is the line of shortest sectors at their lowest densities.
    const result = estimate(buildScenario({ sectors: [{ km: [500, 700], density: [4, 5] }, { km: [100, 300], density: [20, 30] }], factors: { brigadeSize: 4_000 } }));
    // Low: 500 x 4 + 100 x 20 = 4,000 troops on 600 km; high: 700 x 5 + 300 x 30 = 12,500 on 1,000 km.
    expect(result.nextBrigade.lineDensity.min).toBeCloseTo(4_000 / 600, 12);
    expect(result.nextBrigade.lineDensity.max).toBeCloseTo(12.5, 12);
    for (const density of [result.nextBrigade.lineDensity.min, result.nextBrigade.lineDensity.max]) {
      expect(density).toBeGreaterThanOrEqual(result.figures.lineDensity.min);
      expect(density).toBeLessThanOrEqual(result.figures.lineDensity.max);
    }
    // 1 brigade of 4,000 holds 4,000 exactly at the low bound; 4 brigades hold 16,000 at the high: 3,500 over 12.5 /km.
    expect(result.nextBrigade.km).toEqual({ min: 0, max: 280 });
  });
});

/** The parts with every sector's length (both ends) times `factor`: the line grows with its mix of densities kept. */
function scaleLine(parts: ScenarioParts, factor: number): ScenarioParts {
  const scale = (value: Value): Value => (typeof value === 'number' ? value * factor : [value[0] * factor, value[1] * factor]);
  return { ...parts, sectors: parts.sectors.map((sector) => ({ ...sector, km: scale(sector.km) })) };
}

describe('nextBrigadeKm, for any scenario', () => {
  it('growing the line at its density by it keeps the brigades of that bound; by a hundredth of a soldier, a soldier or 1 km more adds one', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const before = estimate(buildScenario(parts));
        const { brigades, coverageKm } = before.figures;
        const { km: room, lineDensity } = before.nextBrigade;
        expect(room.min).toBeGreaterThanOrEqual(0);
        expect(room.max).toBeGreaterThanOrEqual(0);
        // The line `km` longer at a bound: every sector longer in proportion, so the added km hold that bound's density.
        const after = (km: number, length: number): Estimate => estimate(buildScenario(scaleLine(parts, 1 + km / length)));
        const low = (km: number): number => after(km, coverageKm.min).figures.brigades.min;
        const high = (km: number): number => after(km, coverageKm.max).figures.brigades.max;

        expect(low(room.min), 'low bound at the room').toBe(brigades.min);
        // A hundredth of a soldier is past the round-up's tolerance (at most a thousandth): the room is the most the line can grow.
        expect(low(room.min + 0.01 / lineDensity.min), 'low bound, 0.01 soldier more').toBe(brigades.min + 1);
        expect(low(room.min + 1 / lineDensity.min), 'low bound, a soldier more').toBe(brigades.min + 1);
        expect(low(room.min + 1), 'low bound, a km more').toBe(brigades.min + 1);

        expect(high(room.max), 'high bound at the room').toBe(brigades.max);
        expect(high(room.max + 0.01 / lineDensity.max), 'high bound, 0.01 soldier more').toBe(brigades.max + 1);
        expect(high(room.max + 1 / lineDensity.max), 'high bound, a soldier more').toBe(brigades.max + 1);
        expect(high(room.max + 1), 'high bound, a km more').toBe(brigades.max + 1);
      }),
    );
  });
});
