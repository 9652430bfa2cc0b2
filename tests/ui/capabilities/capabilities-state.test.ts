import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, point, type Scenario } from '../../../src/core/index.js';
import {
  capabilitiesReducer,
  initialCapabilitiesState,
  needsFor,
  withCapabilityNeeds,
  type CapabilitiesAction,
  type CapabilitiesState,
} from '../../../src/ui/capabilities/capabilities-state.js';
import { uiScenario } from '../build-scenarios.js';

// 1,200 km at 3 /km: 1..2 brigades. Batteries 1 per brigade, EW teams 1 per 100 km (12), mine hunters 3 for the force.
const scenario: Scenario = uiScenario({
  id: 'multi',
  title: 'Multi-domain',
  sectors: [{ name: 'Line', km: 1_200 }],
  capabilities: [
    { name: 'Air-defence battery', per: 'brigade', need: 1 },
    { name: 'EW team', per: 100, need: 1 },
    { name: 'Mine hunter', per: 'force', need: 3 },
  ],
  coalition: [{ country: 'France', brigades: 1, provides: { 'EW team': 4 } }],
});

const down = { type: 'move', move: { type: 'down' } } as const;
const after = (...actions: CapabilitiesAction[]): CapabilitiesState =>
  actions.reduce(capabilitiesReducer, capabilitiesReducer(initialCapabilitiesState, { type: 'open', scenario }));
const needOf = (state: CapabilitiesState, index: number) => needsFor(state, scenario.id).get(index);
const typed = (text: string): CapabilitiesAction[] => [{ type: 'startEntry' }, { type: 'typeEntry', text }, { type: 'applyEntry', overrides: {} }];

describe('the Capabilities panel reducer', () => {
  it('opens on air cover, and moves over air cover and the scenario capabilities, stopping at the ends', () => {
    expect(after().cursor).toBe(0);
    expect(after(down, down, down).cursor).toBe(3);
    expect(after(down, down, down, down).cursor).toBe(3);
    expect(after({ type: 'move', move: { type: 'up' } }).cursor).toBe(0);
  });

  it.each<[string, CapabilitiesAction[], number, { min: number; max: number } | undefined]>([
    ['steps the battery need up by one', [down, { type: 'stepUp', overrides: {} }], 0, { min: 2, max: 2 }],
    ['steps back to the file value: no edit left', [down, { type: 'stepUp', overrides: {} }, { type: 'stepDown', overrides: {} }], 0, undefined],
    ['takes a typed range', [down, down, ...typed('1..2')], 1, { min: 1, max: 2 }],
    ['takes a typed distribution, its range with it', [down, down, down, ...typed('triangular(2, 3, 6)')], 2, { min: 2, max: 6 }],
    ['a typed need equal to the file is no edit', [down, down, ...typed('1')], 1, undefined],
  ])('%s', (_name, actions, index, expected) => {
    const need = needOf(after(...actions), index);
    expect(need === undefined ? undefined : { min: need.min, max: need.max }).toEqual(expected);
  });

  it('refuses to change air cover, whose need is the factor airCoverPerBrigade', () => {
    expect(after({ type: 'stepUp', overrides: {} })).toMatchObject({ notice: { kind: 'airCover' }, needsById: new Map() });
    expect(after({ type: 'startEntry' })).toMatchObject({ entry: null, notice: { kind: 'airCover' } });
  });

  it('keeps the need at its bounds, and says so', () => {
    // 1 - 1 = 0 is allowed (none needed), 0 - 1 is not.
    const zero = after(down, { type: 'stepDown', overrides: {} });
    expect(needOf(zero, 0)).toMatchObject({ min: 0, max: 0 });
    const refused = capabilitiesReducer(zero, { type: 'stepDown', overrides: {} });
    expect(refused.notice).toEqual({ kind: 'bound', direction: 'down' });
    expect(needOf(refused, 0)).toMatchObject({ min: 0, max: 0 });
  });

  it('keeps the last good need when the typed one is unreadable, with the file reader message', () => {
    const state = after(down, ...typed('-2'));
    expect(state.entry?.error).toEqual({ expected: 'a number of 0 or more', received: '"-2"' });
    expect(needOf(state, 0)).toBeUndefined();
  });

  it('refuses a need that takes a total past what forcecalc counts exactly', () => {
    // Brigades of one soldier on a line of 10^12 km at 3 /km: 3 x 10^12 brigades x 10,000 batteries is past 2^53 - 1.
    const huge = uiScenario({
      id: 'huge',
      title: 'Huge',
      factors: { brigadeSize: 1 },
      sectors: [{ name: 'L', km: 1e12 }],
      capabilities: [{ name: 'AD', per: 'brigade', need: 0 }],
    });
    const opened = capabilitiesReducer(initialCapabilitiesState, { type: 'open', scenario: huge });
    const state = [down, ...typed('10000')].reduce(capabilitiesReducer, opened);
    expect(state.entry?.error?.expected).toMatch(/^totals forcecalc can count exactly/);
    expect(state.entry?.error?.received).toMatch(/^capabilities\.AD\.need up to /);
    expect(needsFor(state, 'huge').size).toBe(0);
    // The factors the planner set count: with brigades of 1,000,000 the same need is countable.
    const fewer = [down, { type: 'startEntry' } as const, { type: 'typeEntry', text: '10000' } as const, { type: 'applyEntry', overrides: { brigadeSize: point(1e6) } } as const].reduce(capabilitiesReducer, opened);
    expect(needsFor(fewer, 'huge').get(0)).toMatchObject({ min: 10_000, max: 10_000 });
  });

  it('keeps each scenario its own needs, and drops them on reset or once saved', () => {
    const edited = after(down, { type: 'stepUp', overrides: {} });
    const other = capabilitiesReducer(edited, { type: 'open', scenario: { ...scenario, id: 'other' } });
    expect(needsFor(other, 'multi').size).toBe(1);
    expect(needsFor(capabilitiesReducer(edited, { type: 'reset' }), 'multi').size).toBe(0);
    expect(needsFor(capabilitiesReducer(edited, { type: 'fileSaved', scenario }), 'multi').size).toBe(0);
  });
});

describe('withCapabilityNeeds', () => {
  it('is the scenario itself without edits, and replaces only the needs edited', () => {
    expect(withCapabilityNeeds(scenario, new Map())).toBe(scenario);
    const edited = withCapabilityNeeds(scenario, new Map([[1, point(2)]]));
    expect(edited.capabilities?.map((capability) => capability.need.max)).toEqual([1, 2, 3]);
    // 1,200 km / 100 km x 2 = 24 EW teams, 4 provided: 20 short.
    expect(estimate(edited).capabilities[2]).toMatchObject({ figures: { need: { min: 24, max: 24 } }, coalition: { shortfall: { min: 20, max: 20 } } });
  });

  it('never lowers a need when the planner steps it up (random steps over any capability)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 5 }), (row, steps) => {
        const moves = Array.from({ length: row }, () => down);
        const ups = Array.from({ length: steps }, () => ({ type: 'stepUp', overrides: {} }) as const);
        const before = estimate(scenario).capabilities[row]!.figures.need;
        const state = after(...moves, ...ups);
        const need = estimate(withCapabilityNeeds(scenario, needsFor(state, scenario.id))).capabilities[row]!.figures.need;
        expect(need.min).toBeGreaterThanOrEqual(before.min);
        expect(need.max).toBeGreaterThan(before.max - 1e-9);
      }),
    );
  });
});
