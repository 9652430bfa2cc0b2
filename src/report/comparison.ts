/**
 * Scenarios side by side (`compare`, and `forcecalc` with no arguments): one
 * row per scenario with its id, title and the headline figures. Titles give way
 * to the numbers: they are truncated; where even a short title leaves no room
 * they move to a key under the table; where the ids and the numbers do not
 * fit side by side, each scenario takes two lines (its id and title, then its
 * numbers under one header); and where even the numbers alone are too wide
 * each scenario becomes a block of its own. No line passes the width.
 */
import type { Estimate } from '../core/estimate.js';
import { sanitizeText } from '../text/sanitize.js';
import { layoutColumns, type Column } from './column-layout.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { markdownTable, markdownText } from './markdown-text.js';
import { formatInterval, formatQuantity } from './number-format.js';
import { joinLines, pad, textWidth, truncate } from '../text/text-width.js';

/** How the comparison table is laid out. */
export interface ComparisonOptions {
  /** The widest line, in columns. @default 80 */
  readonly width?: number;
}

/** Ids longer than this are cut so that the title keeps some room. */
const ID_MAX_WIDTH = 24;
const TITLE_MIN_WIDTH = 16;
/** Shown where a scenario has no coalition, so there is no shortfall to speak of. */
const NO_COALITION = '-';

interface FigureColumn {
  readonly header: readonly string[];
  readonly value: (result: Estimate) => string;
}

const FIGURE_COLUMNS: readonly FigureColumn[] = [
  // Whole km: an overview row must fit 80 columns even for a drawn line's range (1,220..1,252).
  { header: ['Coverage', 'km'], value: (result) => formatQuantity(result.figures.coverageKm, 0) },
  { header: ['Troops'], value: (result) => formatInterval(result.figures.troops, 'count') },
  { header: ['Brigades'], value: (result) => formatInterval(result.figures.brigades, 'count') },
  { header: ['Air', 'cover'], value: (result) => formatInterval(result.figures.airCover, 'count') },
  { header: ['Committed', 'brigades'], value: (result) => formatInterval(result.figures.committedBrigades, 'count') },
  {
    header: ['Shortfall', 'troops'],
    value: (result) =>
      result.coalition === null ? NO_COALITION : formatInterval(result.coalition.figures.shortfallTroops, 'count'),
  },
];

const figureColumns: Column[] = FIGURE_COLUMNS.map((column) => ({ header: column.header, align: 'right' }));

function figureCells(result: Estimate): string[] {
  return FIGURE_COLUMNS.map((column) => column.value(result));
}

/** Each figures row indented under its "id  title" line. */
const TWO_LINE_INDENT = '  ';

function twoLineRows(results: readonly Estimate[], width: number): string[] | null {
  const layout = layoutColumns(figureColumns, results.map(figureCells), width - TWO_LINE_INDENT.length);
  if (layout === null) return null;
  return [
    ...layout.header.map((line) => `${TWO_LINE_INDENT}${line}`),
    ...results.flatMap((result, index) => [
      truncate(`${sanitizeText(result.scenario.id)}  ${sanitizeText(result.scenario.title)}`, width),
      `${TWO_LINE_INDENT}${layout.rows[index] ?? ''}`,
    ]),
  ];
}

function stackedBlocks(results: readonly Estimate[], width: number): string[] {
  return results.flatMap((result, index) => [
    ...(index === 0 ? [] : ['']),
    truncate(`${sanitizeText(result.scenario.id)}: ${sanitizeText(result.scenario.title)}`, width),
    ...FIGURE_COLUMNS.map((column) => `  ${column.header.join(' ')}: ${column.value(result)}`),
  ]);
}

/**
 * The comparison as an aligned table of at most `width` columns (80 by
 * default); an empty list prints a line that says so.
 */
export function formatComparisonTable(results: readonly Estimate[], options: ComparisonOptions = {}): string {
  const width = options.width ?? 80;
  if (results.length === 0) return 'No scenarios to compare.\n';
  const ids = results.map((result) => truncate(sanitizeText(result.scenario.id), ID_MAX_WIDTH));
  const withTitles = layoutColumns(
    [{ header: ['ID'], align: 'left' }, { header: ['Title'], align: 'left', minWidth: TITLE_MIN_WIDTH }, ...figureColumns],
    results.map((result, index) => [ids[index] ?? '', sanitizeText(result.scenario.title), ...figureCells(result)]),
    width,
  );
  if (withTitles !== null) return joinLines([...withTitles.header, ...withTitles.rows]);
  const withoutTitles = layoutColumns(
    [{ header: ['ID'], align: 'left', minWidth: Math.min(TITLE_MIN_WIDTH, ...ids.map(textWidth)) }, ...figureColumns],
    results.map((result, index) => [ids[index] ?? '', ...figureCells(result)]),
    width,
  );
  if (withoutTitles === null) return joinLines(twoLineRows(results, width) ?? stackedBlocks(results, width));
  return joinLines([...withoutTitles.header, ...withoutTitles.rows, '', ...titleKey(results, width)]);
}

/** "id  title" per scenario, ids aligned, for a table that had no room for titles. */
function titleKey(results: readonly Estimate[], width: number): string[] {
  const ids = results.map((result) => sanitizeText(result.scenario.id));
  const idWidth = Math.max(...ids.map(textWidth));
  return results.map((result, index) => truncate(`${pad(ids[index] ?? '', idWidth, 'left')}  ${sanitizeText(result.scenario.title)}`, width));
}

/** The comparison as a Markdown table with the caveat under it. */
export function formatComparisonMarkdown(results: readonly Estimate[]): string {
  const header = ['ID', 'Title', ...FIGURE_COLUMNS.map((column) => column.header.join(' '))];
  const align: ('left' | 'right')[] = ['left', 'left', ...FIGURE_COLUMNS.map(() => 'right' as const)];
  const rows = results.map((result) => [
    markdownText(result.scenario.id),
    markdownText(result.scenario.title),
    ...figureCells(result),
  ]);
  return `${[...markdownTable(header, align, rows), '', `_${PLANNING_CAVEAT}_`].join('\n')}\n`;
}
