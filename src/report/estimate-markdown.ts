/**
 * The estimate as a briefing-ready Markdown document: title, figures, sectors,
 * coalition, then the assumptions and sources under them and a caveat that
 * these are planning factors, not predictions.
 */
import type { Estimate } from '../core/estimate.js';
import {
  assumptionRows,
  coalitionFigureRows,
  contributorRows,
  coreFigureRows,
  nextBrigadeRows,
  PLANNING_CAVEAT,
  scenarioHeading,
  sectorRows,
  sourceLines,
  type FigureRow,
} from './estimate-rows.js';
import { markdownTable, markdownText } from './markdown-text.js';

function figureTable(title: string, rows: readonly FigureRow[]): string[] {
  return markdownTable([title, 'Value', 'Unit'], ['left', 'right', 'left'], rows.map((row) => [row.label, row.value, row.unit]));
}

function coalitionSection(result: Estimate): string[] {
  if (result.coalition === null) return ['No coalition: the scenario names no contributors.'];
  const contributors = contributorRows(result).map((row) => [markdownText(row.country), row.pledge, row.troops]);
  return [
    ...markdownTable(['Contributor', 'Pledge', 'Troops'], ['left', 'left', 'right'], contributors),
    '',
    ...figureTable('Coalition', coalitionFigureRows(result)),
  ];
}

/** The assumptions as Markdown list items, each with where it came from (and a default's source); the simulation briefing lists them too. */
export function assumptionItems(result: Estimate): string[] {
  return assumptionRows(result).map((row) =>
    row.source === null
      ? `- **${row.label}**: ${markdownText(row.value)}, from ${markdownText(row.origin)}`
      : `- **${row.label}**: ${markdownText(row.value)}, ${markdownText(row.origin)}. Source: ${markdownText(row.source)}`,
  );
}

/** The scenario's sources as Markdown list items, or a line saying there are none. */
export function sourceItems(result: Estimate): string[] {
  const sources = sourceLines(result);
  return sources.length === 0 ? ['None given in the scenario.'] : sources.map((source) => `- ${markdownText(source)}`);
}

/** The estimate as Markdown, ending in a newline. */
export function formatEstimateMarkdown(result: Estimate): string {
  const heading = scenarioHeading(result);
  const sectors = sectorRows(result).map((row) => [markdownText(row.name), row.lengthKm, row.density, row.troops]);
  const lines = [
    `# ${markdownText(heading.title)}`,
    '',
    `Scenario ${markdownText(heading.id)}.`,
    '',
    '## Figures',
    '',
    ...figureTable('Figure', coreFigureRows(result)),
    '',
    ...markdownTable(
      ['Before one more brigade', 'Brigades', 'At line density', 'Line can grow by'],
      ['left', 'right', 'right', 'right'],
      nextBrigadeRows(result).map((row) => [row.bound, row.brigades, row.density, row.growthKm]),
    ),
    '',
    '## Sectors',
    '',
    ...markdownTable(['Sector', 'Length (km)', 'Density (/km)', 'Troops'], ['left', 'right', 'right', 'right'], sectors),
    '',
    '## Coalition',
    '',
    ...coalitionSection(result),
    '',
    '## Assumptions',
    '',
    ...assumptionItems(result),
    '',
    '## Sources',
    '',
    ...sourceItems(result),
    '',
    `_${PLANNING_CAVEAT}_`,
  ];
  return `${lines.join('\n')}\n`;
}
