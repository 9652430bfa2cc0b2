/**
 * `forcecalc sweep` as a plain-text data table. One axis: a row per value
 * with its brigades and troops. Two axes: one grid per figure, a row per value
 * of the first factor and a column per value of the second. A grid wider than
 * the terminal overflows rather than cutting numbers (CSV suits big grids).
 */
import type { Sweep } from '../core/analysis/sweep.js';
import { layoutColumnsOrOverflow, type Column } from './column-layout.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { axisSpanText, axisTitle, axisValueText, cellText, gridRows, heldFactorTexts, SWEEP_FIGURES, sweepHeading } from './sweep-rows.js';
import { joinLines, truncate, wrap } from '../core/text-width.js';

/** How the sweep table is laid out. */
export interface SweepTableOptions {
  /** The widest line, in columns (wider grids overflow). @default 80 */
  readonly width?: number;
}

function oneWay(sweep: Sweep, width: number): string[] {
  const [axis] = sweep.axes;
  if (axis === undefined) return [];
  const columns: Column[] = [
    { header: [axisTitle(axis.factor)], align: 'right' },
    ...SWEEP_FIGURES.map((figure): Column => ({ header: [figure.label], align: 'right' })),
  ];
  const rows = sweep.cells.map((cell) => [
    axisValueText(axis.factor, cell.values[0] ?? 0),
    ...SWEEP_FIGURES.map((figure) => cellText(cell, figure.figure)),
  ]);
  const lines = layoutColumnsOrOverflow(columns, rows, width);
  return [...lines.header, ...lines.rows];
}

function twoWay(sweep: Sweep, width: number): string[] {
  const [rows, columns] = sweep.axes;
  if (rows === undefined || columns === undefined) return [];
  const layout: Column[] = [
    { header: [''], align: 'right' },
    ...columns.values.map((value): Column => ({ header: [axisValueText(columns.factor, value)], align: 'right' })),
  ];
  return SWEEP_FIGURES.flatMap((figure, index) => {
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
