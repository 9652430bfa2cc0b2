import type { Interval } from '../../core/index.js';

/** A bar of a chart: cells every bound reaches, then cells only the range's maximum reaches. */
export interface BarCells {
  readonly solid: number;
  readonly range: number;
}

/**
 * The cells of a bar for `value` on a scale where `scaleMax` fills `width`
 * cells. A value above zero gets at least one cell, so it never reads as
 * nothing; the bar never passes `width`.
 */
export function barCells(value: Interval, scaleMax: number, width: number): BarCells {
  if (!(scaleMax > 0) || width <= 0) return { solid: 0, range: 0 };
  const cells = (n: number): number => (n > 0 ? Math.min(width, Math.max(1, Math.round((n / scaleMax) * width))) : 0);
  const solid = cells(value.min);
  return { solid, range: Math.max(0, cells(value.max) - solid) };
}
