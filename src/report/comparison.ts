/**
 * Scenarios side by side (`compare`, and `forcecalc` with no arguments) as
 * one document for the table and the Markdown report: a row per figure of
 * the figure table and per capability figure, a column per scenario headed
 * by its id, so every figure is compared (a coalition figure reads "-" for a
 * scenario without a coalition); then each scenario's title, and the caveat. In a terminal,
 * scenarios that do not fit the width side by side go on in further blocks
 * of the same rows, and an id wider than its numbers breaks after its
 * hyphens over header lines; no line passes the width, unless a single
 * scenario's numbers are wider than it.
 */
import type { Estimate } from '../core/estimate.js';
import { capabilityComparisonRows, figureComparisonRows } from './comparison-rows.js';
import { documentMarkdown } from './document-markdown.js';
import { documentText } from './document-text.js';
import { CAVEAT_SECTION } from './planning-caveat.js';
import type { ReportDocument, TextColumn } from './report-document.js';
import type { TableOptions } from './report-format.js';

/** How the comparison table is laid out. */
export type ComparisonOptions = TableOptions;

/**
 * A scenario's column is at least 8 wide, so a short id keeps to one line,
 * and takes up to 14 for its id before the id breaks over lines.
 */
const SCENARIO_HEADER_WIDTH = { min: 8, max: 14 };

/** The comparison as a document; a line that says so for no scenarios. */
export function comparisonDocument(results: readonly Estimate[]): ReportDocument {
  if (results.length === 0) return { sections: [{ blocks: [{ kind: 'paragraph', text: 'No scenarios to compare.' }] }] };
  const rows = [...figureComparisonRows(results), ...capabilityComparisonRows(results)];
  return {
    sections: [
      {
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: ['Figure'], align: 'left' },
              { header: ['Unit'], align: 'left' },
              ...results.map((result): TextColumn => ({ header: [result.scenario.id], align: 'right', headerWidth: SCENARIO_HEADER_WIDTH })),
            ],
            rows: rows.map((row) => [row.label, row.unit, ...row.cells.map((cell) => cell.text)]),
            rowLabels: 2,
          },
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
  return documentText(comparisonDocument(results), options.width ?? 80);
}

/** The comparison as Markdown: the table (every figure a row, every scenario a column), the titles and the caveat. */
export function formatComparisonMarkdown(results: readonly Estimate[]): string {
  return documentMarkdown(comparisonDocument(results));
}
