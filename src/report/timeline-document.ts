/**
 * `forcecalc timeline` as one document for the table and the Markdown
 * report: from what day the line is covered, the chart of pledged troops
 * against the need, and the steps (each day where what is on the ground can
 * change, with who may or surely arrives or leaves), then the assumptions
 * and the caveat.
 */
import type { ContributorEstimate, Estimate } from '../core/estimate.js';
import type { CoalitionTimeline, TimelineStep } from '../core/timeline.js';
import { assumptionsSection } from './assumptions-section.js';
import { formatCount, formatDecimal, formatInterval } from './number-format.js';
import { CAVEAT_SECTION } from './planning-caveat.js';
import type { DocumentSection, ReportDocument, TextColumn } from './report-document.js';
import { CHART_LEGEND, timelineChart } from './timeline-chart.js';

/** The plot's rows in a terminal and in Markdown. */
const CHART_ROWS = 10;

function dayText(day: number, step: TimelineStep | undefined): string {
  const date = step?.date ?? null;
  return date === null ? `day ${formatDecimal(day, 1)}` : `day ${formatDecimal(day, 1)} (${date})`;
}

/** "from day 60 (2026-07-31)", or "never within the horizon (365 days)". */
function coveredText(day: number | null, timeline: CoalitionTimeline): string {
  if (day === null) return `never within the horizon (${formatCount(timeline.horizonDays)} days)`;
  return `from ${dayText(day, timeline.steps.find((step) => step.day === day))}`;
}

/** Who may arrive, is surely there, may leave or is surely gone on `day`, as "France arrives (sure)". */
function changesOn(day: number, contributors: readonly ContributorEstimate[]): string {
  const changes: string[] = [];
  for (const contributor of contributors) {
    const { arrivesDay, leavesDay } = contributor;
    const name = contributor.country;
    if (day > 0 || arrivesDay.max > 0) {
      if (arrivesDay.min === arrivesDay.max && arrivesDay.min === day) changes.push(`${name} arrives`);
      else if (arrivesDay.min === day) changes.push(`${name} may arrive`);
      else if (arrivesDay.max === day) changes.push(`${name} surely there`);
    }
    if (leavesDay !== null) {
      if (leavesDay.min === leavesDay.max && leavesDay.min === day) changes.push(`${name} leaves`);
      else if (leavesDay.min === day) changes.push(`${name} may leave`);
      else if (leavesDay.max === day) changes.push(`${name} surely gone`);
    }
  }
  return changes.join('; ');
}

const DAY_COLUMN: TextColumn = { header: ['Day'], align: 'right' };
const DATE_COLUMN: TextColumn = { header: ['Date'], align: 'left' };
const FIGURE_COLUMNS: readonly TextColumn[] = [
  { header: ['Pledged', 'troops'], align: 'right' },
  { header: ['Shortfall'], align: 'right' },
  { header: ['What changes'], align: 'left', minWidth: 12 },
];

/** The timeline of `estimate` as a document, its chart `width` columns wide; null without a coalition. */
export function timelineDocument(estimate: Estimate, width: number): ReportDocument | null {
  const coalition = estimate.coalition;
  const chart = timelineChart(estimate, width, CHART_ROWS);
  if (coalition === null || chart === null) return null;
  const { timeline } = coalition;
  const dated = timeline.start !== null;
  const columns = [DAY_COLUMN, ...(dated ? [DATE_COLUMN] : []), ...FIGURE_COLUMNS];
  const rows = timeline.steps.map((step) => [
    formatDecimal(step.day, 1),
    ...(dated ? [step.date ?? ''] : []),
    formatInterval(step.pledgedTroops, 'count'),
    formatInterval(step.shortfallTroops, 'count'),
    changesOn(step.day, coalition.contributors),
  ]);
  const summary: DocumentSection = {
    blocks: [
      {
        kind: 'fields',
        fields: [
          { label: 'Needed', text: `${formatInterval(estimate.figures.deployedTroops, 'count')} troops deployed` },
          { label: 'Can cover', text: coveredText(timeline.coveredFromDay.min, timeline) },
          { label: 'Surely covers', text: `${coveredText(timeline.coveredFromDay.max, timeline)}${timeline.coveredFromDay.max === null ? '' : ' to the horizon'}` },
          { label: 'Horizon', text: `${formatCount(timeline.horizonDays)} days${dated ? `, from ${timeline.start ?? ''}` : ''}` },
        ],
      },
    ],
  };
  // Capabilities over time where contributors pledge any: the shortfall of each on each step.
  const pledged = coalition.contributors.some((contributor) => contributor.provides.length > 0);
  const capabilitySection: DocumentSection[] = !pledged
    ? []
    : [
        {
          heading: 'Capabilities short on each step',
          lead: 'the units missing of each need, with what is on the ground that day',
          blocks: [
            {
              kind: 'table',
              rowLabels: 1,
              columns: [DAY_COLUMN, ...estimate.capabilities.map((capability): TextColumn => ({ header: [capability.name], align: 'right' }))],
              rows: timeline.steps.map((step) => [formatDecimal(step.day, 1), ...step.capabilities.map((capability) => formatInterval(capability.shortfall, 'count'))]),
            },
          ],
        },
      ];
  return {
    title: `Timeline: ${estimate.scenario.title}`,
    subtitle: `scenario ${estimate.scenario.id}`,
    sections: [
      summary,
      { heading: 'Pledged troops against the need', blocks: [{ kind: 'preformatted', lines: [...chart, '', ...CHART_LEGEND] }] },
      { heading: 'Steps', blocks: [{ kind: 'table', columns, rows }] },
      ...capabilitySection,
      assumptionsSection(estimate),
      CAVEAT_SECTION,
    ],
  };
}
