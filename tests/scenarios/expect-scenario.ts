import { expect } from 'vitest';
import type { Scenario } from '../../src/core/index.js';
import { formatProblem, parseScenarioText, type LoadResult } from '../../src/scenarios/index.js';

/** The file name problems carry in these tests; messages below omit it. */
export const FILE = 'x.yaml';

/** Joins lines into a YAML document, so a test's line numbers are visible in its source. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The smallest valid scenario, four lines long: what most tests add to. */
export const MINIMAL = ['title: T', 'sectors:', '  - name: A', '    length: 100 km'];

export function load(text: string): LoadResult {
  return parseScenarioText(text, { file: FILE, id: 'x' });
}

/** Asserts that `text` loads and the scenario matches `partial`. */
export function expectScenario(text: string, partial: Partial<Scenario>): Scenario {
  const result = load(text);
  if (!result.ok) expect.fail(`expected a scenario, got problems:\n${result.problems.map(formatProblem).join('\n')}`);
  expect(result.scenario).toMatchObject(partial);
  return result.scenario;
}

/** The formatted problems of `text`, without the `x.yaml:` prefix (a whole-file problem keeps its `: `). */
export function problemsOf(text: string): string[] {
  const result = load(text);
  if (result.ok) return [];
  return result.problems.map((problem) => formatProblem(problem).slice(FILE.length + (problem.line > 0 ? 1 : 0)));
}

/** Asserts that `text` fails with exactly these problems, e.g. `'5:13 sectors[0].length: expected ..., got "3 kg"'`. */
export function expectProblems(text: string, ...messages: string[]): void {
  const result = load(text);
  expect(result.ok, 'expected problems, got a scenario').toBe(false);
  expect(problemsOf(text)).toEqual(messages);
}

/** Asserts that `text` fails with this problem among others. */
export function expectProblem(text: string, message: string): void {
  const problems = problemsOf(text);
  expect(problems, `the problems were:\n${problems.join('\n')}\n`).toContain(message);
}

/**
 * The scenario without the places its drawn lines were read from: what a
 * scenario means, for comparing one loaded from another text (a saved copy
 * puts the same line on another row).
 */
export function withoutPlaces(scenario: Scenario): Scenario {
  return {
    ...scenario,
    sectors: scenario.sectors.map((sector) => {
      if (sector.geometry === undefined) return sector;
      const { place: _place, ...geometry } = sector.geometry;
      return { ...sector, geometry };
    }),
  };
}
