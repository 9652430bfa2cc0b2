// Time (docs/model.md, "Time"): sure and possible presence, departures, the horizon, tours and the rotated troops,
// each worked out by hand; then the properties every timeline has.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { estimate, presenceOn, stepOn, type CoalitionTimeline, type Estimate } from '../../src/core/index.js';
import { buildScenario, type ContributorSpec, type ScenarioParts, type Value } from './build-scenario.js';
import { expectEstimate } from './expect-estimate.js';

/** 1,000 km at 3 /km: 3,000 troops deployed, the need every case below sets the pledges against. */
const LINE = [{ km: 1_000 }];

function timelineOf(coalition: readonly ContributorSpec[], parts: Partial<ScenarioParts> = {}): CoalitionTimeline {
  const timeline = estimate(buildScenario({ sectors: LINE, coalition, ...parts })).coalition?.timeline;
  if (timeline === undefined) expect.fail('no coalition');
  return timeline;
}

/** A step as a test writes it: day, pledged [min, max], shortfall [min, max]. */
type Step = readonly [day: number, pledged: readonly [number, number], shortfall: readonly [number, number]];

function stepsOf(timeline: CoalitionTimeline): Step[] {
  return timeline.steps.map((step) => [step.day, [step.pledgedTroops.min, step.pledgedTroops.max], [step.shortfallTroops.min, step.shortfallTroops.max]]);
}

describe('presence on a day: surely there from the latest arrival, possibly from the earliest', () => {
  test.each<[string, readonly ContributorSpec[], readonly Step[], { min: number | null; max: number | null }]>([
    [
      'an arrival range: possible from its low bound, sure from its high bound',
      [{ country: 'UK', troops: 2_000, arrives: [10, 20] }, { country: 'France', troops: 1_000, arrives: 30 }],
      [
        [0, [0, 0], [3_000, 3_000]],
        [10, [0, 2_000], [1_000, 3_000]],
        [20, [2_000, 2_000], [1_000, 1_000]],
        [30, [3_000, 3_000], [0, 0]],
      ],
      { min: 30, max: 30 },
    ],
    [
      'the sure ones at their low troops, the possible ones at their high troops',
      [{ country: 'UK', troops: [1_500, 2_500], arrives: [10, 20] }, { country: 'France', troops: [500, 1_000] }],
      [
        [0, [500, 1_000], [2_000, 2_500]],
        [10, [500, 3_500], [0, 2_500]],
        [20, [2_000, 3_500], [0, 1_000]],
      ],
      { min: 10, max: null },
    ],
    [
      'a departure range: surely there until its low bound, possibly until its high bound; a relief arriving meanwhile',
      [{ country: 'UK', troops: 3_000, leaves: [100, 120] }, { country: 'France', troops: 3_000, arrives: [110, 130] }],
      [
        [0, [3_000, 3_000], [0, 0]],
        [100, [0, 3_000], [0, 3_000]],
        [110, [0, 6_000], [0, 3_000]],
        [120, [0, 3_000], [0, 3_000]],
        [130, [3_000, 3_000], [0, 0]],
      ],
      { min: 0, max: 130 },
    ],
    [
      'a departure with no relief: covered at first, never surely to the horizon',
      [{ country: 'UK', troops: 3_000, leaves: 200 }],
      [
        [0, [3_000, 3_000], [0, 0]],
        [200, [0, 0], [3_000, 3_000]],
      ],
      { min: 0, max: null },
    ],
    [
      'a bound past the horizon is no step',
      [{ country: 'UK', troops: 3_000, arrives: [300, 400] }],
      [
        [0, [0, 0], [3_000, 3_000]],
        [300, [0, 3_000], [0, 3_000]],
      ],
      { min: 300, max: null },
    ],
    [
      'pledges that never suffice',
      [{ country: 'UK', troops: 1_000 }, { country: 'France', troops: 1_000, arrives: 60 }],
      [
        [0, [1_000, 1_000], [2_000, 2_000]],
        [60, [2_000, 2_000], [1_000, 1_000]],
      ],
      { min: null, max: null },
    ],
    [
      'tranches of one country: the second arrives as the first leaves',
      [{ country: 'UK', troops: 3_000, leaves: 90 }, { country: 'UK', troops: 3_000, arrives: 90 }],
      [
        [0, [3_000, 3_000], [0, 0]],
        [90, [3_000, 3_000], [0, 0]],
      ],
      { min: 0, max: 0 },
    ],
    [
      'a pledge in brigades counts brigades x brigade size (3,000..5,000)',
      [{ country: 'France', brigades: 1, arrives: 45 }],
      [
        [0, [0, 0], [3_000, 3_000]],
        [45, [3_000, 5_000], [0, 0]],
      ],
      { min: 45, max: 45 },
    ],
  ])('%s', (_, coalition, steps, covered) => {
    const timeline = timelineOf(coalition);
    expect(stepsOf(timeline)).toEqual(steps);
    expect(timeline.coveredFromDay).toEqual(covered);
  });

  test('the step days are the bounds within the horizon, each once, ascending from day 0', () => {
    const timeline = timelineOf(
      [{ country: 'A', troops: 1, arrives: [10, 50], leaves: [80, 400] }, { country: 'B', troops: 1, arrives: 50, leaves: 80 }],
      { horizonDays: 100 },
    );
    expect(timeline.steps.map((step) => step.day)).toEqual([0, 10, 50, 80]);
    expect(timeline.horizonDays).toBe(100);
  });

  test('with a start, each step has its date: the calendar day the step falls in', () => {
    const timeline = timelineOf([{ country: 'UK', troops: 3_000, arrives: [30, 45.5] }], { start: '2026-06-01' });
    expect(timeline.start).toBe('2026-06-01');
    expect(timeline.steps.map((step) => [step.day, step.date])).toEqual([
      [0, '2026-06-01'],
      [30, '2026-07-01'],
      [45.5, '2026-07-16'],
    ]);
    expect(timelineOf([{ country: 'UK', troops: 3_000 }]).steps.map((step) => step.date)).toEqual([null]);
  });

  test('the default horizon is 365 days', () => {
    expect(timelineOf([{ country: 'UK', troops: 3_000 }]).horizonDays).toBe(365);
  });

  test('the figures of any day are those of the last step at or before it', () => {
    const timeline = timelineOf([{ country: 'UK', troops: 2_000, arrives: [10, 20] }, { country: 'France', troops: 1_000, arrives: 30 }]);
    expect([0, 9, 10, 19.5, 20, 29, 30, 364].map((day) => stepOn(timeline, day).day)).toEqual([0, 0, 10, 10, 20, 20, 30, 30]);
  });
});

