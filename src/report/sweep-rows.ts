/**
 * A Sweep as display text, shared by the table and the Markdown printer: the
 * axes with their titles and values, each cell's brigades and troops, and the
 * factors held fixed with where they came from.
 */
import type { Sweep, SweepCell } from '../core/analysis/sweep.js';
import { DEFAULT_PRESET, FACTORS, type FactorName } from '../core/factors.js';
import { sanitizeText } from '../text/sanitize.js';
import { formatCount, formatDecimal, formatFactor, formatInterval } from './number-format.js';

/** A figure a sweep can show in each cell. */
export type SweepFigure = 'brigades' | 'troops' | 'committedBrigades' | 'committedTroops' | 'airCover';

/** A figure with its label, on one line and broken over two for narrow tables. */
export interface SweepFigureColumn {
  readonly figure: SweepFigure;
  readonly label: string;
  readonly twoLines: readonly [string, string];
}

const BRIGADES: SweepFigureColumn = { figure: 'brigades', label: 'Brigades', twoLines: ['', 'Brigades'] };
const TROOPS: SweepFigureColumn = { figure: 'troops', label: 'Line troops', twoLines: ['Line', 'troops'] };
const COMMITTED_BRIGADES: SweepFigureColumn = { figure: 'committedBrigades', label: 'Committed brigades', twoLines: ['Committed', 'brigades'] };
const COMMITTED_TROOPS: SweepFigureColumn = { figure: 'committedTroops', label: 'Committed troops', twoLines: ['Committed', 'troops'] };
const AIR_COVER: SweepFigureColumn = { figure: 'airCover', label: 'Air cover', twoLines: ['Air', 'cover'] };

const sameInterval = (a: { min: number; max: number }, b: { min: number; max: number }) => a.min === b.min && a.max === b.max;

/**
 * The figures the table shows, in display order: brigades and line troops
 * always; the committed brigades and troops when rotation or the enabler
 * share is varied or makes them differ from the line figures; air cover when
 * air cover per brigade is varied or makes it differ from the brigades. So a
 * sweep of rotation shows what rotation moves, not a column of the same
 * brigades, and no column repeats another.
 */
export function sweepFigures(sweep: Sweep): readonly SweepFigureColumn[] {
  const varied = new Set(sweep.axes.map((axis) => axis.factor));
  const committed =
    varied.has('rotation') || varied.has('enablerShare') || sweep.cells.some((cell) => !sameInterval(cell.committedTroops, cell.troops));
  const airCover = varied.has('airCoverPerBrigade') || sweep.cells.some((cell) => !sameInterval(cell.airCover, cell.brigades));
  return [BRIGADES, TROOPS, ...(committed ? [COMMITTED_BRIGADES, COMMITTED_TROOPS] : []), ...(airCover ? [AIR_COVER] : [])];
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
export function cellText(cell: SweepCell, figure: SweepFigure): string {
  return formatInterval(cell[figure], 'count');
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
export function gridRows(sweep: Sweep, figure: SweepFigure): string[][] {
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
