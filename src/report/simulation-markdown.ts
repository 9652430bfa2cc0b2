/**
 * The simulation as a briefing-ready Markdown document: the figures with
 * their percentiles, the chance that the pledges suffice, the brigades
 * histogram as a table, the inputs drawn, the assumptions behind them (as in
 * the estimate), the notes on shared inputs, how to read it all, and the
 * caveat.
 */
import { DEFAULT_SEED } from '../core/simulation/random-streams.js';
import type { Simulation } from '../core/simulation/simulate.js';
import { assumptionItems, sourceItems } from './estimate-markdown.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { markdownTable, markdownText } from './markdown-text.js';
import { formatCount } from './number-format.js';
import { brigadeHistogram, howToRead, inputRows, percentText, seedText, simulationFigureRows, simulationNotes } from './simulation-rows.js';

/** The simulation as Markdown, ending in a newline. */
export function formatSimulationMarkdown(result: Simulation): string {
  const figures = simulationFigureRows(result).map((row) => [row.label, row.p5, row.p50, row.p95, row.mean, row.min, row.max]);
  const histogram = brigadeHistogram(result).map((row) => [row.value, row.share, row.atMost]);
  const inputs = inputRows(result);
  const lines = [
    `# ${markdownText(result.scenario.title)}: how sure is the number`,
    '',
    `Scenario ${markdownText(result.scenario.id)}: ${formatCount(result.samples)} samples, ${seedText(result, DEFAULT_SEED)}.`,
    '',
    '## Figures',
    '',
    ...markdownTable(['Figure', 'p5', 'p50', 'p95', 'Mean', 'Min', 'Max'], ['left', 'right', 'right', 'right', 'right', 'right', 'right'], figures),
    '',
    result.pledgesSuffice === null
      ? 'No coalition: the scenario names no contributors.'
      : `**Pledges suffice in ${percentText(result.pledgesSuffice)} of samples** (pledged troops at least the deployed troops).`,
    '',
    '## Brigades needed',
    '',
    ...markdownTable(['Brigades', 'Share of samples', 'At most this many'], ['right', 'right', 'right'], histogram),
    '',
    '## Uncertain inputs',
    '',
    ...(inputs.length === 0
      ? ['None: every input is a single value.']
      : inputs.map((row) => `- **${markdownText(row.label)}**: ${markdownText(row.distribution)}`)),
    '',
    ...simulationNotes(result).map((note) => `- ${markdownText(note)}`),
    '',
    '## Assumptions',
    '',
    ...assumptionItems(result.estimate),
    '',
    '## Sources',
    '',
    ...sourceItems(result.estimate),
    '',
    '## How to read this',
    '',
    ...howToRead(result).map((line) => `- ${markdownText(line)}`),
    '',
    `_${PLANNING_CAVEAT}_`,
  ];
  return `${lines.join('\n')}\n`;
}