describe('contingents: the tours a pledge serves within the horizon, rounded up', () => {
  /** The contingents of the one contributor, and the coalition's rotated troops. */
  function rotation(spec: ContributorSpec, horizonDays?: number): { contingents: Value | null; rotatedTroops: Value } {
    const result = estimate(buildScenario({ sectors: LINE, coalition: [spec], ...(horizonDays === undefined ? {} : { horizonDays }) }));
    const contingents = result.coalition?.contributors[0]?.contingents ?? null;
    const rotated = result.coalition?.figures.rotatedTroops;
    if (rotated === undefined) expect.fail('no coalition');
    const value = (interval: { min: number; max: number }): Value => (interval.min === interval.max ? interval.min : [interval.min, interval.max]);
    return { contingents: contingents === null ? null : value(contingents), rotatedTroops: value(rotated) };
  }

  test.each<[string, ContributorSpec, number | undefined, Value | null, Value]>([
    ['six-month tours over a year: 365 / 182.625 is just under 2', { country: 'UK', troops: 2_000, tour: 182.625 }, undefined, 2, 4_000],
    ['a tour of exactly a third of the horizon: 3, not 4', { country: 'UK', troops: 1_000, tour: 120 }, 360, 3, 3_000],
    ['a departure past the horizon ends at the horizon: 365 / 100', { country: 'UK', troops: 1_000, leaves: 500, tour: 100 }, undefined, 4, 4_000],
    [
      'low bound: the latest arrival, the earliest departure, the longest tour; high bound the opposite',
      { country: 'UK', troops: 1_000, arrives: [10, 20], leaves: [200, 250], tour: [30, 60] },
      undefined,
      // ceil((200 - 20) / 60) = 3; ceil((250 - 10) / 30) = 8
      [3, 8],
      [3_000, 8_000],
    ],
    ['an arrival after the horizon sends no one', { country: 'UK', troops: 1_000, arrives: 400, tour: 100 }, undefined, 0, 0],
    ['without a tour: no contingents shown, one counted', { country: 'UK', troops: 1_000, arrives: 10 }, undefined, null, 1_000],
    ['without a tour, arriving after the horizon: none counted', { country: 'UK', troops: 1_000, arrives: 400 }, undefined, null, 0],
    ['without a tour, arriving maybe after the horizon: none or one', { country: 'UK', troops: 1_000, arrives: [300, 400] }, undefined, null, [0, 1_000]],
    ['a brigade of 3,000..5,000 on 120-day tours over a year: 4 contingents', { country: 'France', brigades: 1, tour: 120 }, undefined, 4, [12_000, 20_000]],
  ])('%s', (_, spec, horizonDays, contingents, rotatedTroops) => {
    expect(rotation(spec, horizonDays)).toEqual({ contingents, rotatedTroops });
  });

  test('rotated troops sum every contributor: 2 six-month contingents of 2,000 and one of 1,000 without a tour', () => {
    expectEstimate(
      { sectors: LINE, coalition: [{ country: 'UK', troops: 2_000, tour: 182.625 }, { country: 'France', troops: 1_000 }] },
      { rotatedTroops: 5_000, pledgedTroops: 3_000 },
    );
  });
});

