import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkExpectations, estimate } from '../../src/core/index.js';
import { formatProblem, loadScenarioFile } from '../../src/scenarios/index.js';

// A regression test is one dropped-in file: tests/fixtures/invalid/NAME.yaml with NAME.expected beside it,
// holding the exact messages, one a line, with the path as this test passes it.

const INVALID = 'tests/fixtures/invalid';
const VALID = 'tests/fixtures/valid';

const invalidFiles = readdirSync(INVALID).filter((name) => name.endsWith('.yaml'));
const validFiles = readdirSync(VALID).filter((name) => /\.(ya?ml|json)$/.test(name));

describe('invalid scenarios: each file gives exactly its expected messages', () => {
  test('the folder holds at least 15 cases, each with its .expected file', () => {
    expect(invalidFiles.length).toBeGreaterThanOrEqual(15);
    const expectedFiles = readdirSync(INVALID).filter((name) => name.endsWith('.expected'));
    expect(expectedFiles.map((name) => name.replace(/\.expected$/, '.yaml')).sort()).toEqual([...invalidFiles].sort());
  });

  test.each(invalidFiles)('%s', (name) => {
    const path = join(INVALID, name);
    const expected = readFileSync(path.replace(/\.yaml$/, '.expected'), 'utf8').split('\n').filter((line) => line !== '');
    const result = loadScenarioFile(path);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(expected);
  });
});

describe('valid scenarios load, and their expect: blocks hold', () => {
  test.each(validFiles)('%s', (name) => {
    const result = loadScenarioFile(join(VALID, name));
    if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
    expect(result.scenario.expect.length).toBeGreaterThan(0);
    const failed = checkExpectations(estimate(result.scenario), result.scenario.expect).filter((check) => !check.pass);
    expect(failed).toEqual([]);
  });

  test('every quantity form reads to the value worked out by hand', () => {
    const result = loadScenarioFile(join(VALID, 'every-quantity-form.yaml'));
    if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
    const lengths = result.scenario.sectors.map((sector) => [sector.lengthKm.min, sector.lengthKm.max]);
    expect(lengths).toEqual([
      [1200, 1200],
      [1200, 1200],
      [1207.008, 1207.008],
      [185.2, 185.2],
      [1.5, 1.5],
      [1200, 1300],
      [1200, 1300],
      [100, 120],
    ]);
    expect(result.scenario.factors).toMatchObject({
      brigadeSize: { min: 3000, max: 5000 },
      airCoverPerBrigade: { min: 1, max: 1.5 },
      enablerShare: { min: 0.1, max: 0.25 },
      rotation: { min: 3, max: 3 },
    });
    expect(result.scenario.factors.density?.min).toBeCloseTo(3.10686, 5);
  });
});
