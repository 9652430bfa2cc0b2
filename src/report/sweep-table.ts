/**
 * `forcecalc sweep` as a plain-text data table. One axis: a row per value
 * with its figures (sweepFigures: brigades and troops, and what the varied
 * factors move). Two axes: one grid per figure, a row per value
 * of the first factor and a column per value of the second. A grid wider than
 * the terminal overflows rather than cutting numbers (CSV suits big grids).
 */
import type { Sweep } from '../core/analysis/sweep.js';
import { layoutColumnsOrOverflow, type Column } from './column-layout.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { axisSpanText, axisTitle, axisValueText, cellText, gridRows, heldFactorTexts, sweepFigures, sweepHeading } from './sweep-rows.js';
import { joinLines, textWidth, truncate, wrap } from '../text/text-width.js';

/** How the sweep table is laid out. */
export interface SweepTableOptions {
  /** The widest line, in columns (wider grids overflow). @default 80 */
  readonly width?: number;
}

function oneWay(sweep: Sweep, width: number): string[] {
  const [axis] = sweep.axes;
  if (axis === undefined) return [];
  const figures = sweepFigures(sweep);
  const rows = sweep.cells.map((cell) => [
    axisValueText(axis.factor, cell.values[0] ?? 0),
    ...figures.map((figure) => cellText(cell, figure.figure)),
  ]);
  const laidOut = (twoLines: boolean) => {
    const columns: Column[] = [
      { header: twoLines ? ['', axisTitle(axis.factor)] : [axisTitle(axis.factor)], align: 'right' },
      ...figures.map((figure): Column => ({ header: twoLines ? [...figure.twoLines] : [figure.label], align: 'right' })),
    ];
    const lines = layoutColumnsOrOverflow(columns, rows, width);
    return [...lines.header, ...lines.rows];
  };
  // Headings on one line when they fit; broken over two (narrower columns) when they do not.
  const oneLine = laidOut(false);
  return oneLine.every((line) => textWidth(line) <= width) ? oneLine : laidOut(true);
}

function twoWay(sweep: Sweep, width: number): string[] {
  const [rows, columns] = sweep.axes;
  if (rows === undefined || columns === undefined) return [];
  const layout: Column[] = [
    { header: [''], align: 'right' },
    ...columns.values.map((value): Column => ({ header: [axisValueText(columns.factor, value)], align: 'right' })),
  ];
  return sweepFigures(sweep).flatMap((figure, index) => {
    const lines = layoutColumnsOrOverflow(layout, gridRows(sweep, figure.figure), width);
    return [
      ...(index === 0 ? [] : ['']),
      `${figure.label}: rows ${axisTitle(rows.factor).toLowerCase()}, columns ${axisTitle(columns.factor).toLowerCase()}`,
      ...lines.header,
      ...lines.rows,
    ];
  });
}

/** The sweep as a data table; lines within `width` columns except a grid too wide to fit. */
export function formatSweepTable(sweep: Sweep, options: SweepTableOptions = {}): string {
  const width = options.width ?? 80;
  const heading = sweepHeading(sweep);
  const spans = sweep.axes.map((_, index) => axisSpanText(sweep, index));
  const held = heldFactorTexts(sweep);
  return joinLines([
    truncate(`Sweep: ${heading.title}`, width),
    truncate(`scenario ${heading.id}`, width),
    '',
    ...wrap(`Varied: ${spans.join('; ')}. Each cell is the estimate with ${spans.length === 1 ? 'that value' : 'those values'} set; sectors and pledges as in the scenario.`, width),
    '',
    ...(sweep.axes.length === 1 ? oneWay(sweep, width) : twoWay(sweep, width)),
    '',
    'Held',
    ...held.flatMap((text) => wrap(text, width - 4).map((line, index) => (index === 0 ? `  - ${line}` : `    ${line}`))),
    '',
    ...wrap(PLANNING_CAVEAT, width),
  ]);
}