// Random coalitions with schedules: arrivals, departures after them, tours, over a random horizon.
const days = fc.integer({ min: 0, max: 5_000 }).map((n) => n / 10);
const range = (arb: fc.Arbitrary<number>): fc.Arbitrary<readonly [number, number]> =>
  fc.tuple(arb, arb).map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));
const contributorArb = (withDepartures: boolean): fc.Arbitrary<ContributorSpec> =>
  fc
    .record({
      troops: range(fc.integer({ min: 0, max: 5_000 })),
      arrives: fc.option(range(days), { nil: undefined }),
      gap: withDepartures ? fc.option(range(fc.integer({ min: 1, max: 5_000 }).map((n) => n / 10)), { nil: undefined }) : fc.constant(undefined),
      tour: fc.option(range(fc.integer({ min: 10, max: 2_000 }).map((n) => n / 10)), { nil: undefined }),
    })
    .map(({ troops, arrives, gap, tour }) => ({
      country: 'A',
      troops,
      ...(arrives === undefined ? {} : { arrives }),
      ...(gap === undefined ? {} : { leaves: [gap[0] + (arrives?.[1] ?? 0), gap[1] + (arrives?.[1] ?? 0)] as const }),
      ...(tour === undefined ? {} : { tour }),
    }));
const partsArb = (withDepartures: boolean): fc.Arbitrary<ScenarioParts> =>
  fc.record({
    sectors: fc.constant(LINE),
    coalition: fc.array(contributorArb(withDepartures), { minLength: 1, maxLength: 8 }),
    horizonDays: fc.integer({ min: 1, max: 600 }),
  });

const timeline = (result: Estimate): CoalitionTimeline => {
  if (result.coalition === null) throw new Error('no coalition');
  return result.coalition.timeline;
};

/** Each input's low bound, high bound or a point between, picked by `pick`: a point scenario within the ranged one. */
function pointWithin(parts: ScenarioParts, picks: readonly number[]): ScenarioParts {
  let next = 0;
  const at = (value: Value | undefined): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'number') return value;
    const [low, high] = value as readonly [number, number];
    // Within the range even where low + 1 x (high - low) rounds past high (107.3 + 136.1 = 243.40000000000003).
    return Math.min(high, low + ((picks[next++ % picks.length] ?? 0) / 4) * (high - low));
  };
  return {
    ...parts,
    coalition: (parts.coalition ?? []).map((spec) => {
      const arrives = at(spec.arrives);
      // A departure stays after its arrival: its every bound is past the arrival's high bound.
      const leaves = at(spec.leaves);
      const tour = at(spec.tour);
      return {
        country: spec.country,
        troops: Math.round(at('troops' in spec ? spec.troops : 0) ?? 0),
        ...(arrives === undefined ? {} : { arrives }),
        ...(leaves === undefined ? {} : { leaves }),
        ...(tour === undefined ? {} : { tour }),
      };
    }),
  };
}

