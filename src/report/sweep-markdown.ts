/**
 * `forcecalc sweep --format md`: the data table as Markdown, one table for
 * one axis, one grid per figure for two, then the factors held fixed.
 */
import type { Sweep } from '../core/analysis/sweep.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { markdownTable, markdownText } from './markdown-text.js';
import { axisSpanText, axisTitle, axisValueText, cellText, gridRows, heldFactorTexts, sweepFigures, sweepHeading } from './sweep-rows.js';

function tables(sweep: Sweep): string[] {
  const [rows, columns] = sweep.axes;
  if (rows === undefined) return [];
  const figures = sweepFigures(sweep);
  if (columns === undefined) {
    return markdownTable(
      [axisTitle(rows.factor), ...figures.map((figure) => figure.label)],
      ['right', ...figures.map((): 'right' => 'right')],
      sweep.cells.map((cell) => [axisValueText(rows.factor, cell.values[0] ?? 0), ...figures.map((figure) => cellText(cell, figure.figure))]),
    );
  }
  return figures.flatMap((figure, index) => [
    ...(index === 0 ? [] : ['']),
    `## ${figure.label}`,
    '',
    `Rows: ${axisTitle(rows.factor).toLowerCase()}; columns: ${axisTitle(columns.factor).toLowerCase()}.`,
    '',
    ...markdownTable(
      [`${axisTitle(rows.factor)} \\ ${axisTitle(columns.factor)}`, ...columns.values.map((value) => axisValueText(columns.factor, value))],
      ['right', ...columns.values.map((): 'right' => 'right')],
      gridRows(sweep, figure.figure),
    ),
  ]);
}

/** The sweep as Markdown, ending in a newline. */
export function formatSweepMarkdown(sweep: Sweep): string {
  const heading = sweepHeading(sweep);
  const spans = sweep.axes.map((_, index) => axisSpanText(sweep, index));
  const lines = [
    `# Sweep: ${markdownText(heading.title)}`,
    '',
    `Scenario ${markdownText(heading.id)}. Varied: ${spans.join('; ')}. Each cell is the estimate with ${spans.length === 1 ? 'that value' : 'those values'} set; sectors and pledges as in the scenario.`,
    '',
    ...tables(sweep),
    '',
    '## Held',
    '',
    ...heldFactorTexts(sweep).map((text) => `- ${markdownText(text)}`),
    '',
    `_${PLANNING_CAVEAT}_`,
  ];
  return `${lines.join('\n')}\n`;
}
