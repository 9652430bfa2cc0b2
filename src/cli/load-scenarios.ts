/**
 * Scenarios named on the command line (ids or paths) or a whole folder, with
 * every problem of every file collected, so one run reports them all.
 */
import type { Scenario } from '../core/scenario.js';
import { loadScenarioDir, loadScenarioFile, resolveScenarioRef } from '../scenarios/index.js';
import type { Problem } from '../scenarios/problem.js';

/** The scenarios that loaded, and the problems of those that did not. */
export interface LoadedScenarios {
  readonly scenarios: readonly Scenario[];
  readonly problems: readonly Problem[];
}

/** Each ref (an id in `dir`, or a path) loaded in the order given. */
export function loadScenarioRefs(refs: readonly string[], dir: string): LoadedScenarios {
  const scenarios: Scenario[] = [];
  const problems: Problem[] = [];
  for (const ref of refs) {
    const result = loadScenarioFile(resolveScenarioRef(ref, dir));
    if (result.ok) scenarios.push(result.scenario);
    // One at a time: a file may hold 260,000 problems, past what push(...list) can take as arguments.
    else for (const problem of result.problems) problems.push(problem);
  }
  return { scenarios, problems };
}

/** Every scenario of `dir` (a missing folder is a problem). */
export function loadScenarioFolder(dir: string): LoadedScenarios {
  return loadScenarioDir(dir);
}
