/**
 * `forcecalc sensitivity` as a plain-text report: the uncertain inputs with
 * their ranges and central values, then one tornado per figure (each input's
 * value at its low and its high end, the swing, and a bar on a shared axis),
 * then the notes. At most `width` columns; input labels give way first.
 */
import type { Sensitivity } from '../core/analysis/sensitivity.js';
import { layoutColumnsOrOverflow, type Column } from './column-layout.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { formatCount } from './number-format.js';
import {
  figureTornados,
  noUncertaintyText,
  SENSITIVITY_METHOD,
  sensitivityHeading,
  sensitivityInputRows,
  sensitivityNotes,
  sortOrderText,
  type FigureTornado,
} from './sensitivity-rows.js';
import { joinLines, truncate, wrap } from '../text/text-width.js';
import { tornadoBar, tornadoScale, type TornadoAxis } from './tornado-bar.js';

/** How the sensitivity table is laid out. */
export interface SensitivityTableOptions {
  /** The widest line, in columns. @default 80 */
  readonly width?: number;
}

/** Columns of each tornado bar: 20 at 80 columns, fewer (down to 8) on a narrower terminal. */
const BAR_WIDTH = { max: 20, min: 8 };
/** The columns beside the bar at their usual widths (label at its narrowest), gaps included. */
const BESIDE_BAR = 60;
const LABEL_MIN_WIDTH = 8;
const OPPOSITE_MARK = 'opposite';

function inputTable(result: Sensitivity, width: number): string[] {
  const columns: Column[] = [
    { header: ['Input'], align: 'left', minWidth: LABEL_MIN_WIDTH },
    { header: ['Range'], align: 'left' },
    { header: ['Central'], align: 'left' },
  ];
  const rows = sensitivityInputRows(result).map((row) => [row.label, row.range, row.central]);
  const lines = layoutColumnsOrOverflow(columns, rows, width);
  return [...lines.header, ...lines.rows];
}

function tornadoTable(tornado: FigureTornado, width: number): string[] {
  const axis: TornadoAxis = {
    min: Math.min(tornado.central, ...tornado.rows.map((row) => row.low)),
    max: Math.max(tornado.central, ...tornado.rows.map((row) => row.high)),
    width: Math.max(BAR_WIDTH.min, Math.min(BAR_WIDTH.max, width - BESIDE_BAR)),
  };
  const columns: Column[] = [
    { header: ['Input'], align: 'left', minWidth: LABEL_MIN_WIDTH },
    { header: ['At low'], align: 'right' },
    { header: ['At high'], align: 'right' },
    { header: ['Swing'], align: 'right' },
    { header: [tornadoScale(axis)], align: 'left' },
    { header: [''], align: 'left' },
  ];
  const rows = tornado.rows.map((row) => [
    row.label,
    row.atLow,
    row.atHigh,
    row.swing,
    tornadoBar(row.low, row.high, tornado.central, axis),
    row.opposite ? OPPOSITE_MARK : '',
  ]);
  const lines = layoutColumnsOrOverflow(columns, rows, width);
  return [`${tornado.title}: ${formatCount(tornado.central)} at the central values`, ...lines.header, ...lines.rows];
}

function noteLines(result: Sensitivity, width: number): string[] {
  const notes = sensitivityNotes(result);
  if (notes.length === 0) return [];
  return [
    '',
    'Notes',
    ...notes.flatMap((note) => wrap(`${note.label}: ${note.text}.`, width - 4).map((line, index) => (index === 0 ? `  - ${line}` : `    ${line}`))),
  ];
}

/** The sensitivity as an aligned text report of at most `width` columns (80 by default). */
export function formatSensitivityTable(result: Sensitivity, options: SensitivityTableOptions = {}): string {
  const width = options.width ?? 80;
  const heading = sensitivityHeading(result);
  const top = [truncate(`Sensitivity: ${heading.title}`, width), truncate(`scenario ${heading.id}`, width), ''];
  if (result.rows.length === 0) {
    return joinLines([...top, ...wrap(noUncertaintyText(result), width), '', ...wrap(PLANNING_CAVEAT, width)]);
  }
  return joinLines([
    ...top,
    ...wrap(`${SENSITIVITY_METHOD} Sorted by swing: ${sortOrderText(result)}.`, width),
    '',
    ...inputTable(result, width),
    ...figureTornadoSections(result, width),
    ...noteLines(result, width),
    '',
    ...wrap(PLANNING_CAVEAT, width),
  ]);
}

function figureTornadoSections(result: Sensitivity, width: number): string[] {
  return figureTornados(result).flatMap((tornado) => ['', ...tornadoTable(tornado, width)]);
}
