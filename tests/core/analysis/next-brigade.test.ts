// nextBrigadeKm: for each bound of brigades, the km of line (at the scenario density of
// that bound) it can add before one more brigade. Expected values worked out by hand
// from (brigades x brigadeSize - unrounded troops) / density.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, type Estimate } from '../../../src/core/index.js';
import { nextBrigadeKm } from '../../../src/core/next-brigade.js';
import { buildScenario, toInterval, type ScenarioParts, type Value } from '../build-scenario.js';
import { scenarioDensityFirstArb } from './scenario-arbitraries.js';

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
    // 7,000 troops (1,000 km at 3 + 200 km at 20); the line grows at the scenario's 3 /km.
    ['a sector with its own density', { sectors: [{ km: 1_000 }, { km: 200, density: 20 }] }, [2, 3], [1_000, 666.67]],
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
    expect(result.nextBrigadeKm.min).toBeCloseTo(low, 2);
    expect(result.nextBrigadeKm.max).toBeCloseTo(high, 2);
  });

  it('is not an interval: the low bound may have more room than the high one', () => {
    const { nextBrigadeKm: room } = estimate(buildScenario({ sectors: [{ km: 1_000 }] }));
    expect(room.min).toBeGreaterThan(room.max);
  });

  it('is the same function the estimate calls', () => {
    // 3,621.024 unrounded troops, 1..2 brigades of 3,000..5,000, 3 /km.
    expect(nextBrigadeKm({ min: 3_621.024, max: 3_621.024 }, { min: 1, max: 2 }, { min: 3_000, max: 5_000 }, { min: 3, max: 3 }).min).toBeCloseTo(459.658667, 6);
  });
});

/** The parts with the first sector (at the scenario density) `km` longer at both ends. */
function growFirst(parts: ScenarioParts, km: number): ScenarioParts {
  const grow = (value: Value): Value => (typeof value === 'number' ? value + km : [value[0] + km, value[1] + km]);
  return { ...parts, sectors: parts.sectors.map((sector, index) => (index === 0 ? { ...sector, km: grow(sector.km) } : sector)) };
}

const brigadesAfter = (parts: ScenarioParts, km: number): Estimate => estimate(buildScenario(growFirst(parts, km)));

describe('nextBrigadeKm, for any scenario', () => {
  it('growing the line by it keeps the brigades of that bound; by a hundredth of a soldier, a soldier or 1 km more adds one', () => {
    fc.assert(
      fc.property(scenarioDensityFirstArb, (parts) => {
        const before = estimate(buildScenario(parts));
        const density = toInterval(parts.factors?.density ?? 3);
        const { brigades } = before.figures;
        const room = before.nextBrigadeKm;
        expect(room.min).toBeGreaterThanOrEqual(0);
        expect(room.max).toBeGreaterThanOrEqual(0);

        expect(brigadesAfter(parts, room.min).figures.brigades.min, 'low bound at the room').toBe(brigades.min);
        // A hundredth of a soldier is past the round-up's tolerance (at most a thousandth): the room is the most the line can grow.
        expect(brigadesAfter(parts, room.min + 0.01 / density.min).figures.brigades.min, 'low bound, 0.01 soldier more').toBe(brigades.min + 1);
        expect(brigadesAfter(parts, room.min + 1 / density.min).figures.brigades.min, 'low bound, a soldier more').toBe(brigades.min + 1);
        expect(brigadesAfter(parts, room.min + 1).figures.brigades.min, 'low bound, a km more').toBe(brigades.min + 1);

        expect(brigadesAfter(parts, room.max).figures.brigades.max, 'high bound at the room').toBe(brigades.max);
        expect(brigadesAfter(parts, room.max + 0.01 / density.max).figures.brigades.max, 'high bound, 0.01 soldier more').toBe(brigades.max + 1);
        expect(brigadesAfter(parts, room.max + 1 / density.max).figures.brigades.max, 'high bound, a soldier more').toBe(brigades.max + 1);
        expect(brigadesAfter(parts, room.max + 1).figures.brigades.max, 'high bound, a km more').toBe(brigades.max + 1);
      }),
    );
  });
});
