// Every human-readable report in full, in the table format at two widths and as Markdown, pinned
// in files under documents/ (`vitest -u` rewrites them; review the diff). The numbers come from
// the core (tested in tests/core); these pin how the one document of each report reads.
import { describe, expect, it } from 'vitest';
import { estimate, interval } from '../../src/core/index.js';
import { sensitivity } from '../../src/core/analysis/sensitivity.js';
import { solve, type SolveForce, type SolveTarget } from '../../src/core/analysis/solve.js';
import { sweep } from '../../src/core/analysis/sweep.js';
import { simulate } from '../../src/core/simulation/simulate.js';
import { formatComparison, formatEstimate } from '../../src/report/index.js';
import { formatSensitivity } from '../../src/report/sensitivity-report.js';
import { formatSimulation } from '../../src/report/simulation-report.js';
import { formatSolution } from '../../src/report/solve-report.js';
import { formatSweep } from '../../src/report/sweep-report.js';
import { pledgeBrigades, scenario, sector, twoSectorEstimate } from './scenario-builder.js';

/** Six uncertain inputs: density, rotation and air cover ranges, a border's length, a pledge, the default brigade size. */
const UNCERTAIN = scenario({
  id: 'uncertain',
  title: 'Two sectors and a border, uncertain',
  factors: { density: interval(2, 4), rotation: interval(2, 3), airCoverPerBrigade: interval(1, 2) },
  sectors: [sector('Line of contact', 1_000), sector('Hot spot', 200, 20), { name: 'Border', lengthKm: interval(500, 800) }],
  coalition: [pledgeBrigades('France', 1), { country: 'United Kingdom', pledge: { kind: 'troops', troops: interval(2_000, 5_000) } }],
  sources: ['Built for the tests'],
});
/** One line and nothing uncertain but the default brigade size, no coalition. */
const ONE_LINE = scenario();

function solution(target: SolveTarget, force: SolveForce) {
  const solved = solve(UNCERTAIN, target, force);
  if (!solved.ok) throw new Error('the scenario has a coalition');
  return solved.solution;
}

type Printer = (format: 'table' | 'md', width?: number) => string;

/** The northern border's two sectors at 3 /km: rows of 3,253 and 5,923 troops, 9,175 in all (9,174.72 rounded up once). */
const ROUNDED_ROWS = scenario({ id: 'rounded-rows', title: 'Rows rounded up one by one', sectors: [sector('Belarus', 1_084.2), sector('Russia', 1_974.04)] });

const REPORTS: readonly [string, Printer][] = [
  ['estimate', (format, width) => formatEstimate(twoSectorEstimate(), format, { width })],
  ['estimate-rounded-rows', (format, width) => formatEstimate(estimate(ROUNDED_ROWS), format, { width })],
  ['estimate-uncertain', (format, width) => formatEstimate(estimate(UNCERTAIN), format, { width })],
  ['compare', (format, width) => formatComparison([twoSectorEstimate(), estimate(UNCERTAIN), estimate(ROUNDED_ROWS)], format, { width })],
  ['sensitivity', (format, width) => formatSensitivity(sensitivity(UNCERTAIN), format, { width })],
  ['sensitivity-none', (format, width) => formatSensitivity(sensitivity(scenario({ factors: { brigadeSize: interval(4_000, 4_000) } })), format, { width })],
  ['sweep-one-axis', (format, width) => formatSweep(sweep(UNCERTAIN, [{ factor: 'rotation', from: 1, to: 3, steps: 3 }]), format, { width })],
  [
    'sweep-two-axes',
    (format, width) =>
      formatSweep(sweep(UNCERTAIN, [{ factor: 'density', from: 2, to: 4, steps: 2 }, { factor: 'brigadeSize', from: 3_000, to: 5_000, steps: 3 }]), format, { width }),
  ],
  ['solve-brigades', (format, width) => formatSolution(solution('brigades', { kind: 'coalition' }), format, { width })],
  ['solve-coverage', (format, width) => formatSolution(solution('coverage', { kind: 'troops', troops: interval(20_000, 30_000) }), format, { width })],
  ['simulate', (format, width) => formatSimulation(simulate(UNCERTAIN, { samples: 2_000, seed: 7 }), format, { width })],
  ['simulate-one-line', (format, width) => formatSimulation(simulate(ONE_LINE, { samples: 500, seed: 7 }), format, { width })],
];

describe.each(REPORTS)('the %s report', (name, print) => {
  it.each([80, 50])('reads as pinned at %i columns', async (width) => {
    await expect(print('table', width)).toMatchFileSnapshot(`documents/${name}.${width}.txt`);
  });

  it('reads as pinned in Markdown', async () => {
    await expect(print('md')).toMatchFileSnapshot(`documents/${name}.md`);
  });
});
