/**
 * `forcecalc solve` as a plain-text report: the question, the force it starts
 * from, the answer, how it is computed and the scenario figure beside it,
 * then the assumptions. At most `width` columns; long lines wrap under their
 * label.
 */
import type { Solution } from '../core/analysis/solve.js';
import { assumptionRows, PLANNING_CAVEAT } from './estimate-rows.js';
import { ROTATION_NOTE } from './solve-notes.js';
import { solveHeading, solveLines } from './solve-rows.js';
import { joinLines, pad, textWidth, truncate, wrap } from '../text/text-width.js';

/** How the solve report is laid out. */
export interface SolveTableOptions {
  /** The widest line, in columns. @default 80 */
  readonly width?: number;
}

/** The answer as an aligned text report of at most `width` columns (80 by default). */
export function formatSolveTable(solution: Solution, options: SolveTableOptions = {}): string {
  const width = options.width ?? 80;
  const heading = solveHeading(solution);
  const lines = solveLines(solution);
  const labelWidth = Math.max(...lines.map((line) => textWidth(line.label))) + 2;
  const indent = ' '.repeat(labelWidth);
  const body = lines.flatMap((line) =>
    wrap(line.text, width - labelWidth).map((text, index) => (index === 0 ? pad(line.label, labelWidth, 'left') : indent) + text),
  );
  const assumptions = assumptionRows(solution.estimate).map((row) => `${row.label} ${row.value}, from ${row.origin}`);
  return joinLines([
    truncate(`Solve for ${solution.target}: ${heading.title}`, width),
    truncate(`scenario ${heading.id}`, width),
    '',
    ...body,
    '',
    'Assumptions',
    ...assumptions.flatMap((text) => wrap(text, width - 4).map((line, index) => (index === 0 ? `  - ${line}` : `    ${line}`))),
    '',
    ...wrap(ROTATION_NOTE, width),
    ...wrap(PLANNING_CAVEAT, width),
  ]);
}
