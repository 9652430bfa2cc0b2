/**
 * A tornado bar in plain text: one row's range of a figure drawn on an axis
 * shared by every row, `=` from its low to its high value and `|` at the
 * figure's central value, so the widest bar reads as the input that matters
 * most. No colour and no block characters, so it reads the same under
 * TERM=dumb, in a file and in a pipe.
 */
import { formatCount } from './number-format.js';
import { textWidth } from '../text/text-width.js';

/** The shared axis of a tornado: the lowest and the highest value any row reaches. */
export interface TornadoAxis {
  readonly min: number;
  readonly max: number;
  /** Columns of each bar. */
  readonly width: number;
}

function column(value: number, axis: TornadoAxis): number {
  if (axis.max === axis.min) return Math.floor((axis.width - 1) / 2);
  const share = (value - axis.min) / (axis.max - axis.min);
  return Math.min(axis.width - 1, Math.max(0, Math.round(share * (axis.width - 1))));
}

/** The bar of one row: `=` from `low` to `high`, `|` at `central` (if any), spaces elsewhere, `axis.width` columns. */
export function tornadoBar(low: number, high: number, central: number | null, axis: TornadoAxis): string {
  const cells = Array.from({ length: axis.width }, () => ' ');
  for (let index = column(low, axis); index <= column(high, axis); index += 1) cells[index] = '=';
  if (central !== null) cells[column(central, axis)] = '|';
  return cells.join('');
}

/**
 * An axis's ends over bars `width` columns wide, the low end left and the
 * high end right ("6             9"), or "low..high" where the bars are too
 * narrow for both with a space between.
 */
export function axisScale(low: string, high: string, width: number): string {
  const gap = width - textWidth(low) - textWidth(high);
  return gap >= 1 ? `${low}${' '.repeat(gap)}${high}` : `${low}..${high}`;
}

/** The tornado's axis over its bars: its ends ("6             9"), or its one value when nothing moves. */
export function tornadoScale(axis: TornadoAxis): string {
  const low = formatCount(axis.min);
  return axis.min === axis.max ? low : axisScale(low, formatCount(axis.max), axis.width);
}
