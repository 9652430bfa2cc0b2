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
 * - The analyses (`sensitivity`, `sweep`, `solve`) and their printers
 *   (`formatSensitivity`, `formatSweep`, `formatSolution`): every number from
 *   `estimate`, as `forcecalc sensitivity`, `sweep` and `solve` print them.
 * - Monte Carlo (`simulate`, `formatSimulation`): seeded, reproducible
 *   percentiles of each figure and the chance the pledges suffice, as
 *   `forcecalc simulate` prints them.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
// Text from scenario files made safe for a terminal, a CSV cell or a Markdown table.
export * from './text/sanitize.js';
// The analyses over the estimate (sensitivity, sweep, solve) and the room before one more brigade.
export * from './core/analysis/index.js';
export * from './core/next-brigade.js';
// Monte Carlo over a scenario (`simulate`): seeded streams, samplers, the column kernel, statistics.
export * from './core/simulation/index.js';
export * from './scenarios/index.js';
export * from './report/index.js';
// Explicit, so the library names them whatever the loader's index re-exports.
export { formatProblem, type Problem } from './scenarios/problem.js';
