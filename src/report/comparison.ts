/**
 * Scenarios side by side (`compare`, and `forcecalc` with no arguments): a
 * row per figure of the figure table, a column per scenario headed by its
 * id, so every figure is compared (a coalition figure reads "-" for a
 * scenario without a coalition). Scenarios that do not fit the width side by
 * side go on in further blocks of the same rows, as many columns a block as
 * fit; an id wider than its numbers breaks after its hyphens over header
 * lines. The titles follow in a key under the table. No line passes the
 * width, unless a single scenario's numbers are wider than it.
 */
import type { Estimate } from '../core/estimate.js';
import { sanitizeText } from '../text/sanitize.js';
import { COLUMN_GAP, layoutColumnsOrOverflow, type Column } from './column-layout.js';
import { figureComparisonRows, type ComparisonRow } from './comparison-rows.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { markdownTable, markdownText } from './markdown-text.js';
import { joinLines, pad, textWidth, truncate, wrap } from '../text/text-width.js';

/** How the comparison table is laid out. */
export interface ComparisonOptions {
  /** The widest line, in columns. @default 80 */
  readonly width?: number;
}

/** A scenario column is at least this wide, so a short id keeps to one line... */
const MIN_COLUMN_WIDTH = 8;
/** ...and an id is given up to this many columns before it breaks over lines. */
const ID_COLUMN_WIDTH = 14;

/** The id in lines of at most `width` columns, broken after its hyphens where it can be, else anywhere. */
function idLines(id: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of id.split(/(?<=-)/)) {
    if (line !== '' && textWidth(line + part) > width) {
      lines.push(line);
      line = '';
    }
    line += part;
  }
  if (line !== '') lines.push(line);
  return lines.flatMap((text) => (textWidth(text) > width ? wrap(text, width) : [text]));
}

/** Each scenario's column: its width and its header (the id, broken over lines where wider). */
function scenarioColumns(results: readonly Estimate[], rows: readonly ComparisonRow[]): { width: number; header: string[] }[] {
  return results.map((result, index) => {
    const id = sanitizeText(result.scenario.id);
    const values = Math.max(...rows.map((row) => textWidth(row.cells[index]?.text ?? '')));
    const width = Math.max(MIN_COLUMN_WIDTH, values, Math.min(textWidth(id), ID_COLUMN_WIDTH));
    return { width, header: idLines(id, width) };
  });
}

/** The scenarios' indices in blocks, as many a block as fit beside the label and unit columns (at least one). */
function blocks(widths: readonly number[], fixed: number, width: number): number[][] {
  const result: number[][] = [];
  let block: number[] = [];
  let used = fixed;
  widths.forEach((columnWidth, index) => {
    if (block.length > 0 && used + COLUMN_GAP + columnWidth > width) {
      result.push(block);
      block = [];
      used = fixed;
    }
    block.push(index);
    used += COLUMN_GAP + columnWidth;
  });
  if (block.length > 0) result.push(block);
  return result;
}

/** "id  title" per scenario, ids aligned, sanitised and cut to the width. */
function titleKey(results: readonly Estimate[], width: number): string[] {
  const ids = results.map((result) => sanitizeText(result.scenario.id));
  const idWidth = Math.max(...ids.map(textWidth));
  return results.map((result, index) => truncate(`${pad(ids[index] ?? '', idWidth, 'left')}  ${sanitizeText(result.scenario.title)}`, width));
}

/**
 * The comparison as aligned blocks of at most `width` columns (80 by
 * default): every figure a row, every scenario a column, then the titles; an
 * empty list prints a line that says so.
 */
export function formatComparisonTable(results: readonly Estimate[], options: ComparisonOptions = {}): string {
  const width = options.width ?? 80;
  if (results.length === 0) return 'No scenarios to compare.\n';
  const rows = figureComparisonRows(results);
  const labelWidth = Math.max(textWidth('Figure'), ...rows.map((row) => textWidth(row.label)));
  const unitWidth = Math.max(textWidth('Unit'), ...rows.map((row) => textWidth(row.unit)));
  const columns = scenarioColumns(results, rows);
  const lines = blocks(
    columns.map((column) => column.width),
    labelWidth + COLUMN_GAP + unitWidth,
    width,
  ).flatMap((block, index) => {
    const layout: Column[] = [
      { header: ['Figure'], align: 'left' },
      { header: ['Unit'], align: 'left' },
      ...block.map((scenario): Column => ({ header: columns[scenario]?.header ?? [], align: 'right' })),
    ];
    const cells = rows.map((row) => [row.label, row.unit, ...block.map((scenario) => row.cells[scenario]?.text ?? '')]);
    const laidOut = layoutColumnsOrOverflow(layout, cells, width);
    return [...(index === 0 ? [] : ['']), ...laidOut.header, ...laidOut.rows];
  });
  return joinLines([...lines, '', ...titleKey(results, width)]);
}

/** The comparison as a Markdown table (every figure a row, every scenario a column), the titles and the caveat under it. */
export function formatComparisonMarkdown(results: readonly Estimate[]): string {
  const rows = figureComparisonRows(results);
  const header = ['Figure', 'Unit', ...results.map((result) => markdownText(result.scenario.id))];
  const align: ('left' | 'right')[] = ['left', 'left', ...results.map(() => 'right' as const)];
  const cells = rows.map((row) => [row.label, row.unit, ...row.cells.map((cell) => cell.text)]);
  const titles = results.map((result) => `- ${markdownText(result.scenario.id)}: ${markdownText(result.scenario.title)}`);
  return `${[...markdownTable(header, align, cells), '', ...titles, '', `_${PLANNING_CAVEAT}_`].join('\n')}\n`;
}
