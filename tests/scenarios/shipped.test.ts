// Every shipped scenario is part of the suite: it loads without a problem, says
// where its figures come from, and yields what its `expect:` block states.
// Dropping a file into scenarios/ adds it here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkExpectations, estimate, type ExpectationResult, type Interval } from '../../src/core/index.js';
import { loadScenarioDir, loadScenarioFile } from '../../src/scenarios/index.js';
import { formatProblem } from '../../src/scenarios/problem.js';

const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(SCENARIOS_DIR).filter((name) => name.endsWith('.yaml')).sort();
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const showInterval = (value: Interval): string => (value.min === value.max ? `${value.min}` : `${value.min}..${value.max}`);

/** A failed expectation as a line of the failure message. */
function describeMismatch(result: ExpectationResult): string {
  const actual = result.actual === null ? 'no such figure (no coalition?)' : showInterval(result.actual);
  return `${result.figure}: expected ${showInterval(result.expected)}, got ${actual}`;
}

describe('shipped scenarios', () => {
  it('are there: at least the nine of the first release', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(9);
  });

  it('load together as a folder without problems', () => {
    const { scenarios, problems } = loadScenarioDir(SCENARIOS_DIR);
    expect(problems.map(formatProblem)).toEqual([]);
    // Both sorted as ids: as file names, `a-drawn.yaml` sorts before `a.yaml`, as ids after `a`.
    expect(scenarios.map((scenario) => scenario.id).sort()).toEqual(FILES.map((name) => name.replace(/\.yaml$/, '')).sort());
  });

  describe.each(FILES)('%s', (file) => {
    const loaded = loadScenarioFile(join(SCENARIOS_DIR, file));

    it('loads without problems, its id the kebab-case file name', () => {
      expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([]);
      if (!loaded.ok) return;
      expect(loaded.scenario.id).toBe(file.replace(/\.yaml$/, ''));
      expect(loaded.scenario.id).toMatch(KEBAB_CASE);
    });

    it('has a title, a description, at least one source and a non-empty expect block', () => {
      if (!loaded.ok) return expect.fail('does not load');
      const { title, description, sources, expect: expectations } = loaded.scenario;
      expect(title.trim()).not.toBe('');
      expect(description.trim()).not.toBe('');
      expect(sources.length).toBeGreaterThan(0);
      expect(expectations.length).toBeGreaterThan(0);
    });

    it('yields every figure its expect block states', () => {
      if (!loaded.ok) return expect.fail('does not load');
      const results = checkExpectations(estimate(loaded.scenario), loaded.scenario.expect);
      expect(results.filter((result) => !result.pass).map(describeMismatch)).toEqual([]);
    });
  });
});
