/**
 * A Sweep as display text, shared by the table and the Markdown printer: the
 * axes with their titles and values, each cell's brigades and troops, and the
 * factors held fixed with where they came from.
 */
import type { Sweep, SweepCell } from '../core/analysis/sweep.js';
import { DEFAULT_PRESET, FACTORS, type FactorName } from '../core/factors.js';
import { FIGURES, SWEPT_FIGURE_NAMES, type FigureInput, type SweptFigureName } from '../core/figures.js';
import { sanitizeText } from '../text/sanitize.js';
import { formatCount, formatDecimal, formatFactor, formatInterval } from './number-format.js';

/** A figure with its label, on one line and broken over two for narrow tables. */
export interface SweepFigureColumn {
  readonly figure: SweptFigureName;
  readonly label: string;
  readonly twoLines: readonly [string, string];
}

/** A label broken at the space nearest its middle: "Committed brigades" over two lines; one word under an empty line. */
function twoLines(label: string): [string, string] {
  const spaces = [...label.matchAll(/ /g)].map((match) => match.index);
  if (spaces.length === 0) return ['', label];
  const middle = label.length / 2;
  const at = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [label.slice(0, at), label.slice(at + 1)];
}

/** Every figure a sweep can show, as a column. */
const SWEPT_COLUMNS: readonly SweepFigureColumn[] = SWEPT_FIGURE_NAMES.map((figure) => ({
  figure,
  label: FIGURES[figure].label,
  twoLines: twoLines(FIGURES[figure].label),
}));

const sameInterval = (a: { min: number; max: number }, b: { min: number; max: number }) => a.min === b.min && a.max === b.max;

/**
 * The figures the table shows, in the figure table's order: those it shows
 * `always` (line troops and brigades), and each `whenMoved` figure when a
 * varied factor moves it and none of those shown always (rotation moves the
 * committed brigades, air cover per brigade the air cover), or when its
 * column would repeat none already shown (the committed troops under an
 * enabler share). So a sweep of rotation shows what rotation moves, not a
 * column of the same brigades, and no column repeats another.
 */
export function sweepFigures(sweep: Sweep): readonly SweepFigureColumn[] {
  const varied = new Set<FigureInput>(sweep.axes.map((axis) => axis.factor));
  const always = SWEPT_COLUMNS.filter((column) => FIGURES[column.figure].sweep === 'always');
  const alwaysMoved = new Set(always.flatMap((column) => FIGURES[column.figure].inputs));
  const shown = [...always];
  for (const column of SWEPT_COLUMNS) {
    if (FIGURES[column.figure].sweep !== 'whenMoved') continue;
    const movedByVaried = FIGURES[column.figure].inputs.some((input) => varied.has(input) && !alwaysMoved.has(input));
    const repeats = shown.some((other) => sweep.cells.every((cell) => sameInterval(cell.figures[column.figure], cell.figures[other.figure])));
    if (movedByVaried || !repeats) shown.push(column);
  }
  return SWEPT_COLUMNS.filter((column) => shown.includes(column));
}

/** "Density (/km)", "Brigade size (troops)", "Rotation": an axis's title with the unit its values are in. */
export function axisTitle(factor: FactorName): string {
  const { label, kind, unit } = FACTORS[factor];
  return kind === 'share' || kind === 'multiplier' || unit === '' ? label : `${label} (${unit})`;
}

/** One value of an axis as its header reads, unit in the title: "3", "3,000", "25%", "2.5x". */
export function axisValueText(factor: FactorName, value: number): string {
  switch (FACTORS[factor].kind) {
    case 'share':
      return `${formatDecimal(value * 100)}%`;
    case 'multiplier':
      return `${formatDecimal(value)}x`;
    case 'count':
      return formatCount(value);
    default:
      return formatDecimal(value);
  }
}

/** A cell's figure as display text: "1..2", "3,600". */
export function cellText(cell: SweepCell, figure: SweptFigureName): string {
  return formatInterval(cell.figures[figure], FIGURES[figure].kind);
}

/** "Density from 3 to 30 /km, 10 values": what an axis spans. */
export function axisSpanText(sweep: Sweep, index: number): string {
  const axis = sweep.axes[index];
  if (axis === undefined) return '';
  const first = axis.values[0] ?? 0;
  const last = axis.values.at(-1) ?? 0;
  return `${FACTORS[axis.factor].label} from ${formatFactor(axis.factor, { min: first, max: first })} to ${formatFactor(axis.factor, { min: last, max: last })}, ${axis.values.length} values`;
}

/** The factors held fixed: "Brigade size 3,000..5,000 troops (scenario)". */
export function heldFactorTexts(sweep: Sweep): string[] {
  return sweep.held.map((factor) => {
    const origin = factor.origin === 'default' ? `default, ${DEFAULT_PRESET}` : sanitizeText(factor.source);
    return `${FACTORS[factor.name].label} ${formatFactor(factor.name, factor.value)} (${origin})`;
  });
}

/** The scenario's title and id, sanitised. */
export function sweepHeading(sweep: Sweep): { title: string; id: string } {
  return { title: sanitizeText(sweep.scenario.title), id: sanitizeText(sweep.scenario.id) };
}

/** For two axes: the grid of one figure, a row per value of the first axis, a column per value of the second. */
export function gridRows(sweep: Sweep, figure: SweptFigureName): string[][] {
  const [rows, columns] = sweep.axes;
  if (rows === undefined || columns === undefined) return [];
  return rows.values.map((value, row) => [
    axisValueText(rows.factor, value),
    ...columns.values.map((_, column) => {
      const cell = sweep.cells[row * columns.values.length + column];
      return cell === undefined ? '' : cellText(cell, figure);
    }),
  ]);
}
