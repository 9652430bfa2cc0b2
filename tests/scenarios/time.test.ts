// Time in scenario files: start, horizon, and per contributor arrives, leaves, tour (docs/scenario-files.md, "Time").
import { describe, expect, test } from 'vitest';
import { expectProblems, expectScenario, MINIMAL, problemsOf, yaml } from './expect-scenario.js';

/** A scenario with `top` lines before the sectors and one contributor with `lines` under it. */
function withContributor(top: readonly string[], ...lines: string[]): string {
  return yaml(...top, ...MINIMAL, 'coalition:', '  - country: UK', '    troops: 2,000', ...lines.map((line) => `    ${line}`));
}

const START = ['start: 2026-06-01'];

/** The contributor's schedule as read, each day `[min, max]`. */
function schedule(text: string): Record<string, [number, number]> {
  const scenario = expectScenario(text, {});
  const contributor = scenario.coalition?.[0];
  if (contributor === undefined) expect.fail('no contributor');
  const days: Record<string, [number, number]> = {};
  for (const key of ['arrives', 'leaves', 'tour'] as const) {
    const value = contributor[key];
    if (value !== undefined) days[key] = [value.min, value.max];
  }
  return days;
}

describe('days, weeks, months and years are read as days', () => {
  test.each([
    ['arrives: 10 days', { arrives: [10, 10] }],
    ['arrives: 10', { arrives: [10, 10] }],
    ['arrives: 1 day', { arrives: [1, 1] }],
    ['arrives: 2 weeks', { arrives: [14, 14] }],
    ['arrives: 1 month', { arrives: [30.4375, 30.4375] }],
    ['arrives: 2 months', { arrives: [60.875, 60.875] }],
    ['arrives: 1 year', { arrives: [365.25, 365.25] }],
    ['arrives: 10..20 days', { arrives: [10, 20] }],
    ['arrives: [1 week, 3 weeks]', { arrives: [7, 21] }],
    ['arrives: {min: 1 month, max: 45 days}', { arrives: [30.4375, 45] }],
    ['arrives: 1 week + 3 days', { arrives: [10, 10] }],
    ['tour: 6 months', { tour: [182.625, 182.625] }],
    ['leaves: 1,000 days', { leaves: [1000, 1000] }],
  ] as const)('%s', (line, expected) => {
    expect(schedule(withContributor([], line))).toEqual(expected);
  });

  test('a distribution of days keeps its shape, its interval the support', () => {
    const scenario = expectScenario(withContributor([], 'arrives: pert(10, 20, 40 days)'), {});
    expect(scenario.coalition?.[0]?.arrives).toEqual({ min: 10, max: 40, distribution: { kind: 'pert', low: 10, mode: 20, high: 40 } });
  });

  test('nothing given: no schedule, no start, no horizon (the core takes day 0, past the horizon, 365 days)', () => {
    const scenario = expectScenario(withContributor([]), {});
    expect(scenario.coalition?.[0]).toEqual({ country: 'UK', pledge: { kind: 'troops', troops: { min: 2000, max: 2000 } } });
    expect(scenario).not.toHaveProperty('start');
    expect(scenario).not.toHaveProperty('horizonDays');
  });

  test('start and horizon', () => {
    expectScenario(withContributor(['start: 2026-06-01', 'horizon: 2 years']), { start: '2026-06-01', horizonDays: 730.5 });
    expectScenario(withContributor(['start: 2026-06-01', 'horizon: 2027-06-01']), { horizonDays: 365 });
    expectScenario(withContributor(['horizon: 90']), { horizonDays: 90 });
  });
});