describe('every timeline', () => {
  it('starts at day 0, its days ascending within the horizon, and shortfall = max(0, deployed - pledged) at each step', () => {
    fc.assert(
      fc.property(partsArb(true), (parts) => {
        const result = estimate(buildScenario(parts));
        const { steps, horizonDays } = timeline(result);
        expect(steps[0]?.day).toBe(0);
        const deployed = result.figures.deployedTroops;
        steps.forEach((step, index) => {
          expect(step.day).toBeLessThan(horizonDays);
          if (index > 0) expect(step.day).toBeGreaterThan(steps[index - 1]?.day ?? -1);
          expect(step.pledgedTroops.min).toBeLessThanOrEqual(step.pledgedTroops.max);
          expect(step.shortfallTroops).toEqual({ min: Math.max(0, deployed.min - step.pledgedTroops.max), max: Math.max(0, deployed.max - step.pledgedTroops.min) });
          // What is on the ground never exceeds every pledge at once.
          expect(step.pledgedTroops.max).toBeLessThanOrEqual(result.coalition?.figures.pledgedTroops.max ?? 0);
        });
      }),
    );
  });

  it('never loses pledged troops while no one leaves', () => {
    fc.assert(
      fc.property(partsArb(false), (parts) => {
        const { steps } = timeline(estimate(buildScenario(parts)));
        steps.forEach((step, index) => {
          const before = steps[index - 1];
          if (before === undefined) return;
          expect(step.pledgedTroops.min).toBeGreaterThanOrEqual(before.pledgedTroops.min);
          expect(step.pledgedTroops.max).toBeGreaterThanOrEqual(before.pledgedTroops.max);
        });
      }),
    );
  });

  it('is covered from coveredFromDay.min <= coveredFromDay.max, and surely covered only where it can be', () => {
    fc.assert(
      fc.property(partsArb(true), (parts) => {
        const { coveredFromDay } = timeline(estimate(buildScenario(parts)));
        if (coveredFromDay.max !== null) {
          expect(coveredFromDay.min).not.toBeNull();
          expect(coveredFromDay.min ?? Infinity).toBeLessThanOrEqual(coveredFromDay.max);
        }
      }),
    );
  });

  it('holds every point scenario picked within it: its pledges on each of its days, and the day it is covered from', () => {
    const picks = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 50, maxLength: 50 });
    fc.assert(
      fc.property(partsArb(true), picks, (parts, chosen) => {
        const ranged = timeline(estimate(buildScenario(parts)));
        const point = timeline(estimate(buildScenario(pointWithin(parts, chosen))));
        for (const step of point.steps) {
          const around = stepOn(ranged, step.day);
          expect(step.pledgedTroops.min).toBeGreaterThanOrEqual(around.pledgedTroops.min);
          expect(step.pledgedTroops.max).toBeLessThanOrEqual(around.pledgedTroops.max);
        }
        const covered = point.coveredFromDay.max;
        if (ranged.coveredFromDay.min === null) expect(point.coveredFromDay.min).toBeNull();
        if (ranged.coveredFromDay.max !== null) {
          expect(covered).not.toBeNull();
          expect(covered ?? Infinity).toBeLessThanOrEqual(ranged.coveredFromDay.max);
        }
        if (covered !== null) expect(covered).toBeGreaterThanOrEqual(ranged.coveredFromDay.min ?? Infinity);
      }),
      { numRuns: 5000 },
    );
  });

  it('has contingents from 0 up, whole, low bound <= high bound, and rotated troops at least the troops present on day 0', () => {
    fc.assert(
      fc.property(partsArb(true), (parts) => {
        const result = estimate(buildScenario(parts));
        for (const contributor of result.coalition?.contributors ?? []) {
          if (contributor.contingents === null) continue;
          expect(Number.isInteger(contributor.contingents.min) && Number.isInteger(contributor.contingents.max)).toBe(true);
          expect(0).toBeLessThanOrEqual(contributor.contingents.min);
          expect(contributor.contingents.min).toBeLessThanOrEqual(contributor.contingents.max);
        }
        const rotated = result.coalition?.figures.rotatedTroops;
        const dayZero = timeline(result).steps[0]?.pledgedTroops;
        expect(rotated?.min ?? 0).toBeGreaterThanOrEqual(dayZero?.min ?? 0);
        expect(rotated?.max ?? 0).toBeGreaterThanOrEqual(dayZero?.max ?? 0);
      }),
    );
  });
});

