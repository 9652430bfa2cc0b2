/**
 * `forcecalc sweep` as one document for the table and the Markdown report.
 * One axis: a row per value with its figures (sweepFigures: brigades and
 * troops, and what the varied factors move). Two axes: one grid per figure,
 * a row per value of the first factor and a column per value of the second.
 * Then the factors held fixed and the caveat. A grid wider than the terminal
 * overflows rather than cutting numbers (CSV suits big grids).
 */
import type { Sweep } from '../core/analysis/sweep.js';
import { CAVEAT_SECTION } from './planning-caveat.js';
import type { DocumentSection, ReportDocument, TextColumn } from './report-document.js';
import { axisSpanText, axisTitle, axisValueText, cellText, gridRows, heldFactorTexts, sweepFigures, sweepHeading } from './sweep-rows.js';

/** One axis: a table of the figures, headings broken over two lines on a terminal too narrow for them on one. */
function oneWaySection(sweep: Sweep): DocumentSection[] {
  const [axis] = sweep.axes;
  if (axis === undefined) return [];
  const figures = sweepFigures(sweep);
  const columns: TextColumn[] = [
    { header: [axisTitle(axis.factor)], narrowHeader: ['', axisTitle(axis.factor)], align: 'right' },
    ...figures.map((figure): TextColumn => ({ header: [figure.label], narrowHeader: [...figure.twoLines], align: 'right' })),
  ];
  const rows = sweep.cells.map((cell) => [axisValueText(axis.factor, cell.values[0] ?? 0), ...figures.map((figure) => cellText(cell, figure.figure))]);
  return [{ blocks: [{ kind: 'table', columns, rows }] }];
}

/** Two axes: a grid per figure; the lead says which factor runs down and which across. */
function gridSections(sweep: Sweep): DocumentSection[] {
  const [rows, columns] = sweep.axes;
  if (rows === undefined || columns === undefined) return [];
  const header: TextColumn[] = [
    { header: [''], align: 'right' },
    ...columns.values.map((value): TextColumn => ({ header: [axisValueText(columns.factor, value)], align: 'right' })),
  ];
  return sweepFigures(sweep).map((figure) => ({
    heading: figure.label,
    lead: `rows ${axisTitle(rows.factor).toLowerCase()}, columns ${axisTitle(columns.factor).toLowerCase()}`,
    blocks: [{ kind: 'table', columns: header, rows: gridRows(sweep, figure.figure) }],
  }));
}

/** The sweep as a document: what was varied, the table or the grids, the factors held, the caveat. */
export function sweepDocument(sweep: Sweep): ReportDocument {
  const heading = sweepHeading(sweep);
  const spans = sweep.axes.map((_, index) => axisSpanText(sweep, index));
  const varied = `Varied: ${spans.join('; ')}. Each cell is the estimate with ${spans.length === 1 ? 'that value' : 'those values'} set; sectors and pledges as in the scenario.`;
  return {
    title: `Sweep: ${heading.title}`,
    subtitle: `scenario ${heading.id}`,
    sections: [
      { blocks: [{ kind: 'paragraph', text: varied }] },
      ...(sweep.axes.length === 1 ? oneWaySection(sweep) : gridSections(sweep)),
      { heading: 'Held', blocks: [{ kind: 'list', items: heldFactorTexts(sweep).map((text) => ({ text })) }] },
      CAVEAT_SECTION,
    ],
  };
}
