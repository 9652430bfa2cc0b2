// The figures that turn troops into km use the line's density (troops / coverage length), in every format:
// the two examples, run as the built executable.
import { describe, expect, it } from 'vitest';
import { linesOf, runCli } from './run-cli.js';

const HOT_SPOT = 'line-density/hot-spot.yaml';
const OWN_DENSITIES = 'line-density/own-densities.yaml';

describe('600 km at 5 /km + a 200 km hot spot at 40 /km: 11,000 troops held at 13.75 /km', () => {
  it('JSON: lineDensity 13.75, a brigade of 4,000 covers 290.91 km, 13,500 pledged cover 981.82 km', () => {
    const run = runCli(['estimate', HOT_SPOT, '--format', 'json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const json = JSON.parse(run.stdout) as Record<string, { min: number; max: number }> & { coalition: Record<string, { min: number; max: number }> };
    expect(json.lineDensity).toEqual({ min: 13.75, max: 13.75 });
    expect(json.brigadeCoverageKm?.min).toBeCloseTo(290.909, 3);
    expect(json.coalition.pledgedCoverageKm?.min).toBeCloseTo(981.818, 3);
    // (3 x 4,000 - 11,000) / 13.75: the line grows at its own density.
    expect(json.nextBrigadeKm?.min).toBeCloseTo(72.727, 3);
  });

  it('the table says the line density and which density the brigades grow at', () => {
    const rows = linesOf(runCli(['estimate', HOT_SPOT]).stdout);
    expect(rows).toContainEqual(expect.stringMatching(/^Line density +13\.75 +\/km$/));
    expect(rows).toContainEqual(expect.stringMatching(/^Brigade coverage +290\.91 +km$/));
    expect(rows).toContainEqual(expect.stringMatching(/^Pledged coverage +981\.82 +km$/));
    expect(rows).toContainEqual(expect.stringMatching(/^Low bound +3 +13\.75 \/km +72\.73 km$/));
  });

  it('CSV and Markdown carry the same figures', () => {
    const csv = runCli(['estimate', HOT_SPOT, '--format', 'csv']).stdout;
    expect(csv).toContain('\r\nhot-spot,lineDensity,13.75,13.75,/km\r\n');
    expect(csv).toMatch(/\r\nhot-spot,brigadeCoverageKm,290\.909\d+,290\.909\d+,km\r\n/);
    const md = runCli(['estimate', HOT_SPOT, '--format', 'md']).stdout;
    expect(md).toContain('\n| Line density | 13.75 | /km |\n');
    expect(md).toContain('\n| Pledged coverage | 981.82 | km |\n');
  });

  it('check accepts lineDensity in an expect: block', () => {
    expect(runCli(['check', HOT_SPOT])).toMatchObject({ status: 0, stdout: expect.stringContaining('PASS hot-spot (4 expectations)') });
  });
});

describe('every sector at its own density: solve --for coverage --troops 10000', () => {
  it('answers at the line density, 15 /km (666.67 km), not at the scenario density no sector uses', () => {
    const run = runCli(['solve', OWN_DENSITIES, '--for', 'coverage', '--troops', '10000']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/\nAnswer +666\.67 km\n/);
    expect(run.stdout).toMatch(/\nAt +the line's density, 15 \/km/);
    expect(run.stdout).not.toContain('scenario density');
    const json = JSON.parse(runCli(['solve', OWN_DENSITIES, '--for', 'coverage', '--troops', '10000', '--format', 'json']).stdout) as {
      answer: { min: number };
      formula: string;
      scenarioFigures: { lineDensity: { min: number } };
    };
    expect(json.answer.min).toBeCloseTo(666.667, 3);
    expect(json.scenarioFigures.lineDensity.min).toBe(15);
    expect(json.formula).toContain('line density');
  });
});
