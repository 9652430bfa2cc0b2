/**
 * Scenarios side by side (`compare`, and `forcecalc` with no arguments) as
 * one document for the table and the Markdown report: a row per figure of
 * the figure table and per capability figure, a column per scenario headed
 * by its id, so every figure is compared (a coalition figure reads "-" for a
 * scenario without a coalition); then the factors each scenario assumes;
 * with two scenarios, a column of the second's difference from the first
 * (B - A and its share of A); then each scenario's title, and the caveat.
 * In a terminal,
 * scenarios that do not fit the width side by side go on in further blocks
 * of the same rows, and an id wider than its numbers breaks after its
 * hyphens over header lines; no line passes the width, unless a single
 * scenario's numbers are wider than it.
 */
import type { Estimate } from '../core/estimate.js';
import { capabilityComparisonRows, factorComparisonRows, figureComparisonRows, type ComparisonRow } from './comparison-rows.js';
import { documentMarkdown } from './document-markdown.js';
import { documentText } from './document-text.js';
import { CAVEAT_SECTION } from './planning-caveat.js';
import type { DocumentBlock, ReportDocument, TextColumn } from './report-document.js';
import type { TableOptions } from './report-format.js';

/** How the comparison table is laid out, and what it holds. */
export interface ComparisonOptions extends TableOptions {
  /**
   * The overview of a whole folder (`forcecalc` outside a terminal): the
   * figures alone. The factors' table would add a block of rows per
   * screenful of scenarios, and a difference between the first two files of
   * a folder means nothing; `compare` shows both for the scenarios the
   * planner picks.
   * @default false
   */
  readonly folderOverview?: boolean;
}

/**
 * A scenario's column is at least 8 wide, so a short id keeps to one line,
 * and takes up to 14 for its id before the id breaks over lines.
 */
const SCENARIO_HEADER_WIDTH = { min: 8, max: 14 };

/** The header of the difference column: what it holds is said under the table. */
const DIFFERENCE_HEADER = ['Difference'];

/** One table of rows across the scenarios, headed by `label`, with the difference column where the rows have one. */
function comparisonTable(label: string, results: readonly Estimate[], rows: readonly ComparisonRow[], withDifference: boolean): DocumentBlock {
  return {
    kind: 'table',
    columns: [
      { header: [label], align: 'left' },
      { header: ['Unit'], align: 'left' },
      ...results.map((result): TextColumn => ({ header: [result.scenario.id], align: 'right', headerWidth: SCENARIO_HEADER_WIDTH })),
      ...(withDifference ? [{ header: DIFFERENCE_HEADER, align: 'right' as const }] : []),
    ],
    rows: rows.map((row) => [row.label, row.unit, ...row.cells.map((cell) => cell.text), ...(withDifference ? [row.difference ?? ''] : [])]),
    rowLabels: 2,
  };
}

/** Under the table of two scenarios: what the difference column holds. */
function differenceNote(results: readonly Estimate[]): DocumentBlock[] {
  const [a, b] = results;
  if (results.length !== 2 || a === undefined || b === undefined) return [];
  const text =
    `Difference: ${b.scenario.id} - ${a.scenario.id}, the low bounds and the high bounds apart, then that change ` +
    `as a share of ${a.scenario.id} (a share's change in percentage points, pp).`;
  return [{ kind: 'paragraph', text }];
}

/** The comparison as a document; a line that says so for no scenarios. */
export function comparisonDocument(results: readonly Estimate[], options: Pick<ComparisonOptions, 'folderOverview'> = {}): ReportDocument {
  if (results.length === 0) return { sections: [{ blocks: [{ kind: 'paragraph', text: 'No scenarios to compare.' }] }] };
  const figureRows = [...figureComparisonRows(results), ...capabilityComparisonRows(results)];
  const overview = options.folderOverview === true;
  const withDifference = results.length === 2 && !overview;
  return {
    sections: [
      {
        blocks: [
          comparisonTable('Figure', results, figureRows, withDifference),
          ...(overview ? [] : [comparisonTable('Factor', results, factorComparisonRows(results), withDifference)]),
          ...(withDifference ? differenceNote(results) : []),
        ],
      },
      { blocks: [{ kind: 'fields', fields: results.map((result) => ({ label: result.scenario.id, text: result.scenario.title })) }] },
      CAVEAT_SECTION,
    ],
  };
}

/**
 * The comparison as aligned blocks of at most `width` columns (80 by
 * default): every figure a row, every scenario a column, then the titles.
 */
export function formatComparisonTable(results: readonly Estimate[], options: ComparisonOptions = {}): string {
  return documentText(comparisonDocument(results, options), options.width ?? 80);
}

/** The comparison as Markdown: the table (every figure a row, every scenario a column), the titles and the caveat. */
export function formatComparisonMarkdown(results: readonly Estimate[]): string {
  return documentMarkdown(comparisonDocument(results));
}
