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
import type { SweptCapability } from '../core/analysis/sweep.js';
import { formatInterval } from './number-format.js';
import { isFactorAxis } from '../core/analysis/sweep.js';
import { axisLead, axisSpanText, axisTitle, axisTitleLines, axisValueText, cellText, gridRows, heldFactorTexts, sweepFigures, sweepHeading } from './sweep-rows.js';

/** What a capability cell says. */
const CAPABILITY_LEAD = 'units short of the need (the need itself without a coalition)';

/** A capability's shortfall in a cell, or its need where there is no coalition to pledge against it. */
function capabilityCellText(capability: SweptCapability): string {
  return formatInterval(capability.shortfall ?? capability.need, 'count');
}

/** One axis: a table of the figures, headings broken over two lines on a terminal too narrow for them on one. */
function oneWaySection(sweep: Sweep): DocumentSection[] {
  const [axis] = sweep.axes;
  if (axis === undefined) return [];
  const figures = sweepFigures(sweep);
  const columns: TextColumn[] = [
    { header: [axisTitle(axis)], narrowHeader: [...axisTitleLines(axis)], align: 'right' },
    ...figures.map((figure): TextColumn => ({ header: [figure.label], narrowHeader: [...figure.twoLines], align: 'right' })),
  ];
  const rows = sweep.cells.map((cell) => [axisValueText(axis, cell.values[0] ?? 0), ...figures.map((figure) => cellText(cell, figure.figure))]);
  const sections: DocumentSection[] = [{ blocks: [{ kind: 'table', columns, rows }] }];
  const names = sweep.cells[0]?.capabilities.map((capability) => capability.name) ?? [];
  if (names.length === 0) return sections;
  // The capabilities: each one's need, and its shortfall against the pledges where there are any.
  const capabilityColumns: TextColumn[] = [
    { header: [axisTitle(axis)], narrowHeader: [...axisTitleLines(axis)], align: 'right' },
    ...names.map((name): TextColumn => ({ header: [name], align: 'right' })),
  ];
  const capabilityRows = sweep.cells.map((cell) => [axisValueText(axis, cell.values[0] ?? 0), ...cell.capabilities.map(capabilityCellText)]);
  return [...sections, { heading: 'Capabilities', lead: CAPABILITY_LEAD, blocks: [{ kind: 'table', rowLabels: 1, columns: capabilityColumns, rows: capabilityRows }] }];
}

/** Two axes: a grid per figure; the lead says which factor runs down and which across. */
function gridSections(sweep: Sweep): DocumentSection[] {
  const [rows, columns] = sweep.axes;
  if (rows === undefined || columns === undefined) return [];
  const header: TextColumn[] = [
    { header: [''], align: 'right' },
    ...columns.values.map((value): TextColumn => ({ header: [axisValueText(columns, value)], align: 'right' })),
  ];
  const lead = `rows ${axisLead(rows)}, columns ${axisLead(columns)}`;
  const figures = sweepFigures(sweep).map((figure): DocumentSection => ({
    heading: figure.label,
    lead,
    blocks: [{ kind: 'table', columns: header, rows: gridRows(sweep, figure.figure) }],
  }));
  const names = sweep.cells[0]?.capabilities.map((capability) => capability.name) ?? [];
  const capabilityGrids = names.map((name, index): DocumentSection => ({
    heading: `${name}: ${CAPABILITY_LEAD}`,
    lead,
    blocks: [
      {
        kind: 'table',
        rowLabels: 1,
        columns: header,
        rows: rows.values.map((value, row) => [
          axisValueText(rows, value),
          ...columns.values.map((_, column) => {
            const capability = sweep.cells[row * columns.values.length + column]?.capabilities[index];
            return capability === undefined ? '' : capabilityCellText(capability);
          }),
        ]),
      },
    ],
  }));
  return [...figures, ...capabilityGrids];
}

/** The sweep as a document: what was varied, the table or the grids, the factors held, the caveat. */
export function sweepDocument(sweep: Sweep): ReportDocument {
  const heading = sweepHeading(sweep);
  const spans = sweep.axes.map((_, index) => axisSpanText(sweep, index));
  const others = sweep.axes.every(isFactorAxis) ? 'sectors and pledges' : 'every other input';
  const varied = `Varied: ${spans.join('; ')}. Each cell is the estimate with ${spans.length === 1 ? 'that value' : 'those values'} set; ${others} as in the scenario.`;
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
