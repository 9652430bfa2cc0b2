/**
 * Every CSV that forcecalc prints for the shipped scenarios (estimate,
 * compare, sensitivity, sweep, solve, simulate), made in this process through
 * the library as the commands make them; read by csv-outputs.test.ts and
 * csv-python.test.ts.
 */
import { join } from 'node:path';
import {
  estimate,
  formatComparison,
  formatEstimate,
  formatProblem,
  formatSensitivity,
  formatSimulation,
  formatSolution,
  formatSweep,
  loadScenarioDir,
  point,
  sensitivity,
  simulate,
  solve,
  SOLVE_TARGETS,
  sweep,
  type Scenario,
} from '../../src/index.js';
import { ROOT } from '../cli/run-cli.js';

/** One CSV output: what printed it, and the text. */
export interface CsvOutput {
  readonly name: string;
  readonly text: string;
}

/** Every CSV output of every shipped scenario, made in this process as the commands make them. */
export function shippedCsvOutputs(): CsvOutput[] {
  const { scenarios, problems } = loadScenarioDir(join(ROOT, 'scenarios'));
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  const outputs: CsvOutput[] = [{ name: 'compare (every shipped scenario)', text: formatComparison(scenarios.map((scenario) => estimate(scenario)), 'csv') }];
  for (const scenario of scenarios) outputs.push(...scenarioCsvOutputs(scenario));
  return outputs;
}

function scenarioCsvOutputs(scenario: Scenario): CsvOutput[] {
  const { id } = scenario;
  // A coalition's pledges when the scenario has them, else a named force of 10,000 troops.
  const force = scenario.coalition !== null ? ({ kind: 'coalition' } as const) : ({ kind: 'troops', troops: point(10_000) } as const);
  const solved = SOLVE_TARGETS.flatMap((target) => {
    const result = solve(scenario, target, force);
    return result.ok ? [{ name: `solve ${id} --for ${target}`, text: formatSolution(result.solution, 'csv') }] : [];
  });
  return [
    { name: `estimate ${id}`, text: formatEstimate(estimate(scenario), 'csv') },
    // The density as a range, so that something swings.
    { name: `sensitivity ${id} --set density=2..4`, text: formatSensitivity(sensitivity(scenario, { overrides: { density: { min: 2, max: 4 } } }), 'csv') },
    { name: `sweep ${id} --vary density=3..30:4`, text: formatSweep(sweep(scenario, [{ factor: 'density', from: 3, to: 30, steps: 4 }]), 'csv') },
    {
      name: `sweep ${id} --vary density=3..12:3 --vary rotation=1..3:3`,
      text: formatSweep(sweep(scenario, [{ factor: 'density', from: 3, to: 12, steps: 3 }, { factor: 'rotation', from: 1, to: 3, steps: 3 }]), 'csv'),
    },
    ...solved,
    {
      name: `simulate ${id} --set "density=pert(2, 3, 12) / km" --samples 2000`,
      text: formatSimulation(simulate(scenario, { overrides: { density: { min: 2, max: 12, distribution: { kind: 'pert', low: 2, mode: 3, high: 12 } } }, samples: 2_000 }), 'csv'),
    },
  ];
}

