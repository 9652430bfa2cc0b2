/**
 * A Solution as display text, shared by the table and the Markdown printer:
 * what was solved, from which force, the answer with its unit, how it was
 * computed, and the scenario figure to set beside it.
 */
import type { SolveTarget, Solution } from '../core/analysis/solve.js';
import { sanitizeText } from '../text/sanitize.js';
import { contributorRows } from './estimate-rows.js';
import { formatInterval, formatQuantity, unitFor } from './number-format.js';

/** One labelled line of the answer: "Answer", "1,000..1,666.67 km at 3 /km". */
export interface SolveLine {
  readonly label: string;
  readonly text: string;
}

/** Each target's question, in words. */
export const SOLVE_QUESTIONS: Readonly<Record<SolveTarget, string>> = {
  coverage: "How many km of the scenario's line does the force cover at the line's density?",
  density: "What density does the force give the scenario's line?",
  brigades: 'How many more brigades are still needed?',
};

/** Each target's formula, in words. */
export const SOLVE_FORMULAS: Readonly<Record<SolveTarget, string>> = {
  coverage: 'force troops / line density (the length-weighted mean of the sector densities)',
  density: 'force troops / coverage length',
  brigades: 'round up (shortfall / brigade size): the shortfall of deployed troops (line troops + enablers) in brigades',
};

/** The unit of each target's answer. */
export const SOLVE_UNITS: Readonly<Record<SolveTarget, string>> = { coverage: 'km', density: '/km', brigades: 'brigades' };

/** The answer with its unit: "1,000..1,666.67 km", "2.5..4.17 /km", "0..1 brigades". */
export function answerText(solution: Solution): string {
  const kind = solution.target === 'coverage' ? 'length' : solution.target === 'density' ? 'density' : 'count';
  return `${formatInterval(solution.answer, kind)} ${unitFor(solution.answer, SOLVE_UNITS[solution.target])}`;
}

/** Where the force came from: "the coalition's pledges", "--troops 20,000", "--brigades 4 (of 3,000..5,000 troops)". */
export function forceText(solution: Solution): string {
  const troops = `${formatInterval(solution.forceTroops, 'count')} ${unitFor(solution.forceTroops, 'troops')}`;
  switch (solution.force.kind) {
    case 'coalition':
      return `the coalition's pledges, ${troops} on the ground`;
    case 'troops':
      return `${troops} (--troops)`;
    case 'brigades': {
      const brigades = solution.force.brigades;
      return `${formatQuantity(brigades)} ${unitFor(brigades, 'brigades')} (--brigades) of the scenario's brigade size, ${troops}`;
    }
  }
}

/** The scenario figures to set beside the answer. */
function comparisonLines(solution: Solution): SolveLine[] {
  const { figures } = solution.estimate;
  const coalition = solution.estimate.coalition;
  const line = `${formatInterval(figures.coverageKm, 'length')} km`;
  const lineDensity = `${formatInterval(figures.lineDensity, 'density')} /km`;
  switch (solution.target) {
    case 'coverage':
      return [
        { label: 'At', text: `the line's density, ${lineDensity} (troops / coverage length)` },
        { label: 'Beside', text: `the scenario's line, ${line}` },
      ];
    case 'density':
      return [
        { label: 'On', text: `the scenario's line, ${line}` },
        {
          label: 'Beside',
          text: `the line's density, ${lineDensity} (troops / coverage length); with enablers the scenario needs ${formatInterval(solution.neededDensity, 'density')} /km (deployed troops / line)`,
        },
      ];
    case 'brigades':
      return [
        { label: 'Needed', text: `${formatInterval(figures.deployedTroops, 'count')} deployed troops, ${formatInterval(figures.brigades, 'count')} brigades of line troops` },
        { label: 'Shortfall', text: `${formatInterval(coalition?.figures.shortfallTroops ?? { min: 0, max: 0 }, 'count')} troops` },
      ];
  }
}

/** Each contributor's pledge, under the force: "France: 1 brigade (3,000..5,000 troops)". */
function pledgeLines(solution: Solution): SolveLine[] {
  const contributors = solution.estimate.coalition?.contributors ?? [];
  return contributorRows(solution.estimate).map((row, index) => {
    const inBrigades = (contributors[index]?.pledgedBrigades ?? null) !== null;
    return { label: '', text: `${row.country}: ${row.pledge}${inBrigades ? ` (${row.troops} troops)` : ''}` };
  });
}

/** The answer as labelled lines: question, force, answer, formula, and what to set beside it. */
export function solveLines(solution: Solution): SolveLine[] {
  return [
    { label: 'Question', text: SOLVE_QUESTIONS[solution.target] },
    { label: 'From', text: forceText(solution) },
    ...(solution.force.kind === 'coalition' ? pledgeLines(solution) : []),
    { label: 'Answer', text: answerText(solution) },
    { label: 'How', text: SOLVE_FORMULAS[solution.target] },
    ...comparisonLines(solution),
  ];
}

/** The scenario's title and id, sanitised. */
export function solveHeading(solution: Solution): { title: string; id: string } {
  return { title: sanitizeText(solution.scenario.title), id: sanitizeText(solution.scenario.id) };
}