describe('dates are days after start, in UTC calendar days', () => {
  test.each([
    ['arrives: 2026-06-01', { arrives: [0, 0] }],
    ['arrives: 2026-07-01', { arrives: [30, 30] }],
    ['arrives: 2027-06-01', { arrives: [365, 365] }],
    // 2028 is a leap year: February has 29 days.
    ['arrives: 2028-03-01', { arrives: [639, 639] }],
    ['arrives: 2026-07-01..2026-08-15', { arrives: [30, 75] }],
    ['arrives: [2026-07-01, 2026-08-15]', { arrives: [30, 75] }],
    ['arrives: {min: 2026-07-01, max: 2026-08-15}', { arrives: [30, 75] }],
    ['arrives: 2026-07-01..90 days', { arrives: [30, 90] }],
    ['arrives: triangular(2026-07-01, 2026-07-15, 2026-08-15)', { arrives: [30, 75] }],
    ['arrives: 2026-07-01 + 2 weeks', { arrives: [44, 44] }],
    // A month is any day of it: alone, from its first day to its last; as a bound, its first or its last.
    ['arrives: 2026-07', { arrives: [30, 60] }],
    ['arrives: 2026-07..2026-09', { arrives: [30, 121] }],
    ['arrives: [2026-07, 2026-09]', { arrives: [30, 121] }],
    ['arrives: 2026-07-15..2026-08', { arrives: [44, 91] }],
  ] as const)('%s', (line, expected) => {
    expect(schedule(withContributor(START, line))).toEqual(expected);
  });

  test('a month that holds the start counts from day 0', () => {
    expect(schedule(withContributor(['start: 2026-06-15'], 'arrives: 2026-06'))).toEqual({ arrives: [0, 15] });
  });

  test('leaves as a date, after an arrival as a date', () => {
    expect(schedule(withContributor(START, 'arrives: 2026-07-01', 'leaves: 2027-01-01'))).toEqual({ arrives: [30, 30], leaves: [214, 214] });
  });
});

describe('mistakes in time are problems with a place', () => {
  test.each([
    [
      'a date without start',
      withContributor([], 'arrives: 2026-07-01'),
      '8:14 coalition[0].arrives: expected a duration such as "30 days" (a date needs start: at the top of the file, the date of day 0; or write days, such as "30 days"), got "2026-07-01"',
    ],
    [
      'a date before start',
      withContributor(START, 'arrives: 2026-05-01'),
      '9:14 coalition[0].arrives: expected a duration such as "30 days" (2026-05-01 is before start, 2026-06-01), got "2026-05-01"',
    ],
    [
      'a month before start',
      withContributor(START, 'arrives: 2026-05'),
      '9:14 coalition[0].arrives: expected a duration such as "30 days" (2026-05 is before start, 2026-06-01), got "2026-05"',
    ],
    [
      'a day that does not exist',
      withContributor(START, 'arrives: 2026-02-30'),
      '9:14 coalition[0].arrives: expected a duration such as "30 days" (2026-02-30 is not a date: write YYYY-MM-DD, such as 2026-07-01), got "2026-02-30"',
    ],
    [
      'a month inside a distribution',
      withContributor(START, 'arrives: pert(2026-07, 2026-08, 2026-09)'),
      '9:14 coalition[0].arrives: expected a duration such as "30 days" (a distribution takes days, not months: write a day such as 2026-07-01), got "pert(2026-07, 2026-08, 2026-09)"',
    ],
    [
      'leaves before arrives',
      withContributor([], 'arrives: 60 days', 'leaves: 30 days'),
      '9:13 coalition[0].leaves: expected a departure after the arrival: every day of leaves after the last day of arrives, day 60, got "30 days"',
    ],
    [
      'leaves that may come before arrives',
      withContributor([], 'arrives: 10..60 days', 'leaves: 30..90 days'),
      '9:13 coalition[0].leaves: expected a departure after the arrival: every day of leaves after the last day of arrives, day 60, got "30..90 days"',
    ],
    [
      'leaves on the day it arrives',
      withContributor(START, 'arrives: 2026-07-01', 'leaves: 2026-07-01'),
      '10:13 coalition[0].leaves: expected a departure after the arrival: every day of leaves after the last day of arrives, day 30, got "2026-07-01"',
    ],
    [
      'leaves at day 0 without arrives',
      withContributor([], 'leaves: 0 days'),
      '8:13 coalition[0].leaves: expected a departure after day 0 (a contributor without arrives: is there from day 0), got "0 days"',
    ],
    ['a tour of zero', withContributor([], 'tour: 0 days'), '8:11 coalition[0].tour: expected a duration of at least 1 day, got "0 days"'],
    ['wrong units', withContributor([], 'arrives: 30 km'), '8:14 coalition[0].arrives: expected a duration such as "30 days", got "30 km"'],
    [
      'a unit in capitals',
      withContributor([], 'arrives: 30 Days'),
      '8:14 coalition[0].arrives: expected a duration such as "30 days" (units are case-sensitive: did you mean days?), got "30 Days"',
    ],
    [
      'an abbreviation mathjs lacks',
      withContributor([], 'tour: 6 mo'),
      '8:11 coalition[0].tour: expected a duration such as "6 months" (did you mean months?), got "6 mo"',
    ],
    ['a negative day', withContributor([], 'arrives: -5 days'), '8:14 coalition[0].arrives: expected a duration of 0 or more, got "-5 days"'],
    [
      'a date for a tour',
      withContributor(START, 'tour: 2026-12-01'),
      '9:11 coalition[0].tour: expected a duration such as "6 months" (a duration, not a date such as 2026-12-01), got "2026-12-01"',
    ],
    ['start that is no date', withContributor(['start: June 2026']), '1:8 start: expected a date such as "2026-06-01" (YYYY-MM-DD, from 1900 to 2199), got "June 2026"'],
    ['start as a month', withContributor(['start: 2026-06']), '1:8 start: expected a date such as "2026-06-01" (YYYY-MM-DD, from 1900 to 2199), got "2026-06"'],
    ['a horizon of zero', withContributor(['horizon: 0 days']), '1:10 horizon: expected a duration of at least 1 day, got "0 days"'],
    ['a horizon range', withContributor(['horizon: 1..2 years']), '1:10 horizon: expected a single duration such as "365 days", not a range, got "1..2 years"'],
    [
      'a horizon past a century',
      withContributor(['horizon: 101 years']),
      '1:10 horizon: expected a duration of at most 36,525 days, got "101 years"',
    ],
  ])('%s', (_, text, message) => {
    expect(problemsOf(text)).toContain(message);
  });

  test('an invalid start says so under a contributor, not that start is missing', () => {
    expectProblems(
      withContributor(['start: 2026-13-01'], 'arrives: 2026-07-01'),
      '1:8 start: expected a date such as "2026-06-01" (YYYY-MM-DD, from 1900 to 2199), got "2026-13-01"',
      '9:14 coalition[0].arrives: expected a duration such as "30 days" (start is not a date: ), got "2026-07-01"',
    );
  });
});

