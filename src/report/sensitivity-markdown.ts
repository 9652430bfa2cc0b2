/**
 * `forcecalc sensitivity --format md`: the inputs, one table per figure with
 * each input's value at its low and high end and the swing, the notes, and
 * the caveat. Names from files are escaped.
 */
import type { Sensitivity } from '../core/analysis/sensitivity.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { markdownTable, markdownText } from './markdown-text.js';
import { formatCount } from './number-format.js';
import {
  figureTornados,
  noUncertaintyText,
  SENSITIVITY_METHOD,
  sensitivityHeading,
  sensitivityInputRows,
  sensitivityNotes,
  sortOrderText,
} from './sensitivity-rows.js';

function tornadoSections(result: Sensitivity): string[] {
  return figureTornados(result).flatMap((tornado) => [
    '',
    `## ${tornado.title}`,
    '',
    `${formatCount(tornado.central)} with every input at its central value.`,
    '',
    ...markdownTable(
      ['Input', 'At low', 'At high', 'Swing', 'Direction'],
      ['left', 'right', 'right', 'right', 'left'],
      tornado.rows.map((row) => [markdownText(row.label), row.atLow, row.atHigh, row.swing, row.opposite ? 'opposite' : 'same']),
    ),
  ]);
}

/** The sensitivity as Markdown, ending in a newline. */
export function formatSensitivityMarkdown(result: Sensitivity): string {
  const heading = sensitivityHeading(result);
  const top = [`# Sensitivity: ${markdownText(heading.title)}`, '', `Scenario ${markdownText(heading.id)}.`, ''];
  if (result.rows.length === 0) return `${[...top, noUncertaintyText(result), '', `_${PLANNING_CAVEAT}_`].join('\n')}\n`;
  const notes = sensitivityNotes(result);
  const lines = [
    ...top,
    `${SENSITIVITY_METHOD} Sorted by swing: ${sortOrderText(result)}.`,
    '',
    '## Inputs',
    '',
    ...markdownTable(
      ['Input', 'Range', 'Central'],
      ['left', 'left', 'left'],
      sensitivityInputRows(result).map((row) => [markdownText(row.label), markdownText(row.range), markdownText(row.central)]),
    ),
    ...tornadoSections(result),
    ...(notes.length === 0 ? [] : ['', '## Notes', '', ...notes.map((note) => `- **${markdownText(note.label)}**: ${markdownText(note.text)}.`)]),
    '',
    `_${PLANNING_CAVEAT}_`,
  ];
  return `${lines.join('\n')}\n`;
}
