/**
 * forcecalc as a library: the same functions the command line and the
 * interactive UI use, so a script gets the very numbers the screen shows.
 *
 * @example
 * ```ts
 * import { loadScenarioFile, estimate, formatEstimate } from 'forcecalc';
 *
 * const loaded = loadScenarioFile('scenarios/ceasefire-line.yaml');
 * if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
 * const result = estimate(loaded.scenario, { overrides: { density: { min: 5, max: 5 } } });
 * result.figures.brigades;              // { min: 2, max: 3 }: every figure is an interval
 * process.stdout.write(formatEstimate(result, 'md'));
 * ```
 *
 * - The core (`estimate`, `checkExpectations`, intervals, the factor and figure
 *   definitions with their sources): pure, no I/O.
 * - The scenario loader (`loadScenarioFile`, `loadScenarioDir`,
 *   `parseFactorAssignment`, `formatProblem`): reads and validates YAML into
 *   core types; it never throws on bad input, it returns problems with a place.
 * - The printers (`formatEstimate`, `formatComparison`, `estimateToJson`, the
 *   number formatters): text from an Estimate, as `forcecalc estimate` and
 *   `forcecalc compare` print it.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './scenarios/index.js';
export * from './report/index.js';
// Explicit, so the library names them whatever the loader's index re-exports.
export { formatProblem, type Problem } from './scenarios/problem.js';
