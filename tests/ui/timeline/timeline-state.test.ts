import { describe, expect, it, test } from 'vitest';
import { estimate } from '../../../src/core/index.js';
import { simulate } from '../../../src/core/simulation/index.js';
import { arrivalsFor, initialTimelineState, timelineReducer, withArrivals, type TimelineAction, type TimelineState } from '../../../src/ui/timeline/timeline-state.js';
import { uncertaintyLines } from '../../../src/ui/uncertainty/uncertainty-lines.js';
import { buildUp } from '../build-scenarios.js';

const after = (...actions: TimelineAction[]): TimelineState => actions.reduce(timelineReducer, initialTimelineState);
const steps = [0, 10, 30, 61, 300];

describe('timelineReducer', () => {
  test.each<[string, TimelineAction[], Partial<TimelineState>]>([
    ['a week on', [{ type: 'moveDay', days: 7, horizonDays: 365 }], { day: 7 }],
    ['never before day 0', [{ type: 'moveDay', days: -7, horizonDays: 365 }], { day: 0 }],
    ['never past the horizon', [{ type: 'moveDay', days: 400, horizonDays: 365 }], { day: 365 }],
    ['to the next step', [{ type: 'toStep', direction: 1, stepDays: steps }], { day: 10 }],
    ['to the next step from between two', [{ type: 'moveDay', days: 14, horizonDays: 365 }, { type: 'toStep', direction: 1, stepDays: steps }], { day: 30 }],
    ['to the previous step', [{ type: 'moveDay', days: 40, horizonDays: 365 }, { type: 'toStep', direction: -1, stepDays: steps }], { day: 30 }],
    ['stays on the last step', [{ type: 'moveDay', days: 320, horizonDays: 365 }, { type: 'toStep', direction: 1, stepDays: steps }], { day: 320 }],
    ['chooses a contributor', [{ type: 'moveContributor', move: { type: 'down' }, count: 2 }, { type: 'moveContributor', move: { type: 'down' }, count: 2 }], { contributor: 1 }],
    ['opens another scenario on day 0', [{ type: 'moveDay', days: 7, horizonDays: 365 }, { type: 'open' }], { day: 0, contributor: 0 }],
  ])('%s', (_title, actions, expected) => {
    expect(after(...actions)).toMatchObject(expected);
  });

  it('moves an arrival by weeks, kept per scenario, and none when moved back to the file', () => {
    const later = after({ type: 'moveContributor', move: { type: 'down' }, count: 2 }, { type: 'shiftArrival', scenario: buildUp, direction: 1 });
    expect(arrivalsFor(later, 'build-up')).toEqual(new Map([[1, { min: 68, max: 68 }]]));
    expect(arrivalsFor(timelineReducer(later, { type: 'shiftArrival', scenario: buildUp, direction: -1 }), 'build-up')).toEqual(new Map());
    expect(arrivalsFor(timelineReducer(later, { type: 'reset', id: 'build-up' }), 'build-up')).toEqual(new Map());
    expect(arrivalsFor(timelineReducer(later, { type: 'fileSaved', id: 'build-up' }), 'build-up')).toEqual(new Map());
  });

  test.each<[string, string, { min: number; max: number } | null]>([
    ['days', '20', { min: 20, max: 20 }],
    ['a range of days', '15..25 days', { min: 15, max: 25 }],
    ['weeks', '3 weeks', { min: 21, max: 21 }],
    // start is 2026-06-01.
    ['a date', '2026-06-21', { min: 20, max: 20 }],
    ['a month', '2026-07', { min: 30, max: 60 }],
  ])('types an arrival as %s', (_title, text, expected) => {
    const typed = [{ type: 'startEntry' } as const, ...[...text].map((char) => ({ type: 'typeEntry', text: char }) as const), { type: 'applyEntry', scenario: buildUp } as const].reduce(
      timelineReducer,
      initialTimelineState,
    );
    expect(typed.entry).toBeNull();
    expect(arrivalsFor(typed, 'build-up').get(0)).toMatchObject(expected ?? {});
  });

  it('keeps the text and says why when the file would refuse it', () => {
    const typed = [{ type: 'startEntry' } as const, { type: 'typeEntry', text: 'soon' } as const, { type: 'applyEntry', scenario: buildUp } as const].reduce(
      timelineReducer,
      initialTimelineState,
    );
    expect(typed.entry).toEqual({ text: 'soon' });
    expect(typed.notice).toMatchObject({ kind: 'unreadable', received: '"soon"' });
    expect(arrivalsFor(typed, 'build-up')).toEqual(new Map());
  });

  it('refuses a move before day 0 or onto the departure, saying which', () => {
    // France arrives on day 10..30: a week earlier is day 3..23, two weeks would start before day 0.
    const once = after({ type: 'shiftArrival', scenario: buildUp, direction: -1 });
    expect(arrivalsFor(once, 'build-up')).toEqual(new Map([[0, { min: 3, max: 23 }]]));
    expect(timelineReducer(once, { type: 'shiftArrival', scenario: buildUp, direction: -1 })).toMatchObject({ notice: { kind: 'beforeDayZero' } });
    // The United Kingdom arrives on day 61 and leaves on day 300: 34 weeks later is day 299, 35 would be 306.
    let state = after({ type: 'moveContributor', move: { type: 'down' }, count: 2 });
    for (let week = 0; week < 35; week += 1) state = timelineReducer(state, { type: 'shiftArrival', scenario: buildUp, direction: 1 });
    expect(state).toMatchObject({ notice: { kind: 'afterDeparture' } });
    expect(arrivalsFor(state, 'build-up')).toEqual(new Map([[1, { min: 299, max: 299 }]]));
  });
});

describe('withArrivals', () => {
  it('puts each arrival in place, and the timeline with it', () => {
    const moved = withArrivals(buildUp, new Map([[1, { min: 68, max: 68 }]]));
    expect(moved.coalition?.[1]?.arrives).toEqual({ min: 68, max: 68 });
    expect(moved.coalition?.[0]).toBe(buildUp.coalition?.[0]);
    expect(estimate(moved).coalition?.timeline.coveredFromDay).toEqual({ min: 68, max: null });
    expect(withArrivals(buildUp, new Map())).toBe(buildUp);
  });
});

describe('the uncertainty view with a timeline', () => {
  it("says the chance of being covered by the timeline's cursor", () => {
    const state = { request: 1, inputs: null, simulation: simulate(buildUp, { samples: 200, seed: 1 }), sensitivity: null, error: null };
    const text = (day: number): string[] =>
      uncertaintyLines(estimate(buildUp), state, { width: 200, barGlyph: '#', coveredDay: day }).map((line) => line.map((span) => span.text).join(''));
    // Covered from day 61 until the United Kingdom leaves on day 300, then short: never covered to the horizon.
    expect(text(100)).toContain("Covered by day 100 (the timeline's cursor) in 0.0% of samples; never covered within the horizon in 100.0%.");
  });
});
