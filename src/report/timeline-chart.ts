/**
 * The coalition's timeline as a chart of text: days across, troops up, the
 * troops surely on the ground filled (`#`), those possibly there as a band
 * above them (`+`), and the need, the deployed troops, as a line (`-`).
 * Under the axis, `^` marks the first day the pledges can cover the line
 * and `*` the day from which they surely do.
 *
 * Only ASCII, so it reads the same in any terminal, in NO_COLOR and in a
 * Markdown code block. Every number comes from the estimate's timeline
 * (src/core/timeline.ts): the chart only places them.
 */
import type { Estimate } from '../core/estimate.js';
import { dateOfDay } from '../core/calendar.js';
import { stepOn, type CoalitionTimeline } from '../core/timeline.js';
import { formatCount, formatDecimal } from './number-format.js';

/** The smallest chart worth drawing. */
export const MIN_CHART_SIZE = { width: 30, height: 4 } as const;

/** What the chart's marks mean: two lines for under it. */
export const CHART_LEGEND = ['# surely on the ground   + possibly there   - needed (deployed troops)', '^ the pledges can cover the line from   * they surely do from'] as const;

/** The axis's top: the least of these multiples of a power of ten at least `value`, so the chart fills its height. */
const AXIS_TOPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] as const;

function roundAxisTop(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const multiple = AXIS_TOPS.find((candidate) => candidate * power >= value) ?? 10;
  return multiple * power;
}

function dayLabel(day: number): string {
  return `day ${formatDecimal(day, 1)}`;
}

/** `text` placed in `line` from `at`, clipped to the line. */
function place(line: string[], at: number, text: string): void {
  for (let index = 0; index < text.length; index += 1) {
    const column = at + index;
    if (column >= 0 && column < line.length) line[column] = text[index] ?? ' ';
  }
}

/**
 * The chart of `estimate`'s coalition in `width` columns and `height` rows
 * of plot (the axis, the markers and the days add three lines, the dates a
 * fourth); null without a coalition. Sizes below MIN_CHART_SIZE are raised
 * to it. With `cursorDay`, the column of that day is dotted (`:`) where
 * nothing else is drawn and marked `|` under the axis (the UI's cursor).
 */
export function timelineChart(estimate: Estimate, width: number, height: number, cursorDay: number | null = null): string[] | null {
  const coalition = estimate.coalition;
  if (coalition === null) return null;
  const timeline: CoalitionTimeline = coalition.timeline;
  const need = estimate.figures.deployedTroops;
  const top = roundAxisTop(Math.max(need.max, ...timeline.steps.map((step) => step.pledgedTroops.max)));
  const rows = Math.max(MIN_CHART_SIZE.height, height);
  const middleRow = Math.floor(rows / 2);
  // The top row and the middle one are labelled with the troops at their upper edge (the middle one's rounded).
  const labels = new Map([
    [0, formatCount(top)],
    [middleRow, formatCount(Math.round((top * (rows - middleRow)) / rows))],
  ]);
  const labelWidth = Math.max(...[...labels.values()].map((label) => label.length));
  const plotWidth = Math.max(MIN_CHART_SIZE.width, width) - labelWidth - 2;
  const horizon = timeline.horizonDays;
  const dayAt = (column: number): number => (column * horizon) / plotWidth;
  // A column shows the day it starts on; a marked day is in the first column starting on or after it.
  const columnOf = (day: number): number => Math.min(plotWidth - 1, Math.ceil((day / horizon) * plotWidth - 1e-9));

  const cursorColumn = cursorDay === null ? null : columnOf(Math.min(Math.max(cursorDay, 0), horizon));
  const lines: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    // Row `row` (0 at the top) holds the troops in (low, high].
    const high = (top * (rows - row)) / rows;
    const low = (top * (rows - row - 1)) / rows;
    const middle = (low + high) / 2;
    const needHere = need.max > low && need.min <= high;
    let plot = '';
    for (let column = 0; column < plotWidth; column += 1) {
      const step = stepOn(timeline, dayAt(column));
      if (needHere) plot += '-';
      else if (step.pledgedTroops.min >= middle) plot += '#';
      else if (step.pledgedTroops.max >= middle) plot += '+';
      else plot += column === cursorColumn ? ':' : ' ';
    }
    const label = labels.get(row) ?? '';
    lines.push(`${label.padStart(labelWidth)} |${plot}`.trimEnd());
  }
  lines.push(`${'0'.padStart(labelWidth)} +${'-'.repeat(plotWidth)}`);

  const indent = labelWidth + 2;
  const markers = Array.from({ length: plotWidth }, () => ' ');
  const { min: canFrom, max: surelyFrom } = timeline.coveredFromDay;
  if (cursorColumn !== null) place(markers, cursorColumn, '|');
  if (canFrom !== null) place(markers, columnOf(canFrom), '^');
  if (surelyFrom !== null) place(markers, columnOf(surelyFrom), '*');
  lines.push(`${' '.repeat(indent)}${markers.join('')}`.trimEnd());

  const axis = (label: (day: number) => string): string => {
    const line = Array.from({ length: plotWidth }, () => ' ');
    const first = label(0);
    const last = label(horizon);
    place(line, 0, first);
    place(line, plotWidth - last.length, last);
    const middle = label(horizon / 2);
    const at = Math.floor((plotWidth - middle.length) / 2);
    if (at > first.length + 1 && at + middle.length < plotWidth - last.length - 1) place(line, at, middle);
    return `${' '.repeat(indent)}${line.join('')}`.trimEnd();
  };
  lines.push(axis(dayLabel));
  if (timeline.start !== null) {
    const start = timeline.start;
    lines.push(axis((day) => dateOfDay(start, Math.floor(day))));
  }
  return lines;
}