describe('presenceOn', () => {
  test.each([
    // day, arrives, leaves, presence
    [0, [0, 0], null, 'sure'],
    [5, [10, 20], null, 'absent'],
    [10, [10, 20], null, 'possible'],
    [19.9, [10, 20], null, 'possible'],
    [20, [10, 20], null, 'sure'],
    [99, [10, 20], [100, 120], 'sure'],
    [100, [10, 20], [100, 120], 'possible'],
    [119, [10, 20], [100, 120], 'possible'],
    [120, [10, 20], [100, 120], 'absent'],
    // Arriving possibly after leaving possibly: never surely there.
    [50, [40, 60], [50, 70], 'possible'],
  ] as const)('on day %d, arriving %j and leaving %j: %s', (day, arrives, leaves, presence) => {
    expect(presenceOn(day, { min: arrives[0], max: arrives[1] }, leaves === null ? null : { min: leaves[0], max: leaves[1] })).toBe(presence);
  });

  it('adds up to each step: the sure contingents at their low troops, the possible ones too at their high', () => {
    fc.assert(
      fc.property(partsArb(true), (parts) => {
        const result = estimate(buildScenario(parts));
        for (const step of timeline(result).steps) {
          let min = 0;
          let max = 0;
          for (const contributor of result.coalition?.contributors ?? []) {
            const presence = presenceOn(step.day, contributor.arrivesDay, contributor.leavesDay);
            if (presence === 'sure') min += contributor.troops.min;
            if (presence !== 'absent') max += contributor.troops.max;
          }
          expect({ min, max }).toEqual({ min: step.pledgedTroops.min, max: step.pledgedTroops.max });
        }
      }),
    );
  });
});

describe('capabilities over time', () => {
  it('counts the units of the contingents on the ground each day against each need', () => {
    // 1,000 km at 3 /km: 3,000 troops, one brigade of 3,000..5,000, one air-cover package; 10 EW teams (1 per 100 km).
    const result = estimate(
      buildScenario({
        sectors: LINE,
        factors: { density: 3, brigadeSize: 3_000 },
        capabilities: [{ name: 'EW team', per: 100, need: 1 }],
        coalition: [
          { country: 'France', troops: 3_000, provides: { 'Air cover': 1, 'EW team': 6 } },
          { country: 'UK', troops: 2_000, arrives: [30, 60], provides: { 'EW team': 4 } },
          { country: 'US', provides: { 'EW team': 2 }, backstop: true, arrives: 90, leaves: 200 },
        ],
      }),
    );
    const ew = timeline(result).steps.map((step) => [step.day, step.capabilities[1]?.pledged, step.capabilities[1]?.shortfall]);
    expect(ew).toEqual([
      [0, { min: 6, max: 6 }, { min: 4, max: 4 }],
      // The UK possibly there from day 30, surely from day 60.
      [30, { min: 6, max: 10 }, { min: 0, max: 4 }],
      [60, { min: 10, max: 10 }, { min: 0, max: 0 }],
      [90, { min: 12, max: 12 }, { min: 0, max: 0 }],
      [200, { min: 10, max: 10 }, { min: 0, max: 0 }],
    ]);
    expect(timeline(result).steps.map((step) => step.capabilities.map((capability) => capability.name))).toEqual(Array.from({ length: 5 }, () => ['Air cover', 'EW team']));
  });

  it('never has more units on a day than are pledged in all, nor a shortfall above the need', () => {
    fc.assert(
      fc.property(partsArb(true), (parts) => {
        const result = estimate(buildScenario(parts));
        for (const step of timeline(result).steps) {
          step.capabilities.forEach((capability, index) => {
            const all = result.capabilities[index];
            expect(capability.pledged.max).toBeLessThanOrEqual(all?.coalition?.pledged.max ?? 0);
            expect(capability.shortfall.max).toBeLessThanOrEqual(all?.figures.need.max ?? 0);
            expect(capability.shortfall.min).toBeGreaterThanOrEqual(0);
          });
        }
      }),
    );
  });
});
