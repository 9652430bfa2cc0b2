/**
 * `forcecalc timeline --format <format>`: the coalition over time in one of
 * the report formats. JSON is the timeline's keys as `estimate` prints them
 * under `coalition`, with the need and each contributor's days; CSV a record
 * per step; table and Markdown one document (timeline-document.ts) with the
 * chart.
 */
import type { Estimate } from '../core/estimate.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';
import { documentMarkdown } from './document-markdown.js';
import { documentText } from './document-text.js';
import { contributorJson, type ContributorJson } from './estimate-json.js';
import { intervalJson, type IntervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';
import { printReport, type ReportFormat, type ReportPrinters, type TableOptions } from './report-format.js';
import { timelineDocument } from './timeline-document.js';
import { timelineJson, type TimelineJson } from './timeline-json.js';

/** The width of the Markdown chart (a code block scrolls sideways rather than wrap). */
const MARKDOWN_CHART_WIDTH = 80;

/** `forcecalc timeline --format json`. */
export type TimelineReportJson = {
  readonly scenario: { readonly id: string; readonly title: string };
  /** What the pledges are set against on each day. */
  readonly deployedTroops: IntervalJson;
  readonly contributors: readonly ContributorJson[];
} & TimelineJson;

/** The timeline of an estimate with a coalition as JSON; null without one. */
export function timelineReportJson(estimate: Estimate): TimelineReportJson | null {
  const coalition = estimate.coalition;
  if (coalition === null) return null;
  return {
    scenario: { id: estimate.scenario.id, title: estimate.scenario.title },
    deployedTroops: intervalJson(estimate.figures.deployedTroops),
    ...timelineJson(coalition.timeline),
    contributors: coalition.contributors.map(contributorJson),
  };
}

/** The header record of the CSV. */
export const TIMELINE_CSV_HEADER = ['scenario', 'day', 'date', 'pledgedTroopsMin', 'pledgedTroopsMax', 'shortfallTroopsMin', 'shortfallTroopsMax'] as const;

/** A record per step, numbers exact, the date empty where the scenario has no start. */
export function formatTimelineCsv(estimate: Estimate): string {
  const steps = estimate.coalition?.timeline.steps ?? [];
  return csvText([
    TIMELINE_CSV_HEADER.map(csvTextCell),
    ...steps.map((step) => [
      csvTextCell(estimate.scenario.id),
      csvNumberCell(step.day),
      csvTextCell(step.date ?? ''),
      csvNumberCell(step.pledgedTroops.min),
      csvNumberCell(step.pledgedTroops.max),
      csvNumberCell(step.shortfallTroops.min),
      csvNumberCell(step.shortfallTroops.max),
    ]),
  ]);
}

/** The steps and the chart in `width` columns (80 by default); empty without a coalition. */
export function formatTimelineTable(estimate: Estimate, options: TableOptions = {}): string {
  const width = options.width ?? 80;
  const document = timelineDocument(estimate, width);
  return document === null ? '' : documentText(document, width);
}

/** The steps and the chart as Markdown; empty without a coalition. */
export function formatTimelineMarkdown(estimate: Estimate): string {
  const document = timelineDocument(estimate, MARKDOWN_CHART_WIDTH);
  return document === null ? '' : documentMarkdown(document);
}

const TIMELINE_PRINTERS: ReportPrinters<Estimate, TableOptions> = {
  table: formatTimelineTable,
  json: (estimate) => jsonText(timelineReportJson(estimate)),
  csv: formatTimelineCsv,
  md: formatTimelineMarkdown,
};

/** The timeline as `forcecalc timeline --format <format>` prints it (the estimate must have a coalition). */
export function formatTimeline(estimate: Estimate, format: ReportFormat = 'table', options: TableOptions = {}): string {
  return printReport(TIMELINE_PRINTERS, estimate, format, options);
}
