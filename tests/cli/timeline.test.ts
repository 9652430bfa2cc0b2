// `forcecalc timeline`, run in-process (run-cli.ts) in tests/fixtures/cli. time/build-up.yaml: a
// 1,000 km line at 3 /km (3,000 troops); France 1,500 arriving on day 10..30, the United Kingdom
// 2,000 from 1 August (day 61) to day 300, Poland 1,500..2,500 from day 280 in three-month tours.
import { describe, expect, it } from 'vitest';
import { linesOf, runCli } from './run-cli.js';

const BUILD_UP = 'time/build-up.yaml';

interface TimelineJson {
  scenario: { id: string; title: string };
  deployedTroops: { min: number; max: number };
  start: string | null;
  horizonDays: number;
  timeline: { day: number; date: string | null; pledgedTroops: { min: number; max: number }; shortfallTroops: { min: number; max: number } }[];
  coveredFromDay: { min: number | null; max: number | null };
  contributors: { country: string; arrivesDay: { min: number; max: number }; leavesDay: { min: number; max: number } | null; contingents: { min: number; max: number } | null }[];
}

function json(args: readonly string[]): TimelineJson {
  const run = runCli(['timeline', ...args, '--format', 'json']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return JSON.parse(run.stdout) as TimelineJson;
}

describe('forcecalc timeline', () => {
  it('prints the steps, the day the line is covered from and each contributor, in JSON', () => {
    const result = json([BUILD_UP]);
    expect(Object.keys(result)).toEqual(['scenario', 'deployedTroops', 'start', 'horizonDays', 'timeline', 'coveredFromDay', 'contributors']);
    expect(result).toMatchObject({ deployedTroops: { min: 3_000, max: 3_000 }, start: '2026-06-01', horizonDays: 365 });
    expect(result.timeline.map((step) => [step.day, step.date, step.pledgedTroops.min, step.pledgedTroops.max, step.shortfallTroops.min, step.shortfallTroops.max])).toEqual([
      [0, '2026-06-01', 0, 0, 3_000, 3_000],
      // France possibly there from day 10, surely from day 30.
      [10, '2026-06-11', 0, 1_500, 1_500, 3_000],
      [30, '2026-07-01', 1_500, 1_500, 1_500, 1_500],
      // 1 August is day 61: 30 days of June and 31 of July.
      [61, '2026-08-01', 3_500, 3_500, 0, 0],
      [280, '2027-03-08', 5_000, 6_000, 0, 0],
      [300, '2027-03-28', 3_000, 4_000, 0, 0],
    ]);
    expect(result.coveredFromDay).toEqual({ min: 61, max: 61 });
    // Poland's tours of 3 months (91.3125 days) over days 280..365: one contingent.
    expect(result.contributors.map((contributor) => [contributor.country, contributor.contingents])).toEqual([
      ['France', null],
      ['United Kingdom', null],
      ['Poland', { min: 1, max: 1 }],
    ]);
  });

  it('says "never" where the pledges do not cover the line within the horizon', () => {
    const result = json(['time/never.yaml']);
    expect(result.coveredFromDay).toEqual({ min: null, max: null });
    // B arrives on day 120, after the 90-day horizon: no step for it.
    expect(result.timeline.map((step) => step.day)).toEqual([0]);
    const table = runCli(['timeline', 'time/never.yaml']);
    expect(linesOf(table.stdout).slice(4, 6)).toEqual(['Can cover      never within the horizon (90 days)', 'Surely covers  never within the horizon (90 days)']);
  });

  it('follows --set: at 4 /km the line needs 4,000, can be covered once Poland is there, and never surely', () => {
    const result = json([BUILD_UP, '--set', 'density=4/km']);
    expect(result.deployedTroops).toEqual({ min: 4_000, max: 4_000 });
    // From day 300, without the United Kingdom, 3,000..4,000 may fall short of 4,000.
    expect(result.coveredFromDay).toEqual({ min: 280, max: null });
  });

  it('prints a record per step in CSV, numbers exact', () => {
    const run = runCli(['timeline', BUILD_UP, '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\r\n')).toEqual([
      'scenario,day,date,pledgedTroopsMin,pledgedTroopsMax,shortfallTroopsMin,shortfallTroopsMax',
      'build-up,0,2026-06-01,0,0,3000,3000',
      'build-up,10,2026-06-11,0,1500,1500,3000',
      'build-up,30,2026-07-01,1500,1500,1500,1500',
      'build-up,61,2026-08-01,3500,3500,0,0',
      'build-up,280,2027-03-08,5000,6000,0,0',
      'build-up,300,2027-03-28,3000,4000,0,0',
      '',
    ]);
  });

  it('draws the chart and the steps in a terminal and in Markdown (goldens)', async () => {
    await expect(runCli(['timeline', BUILD_UP]).stdout).toMatchFileSnapshot('goldens/timeline-build-up.txt');
    await expect(runCli(['timeline', BUILD_UP, '--format', 'md']).stdout).toMatchFileSnapshot('goldens/timeline-build-up.md');
  });

  it('has simulate say from what day the samples are covered, and the share covered by each step day', () => {
    // At 4 /km (4,000 needed) France's 1,500 and the United Kingdom's 2,000 fall short; with Poland's 1,500..2,500
    // from day 280 they suffice, until the United Kingdom leaves on day 300: 3,000..4,000, enough only where
    // Poland's draw is 2,500, so most samples are never covered to the horizon.
    const run = runCli(['simulate', BUILD_UP, '--samples', '2000', '--set', 'density=4/km', '--format', 'json']);
    const result = JSON.parse(run.stdout) as { neverCovered: number; coveredBy: { day: number; probability: number }[] };
    expect(result.neverCovered).toBeGreaterThan(0.99);
    expect(result.coveredBy.map((step) => step.day)).toEqual([0, 10, 30, 61, 280, 300]);
    const table = runCli(['simulate', BUILD_UP, '--samples', '2000']);
    const section = linesOf(table.stdout).slice(linesOf(table.stdout).indexOf('Covered from'));
    expect(section.slice(0, 4)).toEqual([
      'Covered from',
      'Of the samples covered within the horizon, half are covered by day 61 and 95% by',
      'day 61; 0.0% of samples are never covered. A sample is covered from the first',
      'day after which its shortfall stays 0 to the horizon.',
    ]);
    expect(section.slice(9, 11)).toEqual(['    30  2026-07-01                                               0.0%', '    61  2026-08-01  ########################################   100.0%']);
  });

  it('has check compare coveredFromDay with expect:', () => {
    // time/build-up.yaml expects coveredFromDay: 61.
    expect(runCli(['check', BUILD_UP])).toMatchObject({ status: 0, stdout: 'PASS build-up (1 expectation)\n1 passed, 0 failed, 0 without expect:\n' });
  });

  it('refuses a scenario without a coalition (exit 1), and a missing scenario is bad usage (exit 2)', () => {
    expect(runCli(['timeline', 'one-line'])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'forcecalc timeline: scenario "one-line" has no coalition: nothing arrives or leaves (add coalition: with arrives: and leaves:)\n',
    });
    expect(runCli(['timeline']).status).toBe(2);
  });
});
