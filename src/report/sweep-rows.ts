/**
 * A Sweep as display text, shared by the table and the Markdown printer: the
 * axes with their titles and values, each cell's brigades and troops, and the
 * factors held fixed with where they came from.
 */
import { isFactorAxis, type Sweep, type SweepCell, type SweptAxis, type SweptInputAxis } from '../core/analysis/sweep.js';
import { DEFAULT_PRESET, FACTORS } from '../core/factors.js';
import { FIGURES, SWEPT_COALITION_FIGURE_NAMES, SWEPT_FIGURE_NAMES, type FigureInput, type SweptCoalitionFigureName, type SweptFigureName } from '../core/figures.js';
import type { Interval } from '../core/interval.js';
import { sanitizeText } from '../text/sanitize.js';
import { truncate } from '../text/text-width.js';
import { formatCount, formatDecimal, formatFactor, formatInterval } from './number-format.js';

/** A figure a sweep's cell can hold: a core figure, or a coalition's where the scenario has one. */
export type SweepCellFigure = SweptFigureName | SweptCoalitionFigureName;

/** A figure with its label, on one line and broken over two for narrow tables. */
export interface SweepFigureColumn {
  readonly figure: SweepCellFigure;
  readonly label: string;
  readonly twoLines: readonly [string, string];
}

/** A figure's value in a cell; null for a coalition figure without a coalition. */
export function cellFigure(cell: SweepCell, figure: SweepCellFigure): Interval | null {
  return FIGURES[figure].group === 'coalition' ? (cell.coalition?.[figure as SweptCoalitionFigureName] ?? null) : cell.figures[figure as SweptFigureName];
}

/** A label broken at the space nearest its middle: "Committed brigades" over two lines; one word under an empty line. */
function twoLines(label: string): [string, string] {
  const spaces = [...label.matchAll(/ /g)].map((match) => match.index);
  if (spaces.length === 0) return ['', label];
  const middle = label.length / 2;
  const at = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [label.slice(0, at), label.slice(at + 1)];
}

const column = (figure: SweepCellFigure): SweepFigureColumn => ({ figure, label: FIGURES[figure].label, twoLines: twoLines(FIGURES[figure].label) });

/** Every core figure a sweep can show, as a column. */
const SWEPT_COLUMNS: readonly SweepFigureColumn[] = SWEPT_FIGURE_NAMES.map(column);

/** Every coalition figure a sweep can show, as a column. */
const SWEPT_COALITION_COLUMNS: readonly SweepFigureColumn[] = SWEPT_COALITION_FIGURE_NAMES.map(column);

const sameInterval = (a: { min: number; max: number } | null, b: { min: number; max: number } | null) =>
  a === null || b === null ? a === b : a.min === b.min && a.max === b.max;

/**
 * The coalition's columns, where a pledge is varied: those shown always (the
 * shortfall), and those whose value is not the same in every cell (pledged
 * troops). Other sweeps keep to the need, within the width of a terminal;
 * JSON and CSV carry the coalition's figures in every sweep of a coalition.
 */
function coalitionColumns(sweep: Sweep): SweepFigureColumn[] {
  const [first] = sweep.cells;
  const pledgeVaried = sweep.axes.some((axis) => !isFactorAxis(axis) && 'contributor' in axis.input);
  if (first?.coalition === null || first === undefined || !pledgeVaried) return [];
  return SWEPT_COALITION_COLUMNS.filter(
    (column) => FIGURES[column.figure].sweep === 'always' || sweep.cells.some((cell) => !sameInterval(cellFigure(cell, column.figure), cellFigure(first, column.figure))),
  );
}

/**
 * The figures the table shows, in the figure table's order: those it shows
 * `always` (line troops and brigades), and each `whenMoved` figure when a
 * varied factor moves it and none of those shown always (rotation moves the
 * committed brigades, air cover per brigade the air cover), or when its
 * column would repeat none already shown (the committed troops under an
 * enabler share), and where only inputs are varied, is not the same in every
 * cell. So a sweep of rotation shows what rotation moves, not a column of
 * the same brigades, no column repeats another, and a sweep of a pledge,
 * which moves none of these, shows the need beside the coalition's columns,
 * not a wall of the same numbers.
 * The coalition's columns follow where a pledge is varied.
 */
export function sweepFigures(sweep: Sweep): readonly SweepFigureColumn[] {
  const varied = new Set<FigureInput>(sweep.axes.flatMap((axis) => (isFactorAxis(axis) ? [axis.factor] : [])));
  const always = SWEPT_COLUMNS.filter((column) => FIGURES[column.figure].sweep === 'always');
  const alwaysMoved = new Set(always.flatMap((column) => FIGURES[column.figure].inputs));
  const shown = [...always];
  const [first] = sweep.cells;
  if (first === undefined) return always;
  const onlyInputs = !sweep.axes.some(isFactorAxis);
  for (const column of SWEPT_COLUMNS) {
    if (FIGURES[column.figure].sweep !== 'whenMoved') continue;
    const movedByVaried = FIGURES[column.figure].inputs.some((input) => varied.has(input) && !alwaysMoved.has(input));
    const repeats = shown.some((other) => sweep.cells.every((cell) => sameInterval(cellFigure(cell, column.figure), cellFigure(cell, other.figure))));
    const constant = onlyInputs && sweep.cells.every((cell) => sameInterval(cellFigure(cell, column.figure), cellFigure(first, column.figure)));
    if (movedByVaried || !(repeats || constant)) shown.push(column);
  }
  return [...SWEPT_COLUMNS.filter((column) => shown.includes(column)), ...coalitionColumns(sweep)];
}

