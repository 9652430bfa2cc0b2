import { describe, expect, it } from 'vitest';
import { checkExpectations, estimate, interval, point, type Expectation } from '../../src/core/index.js';
import { formatCheckReport, type ScenarioCheck } from '../../src/report/check-report.js';
import { pledgeTroops, scenario, sector } from './scenario-builder.js';

function check(expect: Expectation[], fields: Parameters<typeof scenario>[0] = {}): ScenarioCheck {
  const built = scenario({ ...fields, expect });
  return { id: built.id, expectations: expect, results: checkExpectations(estimate(built), expect) };
}

const whole = { min: 0, max: 0 };

describe('formatCheckReport', () => {
  it('prints PASS, FAIL with each mismatch, SKIP, and a summary (golden)', () => {
    // 1,200 km at 3 /km: troops 3,600, brigades 1..2 (docs/model.md).
    const checks = [
      check([{ figure: 'troops', expected: point(3_600), decimals: whole }, { figure: 'brigades', expected: interval(1, 2), decimals: whole }]),
      check(
        [
          { figure: 'troops', expected: point(3_600), decimals: whole },
          { figure: 'brigades', expected: interval(2, 3), decimals: whole },
          { figure: 'coverageKm', expected: point(1_207.008), decimals: { min: 3, max: 3 } },
          { figure: 'shortfallTroops', expected: point(0), decimals: whole },
        ],
        { id: 'wrong' },
      ),
      check([], { id: 'no-expect' }),
    ];
    expect(formatCheckReport(checks)).toBe(`PASS one-line (2 expectations)
FAIL wrong (3 of 4 expectations not met)
  brigades: expected 2..3 brigades, got 1..2 brigades
  coverageKm: expected 1,207.008 km, got 1,200 km
  shortfallTroops: expected 0 troops, got nothing (the scenario has no coalition)
SKIP no-expect: no expect: block
1 passed, 1 failed, 1 without expect:
`);
  });

  it('shows a near miss at the precision the expectation was written with', () => {
    // 750 mi is 1,207.008 km; an expectation of 1,207.01 at three decimals is a miss.
    const near = check([{ figure: 'coverageKm', expected: point(1_207.01), decimals: { min: 3, max: 3 } }], { sectors: [sector('Border', 1_207.008)] });
    expect(formatCheckReport([near])).toContain('  coverageKm: expected 1,207.01 km, got 1,207.008 km\n');
  });

  it('passes a coalition figure that matches', () => {
    const pledged = check([{ figure: 'shortfallTroops', expected: point(600), decimals: whole }], { coalition: [pledgeTroops('Norway', 3_000)] });
    expect(formatCheckReport([pledged])).toBe('PASS one-line (1 expectation)\n1 passed, 0 failed, 0 without expect:\n');
  });

  it('counts the files that did not load, so the summary accounts for every file', () => {
    const passing = check([{ figure: 'troops', expected: point(3_600), decimals: whole }]);
    expect(formatCheckReport([passing], 2)).toBe('PASS one-line (1 expectation)\n1 passed, 0 failed, 0 without expect:, 2 invalid\n');
    expect(formatCheckReport([], 1)).toBe('0 passed, 0 failed, 0 without expect:, 1 invalid\n');
  });
});

describe('formatCheckReport on capabilities', () => {
  it('names a capability figure as expect: does, in packages for air cover and units for the others', () => {
    // 1,200 km at 3 /km: 1..2 brigades, 1..2 packages of air cover; 12 EW teams (1 per 100 km), 4 provided: 8 short.
    const checked = check(
      [
        { figure: 'shortfall', capability: 'Air cover', expected: point(0), decimals: whole },
        { figure: 'shortfall', capability: 'ew team', expected: point(0), decimals: whole },
      ],
      {
        capabilities: [{ name: 'EW team', per: { kind: 'length', km: 100 }, need: point(1), source: null }],
        coalition: [{ ...pledgeTroops('Norway', 3_000), provides: [{ capability: 'EW team', units: point(4) }] }],
      },
    );
    expect(formatCheckReport([checked])).toBe(`FAIL one-line (2 of 2 expectations not met)
  capabilities.Air cover.shortfall: expected 0 packages, got 1..2 packages
  capabilities.ew team.shortfall: expected 0 units, got 8 units
0 passed, 1 failed, 0 without expect:
`);
  });
});

describe('coveredFromDay in check', () => {
  // 1,200 km at 3 /km: 3,600 deployed; A's 2,000 from day 0, B's 2,000 arriving on day 30..60: can be covered from
  // day 30, surely from day 60. Without B, never.
  const coalition = [pledgeTroops('A', 2_000), { ...pledgeTroops('B', 2_000), arrives: interval(30, 60) }];
  const covered = (expected: { min: number; max: number }, decimals = whole, parts = { coalition }): ScenarioCheck =>
    check([{ figure: 'coveredFromDay', expected, decimals }], parts);

  it.each([
    [interval(30, 60), true],
    [interval(30, 61), false],
    [point(30), false],
    [interval(30, Infinity), false],
  ])('expects %j: pass %s', (expected, pass) => {
    expect(covered(expected).results[0]?.pass).toBe(pass);
  });

  it('matches never only to never, and says so in the report', () => {
    const alone = covered(point(Infinity), whole, { coalition: [pledgeTroops('A', 2_000)] });
    expect(alone.results[0]).toMatchObject({ pass: true, actual: { min: Infinity, max: Infinity } });
    const wrong = covered(interval(45, Infinity), whole, { coalition: [pledgeTroops('A', 2_000)] });
    expect(formatCheckReport([wrong])).toBe(
      'FAIL one-line (1 of 1 expectation not met)\n  coveredFromDay: expected 45..never, got never (days; never: not within the horizon)\n0 passed, 1 failed, 0 without expect:\n',
    );
  });
});