describe('expect: coveredFromDay', () => {
  const withExpect = (value: string): string => withContributor([], 'arrives: 10..20 days', 'expect:', `  coveredFromDay: ${value}`).replace('    expect:', 'expect:').replace('      coveredFromDay', '  coveredFromDay');

  test.each([
    ['61', { min: 61, max: 61 }, { min: 0, max: 0 }],
    ['45..120', { min: 45, max: 120 }, { min: 0, max: 0 }],
    ['45.5..120 days', { min: 45.5, max: 120 }, { min: 1, max: 0 }],
    ['45..never', { min: 45, max: Infinity }, { min: 0, max: 0 }],
    ['never', { min: Infinity, max: Infinity }, { min: 0, max: 0 }],
  ])('reads %s', (value, expected, decimals) => {
    const scenario = expectScenario(withExpect(value), {});
    expect(scenario.expect).toEqual([{ figure: 'coveredFromDay', expected, decimals }]);
  });

  test.each([
    ['soon', 'expect.coveredFromDay: expected a day or a range of days such as 45..120, with never for no day (45..never), got "soon"'],
    ['120..45', 'expect.coveredFromDay: expected a day or a range of days such as 45..120, with never for no day (45..never): the day it can be covered from first, then the day it surely is, got "120..45"'],
    ['never..45', 'expect.coveredFromDay: expected a day or a range of days such as 45..120, with never for no day (45..never): the day it can be covered from first, then the day it surely is, got "never..45"'],
    ['40,000', 'expect.coveredFromDay: expected a day or a range of days such as 45..120, with never for no day (45..never), got "40,000"'],
  ])('refuses %s with its place', (value, message) => {
    expect(problemsOf(withExpect(value)).map((problem) => problem.replace(/^\d+:\d+ /, ''))).toEqual([message]);
  });

  test('needs a coalition', () => {
    expect(problemsOf(yaml(...MINIMAL, 'expect:', '  coveredFromDay: 0')).map((problem) => problem.replace(/^\d+:\d+ /, ''))).toEqual([
      'expect.coveredFromDay: expected a figure this scenario has (coveredFromDay needs a coalition), got "coveredFromDay"',
    ]);
  });
});