/** The longest entry name an axis's title shows: a sector's name may run to 100 characters. */
const TITLE_NAME_WIDTH = 30;

/** What an input axis sets, in words: "length", "pledge". */
const INPUT_FIELD: Readonly<Record<SweptInputAxis['input']['kind'], string>> = {
  sectorLength: 'length',
  sectorDensity: 'density',
  pledgedTroops: 'pledge',
  pledgedBrigades: 'pledge',
  capabilityNeed: 'need',
};

/**
 * "Density (/km)", "Brigade size (troops)", "Rotation", "Hot spot length
 * (km)", "France pledge (troops)": an axis's title with the unit its values
 * are in, an entry's name sanitised and cut to fit a column.
 */
export function axisTitle(axis: SweptAxis): string {
  if (!isFactorAxis(axis)) return `${truncate(sanitizeText(axis.entry), TITLE_NAME_WIDTH)} ${INPUT_FIELD[axis.input.kind]} (${sanitizeText(axis.unit)})`;
  const { label, kind, unit } = FACTORS[axis.factor];
  return kind === 'share' || kind === 'multiplier' || unit === '' ? label : `${label} (${unit})`;
}

/** An axis's title over two lines, for a narrow table: an entry's name over what of it and the unit; a factor's under an empty line. */
export function axisTitleLines(axis: SweptAxis): readonly [string, string] {
  if (isFactorAxis(axis)) return ['', axisTitle(axis)];
  return [truncate(sanitizeText(axis.entry), TITLE_NAME_WIDTH), `${INPUT_FIELD[axis.input.kind]} (${sanitizeText(axis.unit)})`];
}

/** An axis's title inside a sentence: a factor's in lower case, an entry's name as the file spells it. */
export function axisLead(axis: SweptAxis): string {
  return isFactorAxis(axis) ? axisTitle(axis).toLowerCase() : axisTitle(axis);
}

/** What an axis is called in a CSV header and a JSON key: the factor, or the input as the command line wrote it. */
export function axisColumnName(axis: SweptAxis): string {
  return isFactorAxis(axis) ? axis.factor : axis.name;
}

/** One value of an axis as its header reads, unit in the title: "3", "3,000", "25%", "2.5x". */
export function axisValueText(axis: SweptAxis, value: number): string {
  if (!isFactorAxis(axis)) return axis.input.kind === 'pledgedTroops' || axis.input.kind === 'pledgedBrigades' ? formatCount(value) : formatDecimal(value);
  switch (FACTORS[axis.factor].kind) {
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

/** A cell's figure as display text: "1..2", "3,600"; "-" for a coalition figure without a coalition. */
export function cellText(cell: SweepCell, figure: SweepCellFigure): string {
  const value = cellFigure(cell, figure);
  return value === null ? '-' : formatInterval(value, FIGURES[figure].kind);
}

/** What an input axis sets, in a sentence: `the length of sector "Hot spot"`. */
const INPUT_PHRASE: Readonly<Record<SweptInputAxis['input']['kind'], string>> = {
  sectorLength: 'The length of sector',
  sectorDensity: 'The density of sector',
  pledgedTroops: 'The pledge of',
  pledgedBrigades: 'The pledge of',
  capabilityNeed: 'The need of capability',
};

/** "Density from 3 to 30 /km, 10 values", 'The length of sector "Hot spot" from 100 to 400 km, 4 values': what an axis spans. */
export function axisSpanText(sweep: Sweep, index: number): string {
  const axis = sweep.axes[index];
  if (axis === undefined) return '';
  const first = axis.values[0] ?? 0;
  const last = axis.values.at(-1) ?? 0;
  if (!isFactorAxis(axis)) {
    // The unit once, after both ends: "from 1 to 3 units per 100 km".
    const [from, to] = [axisValueText(axis, first), axisValueText(axis, last)];
    return `${INPUT_PHRASE[axis.input.kind]} "${sanitizeText(axis.entry)}" from ${from} to ${to} ${sanitizeText(axis.unit)}, ${axis.values.length} values`;
  }
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
export function gridRows(sweep: Sweep, figure: SweepCellFigure): string[][] {
  const [rows, columns] = sweep.axes;
  if (rows === undefined || columns === undefined) return [];
  return rows.values.map((value, row) => [
    axisValueText(rows, value),
    ...columns.values.map((_, column) => {
      const cell = sweep.cells[row * columns.values.length + column];
      return cell === undefined ? '' : cellText(cell, figure);
    }),
  ]);
}
