/**
 * `forcecalc solve --format md`: the question, the force, the answer and how
 * it is computed as a list, then the assumptions and the caveats.
 */
import type { Solution } from '../core/analysis/solve.js';
import { assumptionRows, PLANNING_CAVEAT } from './estimate-rows.js';
import { markdownText } from './markdown-text.js';
import { ROTATION_NOTE } from './solve-notes.js';
import { solveHeading, solveLines } from './solve-rows.js';

/** The answer as Markdown, ending in a newline. */
export function formatSolveMarkdown(solution: Solution): string {
  const heading = solveHeading(solution);
  const items = solveLines(solution).map((line) =>
    line.label === '' ? `  - ${markdownText(line.text)}` : `- **${line.label}**: ${markdownText(line.text)}`,
  );
  const lines = [
    `# Solve for ${solution.target}: ${markdownText(heading.title)}`,
    '',
    `Scenario ${markdownText(heading.id)}.`,
    '',
    ...items,
    '',
    '## Assumptions',
    '',
    ...assumptionRows(solution.estimate).map((row) => `- **${row.label}**: ${row.value}, from ${markdownText(row.origin)}`),
    '',
    ROTATION_NOTE,
    '',
    `_${PLANNING_CAVEAT}_`,
  ];
  return `${lines.join('\n')}\n`;
}
