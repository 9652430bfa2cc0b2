/**
 * The uncertainty of an estimate as lines of the screen: each simulated
 * figure's p5, p50 and p95 beside its exact range, the share of samples in
 * which the pledges suffice, the chance each capability and all of them
 * suffice (with and without the backstop), a histogram of brigade counts and the tornado of
 * committed brigades. Every number comes from the core's `simulate` and
 * `sensitivity`, and is written by the report's formatters (the same text as
 * `forcecalc simulate` and `forcecalc sensitivity`); only columns are laid
 * out here.
 */
import { FIGURES, figureValue, SIMULATED_FIGURE_NAMES, type Estimate } from '../../core/index.js';
import type { Sensitivity } from '../../core/analysis/index.js';
import { coveredByDay, type Simulation } from '../../core/simulation/index.js';
import { figureTornados, noUncertaintyText } from '../../report/sensitivity-rows.js';
import { brigadeHistogram, capabilitySimulationRows, percentText, simulationFigureRows } from '../../report/simulation-rows.js';
import { formatCount, formatDecimal } from '../../report/number-format.js';
import { pad, textWidth, truncate, wrap } from '../../text/text-width.js';
import { tornadoBar, tornadoScale, type TornadoAxis } from '../../report/tornado-bar.js';
import { figureText } from '../estimate/figure-text.js';
import type { StyleName } from '../components/theme.js';
import type { UncertaintyState } from './uncertainty-state.js';

/** A piece of a line in one style. */
export interface UncertaintySpan {
  readonly text: string;
  readonly style?: StyleName;
}

/** One line of the uncertainty view, at most `width` columns. */
export type UncertaintyLine = readonly UncertaintySpan[];

/** What the view is drawn with. */
export interface UncertaintyLayout {
  readonly width: number;
  /** The Timeline panel's cursor: the chance of being covered by that day is shown where the pledges arrive or leave. */
  readonly coveredDay?: number;
  /** The theme's character for a histogram bar. */
  readonly barGlyph: string;
}

/** What the view says where a part is still being computed. */
export const SIMULATING = 'simulating…';

const INDENT = '  ';
const GAP = '  ';
/** The longest simulated figure's label and two spaces (from the figure table). */
const LABEL_WIDTH = Math.max(...SIMULATED_FIGURE_NAMES.map((name) => textWidth(FIGURES[name].label))) + GAP.length;
/** The histogram's and the tornado's bars, at most; fewer on a narrow panel. */
const MAX_BAR_WIDTH = 30;
const MIN_BAR_WIDTH = 8;
const OPPOSITE = 'opposite';

const plain = (text: string): UncertaintyLine => [{ text }];
const styled = (text: string, style: StyleName): UncertaintyLine => [{ text, style }];
const blank: UncertaintyLine = plain('');

/** Columns of `cells` right-aligned to the widest of each, headings included. */
function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, textWidth(cell))));
  return widths;
}

/** The simulated figures: label, the estimate's exact range where it fits, then p5, p50 and p95. */
function figureTable(simulation: Simulation, estimate: Estimate, width: number): UncertaintyLine[] {
  const rows = simulationFigureRows(simulation);
  const percentiles = [['P5', 'P50', 'P95'], ...rows.map((row) => [row.p5, row.p50, row.p95])];
  const percentileWidths = columnWidths(percentiles);
  const percentileText = (cells: readonly string[]) => cells.map((cell, index) => pad(cell, percentileWidths[index] ?? 0, 'right')).join(GAP);
  const ranges = rows.map((row) => figureText(row.name, figureValue(estimate, row.name)));
  const rangeWidth = Math.max(textWidth('RANGE'), ...ranges.map(textWidth));
  const percentilesWidth = textWidth(percentileText(percentiles[0] ?? []));
  // The exact range is in the table beside; here it gives way first on a narrow panel.
  const withRange = INDENT.length + LABEL_WIDTH + rangeWidth + GAP.length + percentilesWidth <= width;
  const line = (label: string, range: string, cells: readonly string[]) =>
    `${INDENT}${pad(label, LABEL_WIDTH, 'left')}${withRange ? `${pad(range, rangeWidth, 'left')}${GAP}` : ''}${percentileText(cells)}`;
  return [
    styled(line('FIGURE', 'RANGE', percentiles[0] ?? []), 'heading'),
    ...rows.map((row, index) => plain(line(FIGURES[row.name].label, ranges[index] ?? '', percentiles[index + 1] ?? []))),
  ];
}

function pledgesLines(simulation: Simulation, width: number): UncertaintyLine[] {
  const text =
    simulation.pledgesSuffice === null
      ? 'No coalition pledges in this scenario: nothing to weigh against the need.'
      : `Pledges suffice in ${percentText(simulation.pledgesSuffice)} of samples (pledged at least deployed troops).`;
  return wrap(text, width).map((line) => plain(line));
}

/**
 * With a coalition, each capability's share of samples in which the units
 * pledged reach the need, with and without the backstop, then the share in
 * which the troops and every capability suffice at once; nothing without one.
 */
function capabilityLines(simulation: Simulation, width: number): UncertaintyLine[] {
  if (simulation.allSuffice === null || simulation.allSufficeWithoutBackstop === null) return [];
  const rows = capabilitySimulationRows(simulation);
  const [, sufficeWidth = 0, withoutWidth = 0] = columnWidths([['', 'SUFFICES', 'NO BACKSTOP'], ...rows.map((row) => ['', row.suffice, row.sufficeWithoutBackstop])]);
  // Names as long as the longest, within what the percentages leave; never narrower than "CAPABILITY".
  const longest = Math.max(textWidth('CAPABILITY'), ...rows.map((row) => textWidth(row.name)));
  const room = width - INDENT.length - GAP.length - sufficeWidth - GAP.length - withoutWidth;
  const nameWidth = Math.max(textWidth('CAPABILITY'), Math.min(longest, room));
  const line = (name: string, suffice: string, without: string) =>
    `${INDENT}${pad(truncate(name, nameWidth), nameWidth, 'left')}${GAP}${pad(suffice, sufficeWidth, 'right')}${GAP}${pad(without, withoutWidth, 'right')}`;
  const all = `All suffice in ${percentText(simulation.allSuffice)} of samples (troops and every capability); ${percentText(simulation.allSufficeWithoutBackstop)} without the backstop.`;
  return [
    blank,
    styled(line('CAPABILITY', 'SUFFICES', 'NO BACKSTOP'), 'heading'),
    ...rows.map((row) => plain(line(row.name, row.suffice, row.sufficeWithoutBackstop))),
    ...wrap(all, width).map((text) => plain(text)),
  ];
}

/**
 * Where contingents arrive or leave: the share of samples covered by the
 * Timeline panel's day (from then to the horizon), and the share never
 * covered; nothing otherwise.
 */
function coverageLines(simulation: Simulation, estimate: Estimate, day: number | undefined, width: number): UncertaintyLine[] {
  const coverage = simulation.coverage;
  const timeline = estimate.coalition?.timeline;
  if (day === undefined || coverage === null || timeline === undefined || timeline.steps.length < 2) return [];
  const text = `Covered by day ${formatDecimal(day, 1)} (the timeline's cursor) in ${percentText(coveredByDay(coverage, day))} of samples; never covered within the horizon in ${percentText(coverage.neverCovered)}.`;
  return wrap(text, width).map((line) => plain(line));
}

/** The share of samples at each number of brigades, a bar each, and the share at most that number. */
function histogramLines(simulation: Simulation, layout: UncertaintyLayout): UncertaintyLine[] {
  const bars = brigadeHistogram(simulation);
  const valueWidth = Math.max(...bars.map((bar) => textWidth(bar.value)));
  const shareWidth = Math.max(textWidth('SHARE'), ...bars.map((bar) => textWidth(bar.share)));
  const atMostWidth = Math.max(textWidth('AT MOST'), ...bars.map((bar) => textWidth(bar.atMost)));
  const fixed = INDENT.length + valueWidth + GAP.length + GAP.length + shareWidth + GAP.length + atMostWidth;
  const barWidth = Math.max(MIN_BAR_WIDTH, Math.min(MAX_BAR_WIDTH, layout.width - fixed));
  // A share above zero takes at least one cell, so it never reads as none.
  const cells = (height: number) => (height > 0 ? Math.max(1, Math.round(height * barWidth)) : 0);
  const tail = (share: string, atMost: string) => `${GAP}${pad(share, shareWidth, 'right')}${GAP}${pad(atMost, atMostWidth, 'right')}`;
  const title = `Brigades in ${formatCount(simulation.samples)} samples`;
  const beforeTail = INDENT.length + valueWidth + GAP.length + barWidth;
  return [
    ...(textWidth(title) < beforeTail
      ? [styled(`${pad(title, beforeTail, 'left')}${tail('SHARE', 'AT MOST')}`, 'heading')]
      : [styled(title, 'heading'), styled(`${' '.repeat(beforeTail)}${tail('SHARE', 'AT MOST')}`, 'heading')]),
    ...bars.map((bar): UncertaintyLine => {
      const filled = cells(bar.height);
      return [
        { text: `${INDENT}${pad(bar.value, valueWidth, 'right')}${GAP}` },
        { text: layout.barGlyph.repeat(filled), style: 'barNeeded' },
        { text: `${' '.repeat(barWidth - filled)}${tail(bar.share, bar.atMost)}` },
      ];
    }),
  ];
}

/** What moves committed brigades: each uncertain input from its low to its high end, the others central. */
function tornadoLines(result: Sensitivity, width: number): UncertaintyLine[] {
  const [tornado] = figureTornados(result);
  if (tornado === undefined || tornado.rows.length === 0) return wrap(noUncertaintyText(result), width).map((line) => plain(line));
  const numbers = [['LOW', 'HIGH'], ...tornado.rows.map((row) => [row.atLow, row.atHigh])];
  const [lowWidth = 0, highWidth = 0] = columnWidths(numbers);
  const labelWidth = Math.max(textWidth('INPUT'), ...tornado.rows.map((row) => textWidth(row.label)));
  const beside = INDENT.length + lowWidth + GAP.length + highWidth + GAP.length + GAP.length + OPPOSITE.length;
  const barWidth = Math.max(MIN_BAR_WIDTH, Math.min(MAX_BAR_WIDTH - 10, width - beside - LABEL_WIDTH));
  const shownLabelWidth = Math.max(textWidth('INPUT'), Math.min(labelWidth, width - beside - barWidth));
  const axis: TornadoAxis = {
    min: Math.min(tornado.central, ...tornado.rows.map((row) => row.low)),
    max: Math.max(tornado.central, ...tornado.rows.map((row) => row.high)),
    width: barWidth,
  };
  const line = (label: string, low: string, high: string, bar: string) =>
    `${INDENT}${pad(truncate(label, shownLabelWidth), shownLabelWidth, 'left')}${GAP}${pad(low, lowWidth, 'right')}${GAP}${pad(high, highWidth, 'right')}${GAP}${bar}`;
  return [
    styled(`What moves ${tornado.title.toLowerCase()} (${formatCount(tornado.central)} with every input central)`, 'heading'),
    styled(line('INPUT', 'LOW', 'HIGH', tornadoScale(axis)), 'heading'),
    ...tornado.rows.map((row): UncertaintyLine => [
      { text: line(row.label, row.atLow, row.atHigh, tornadoBar(row.low, row.high, tornado.central, axis)) },
      ...(row.opposite ? [{ text: `${GAP}${OPPOSITE}`, style: 'muted' as const }] : []),
    ]),
  ];
}

/**
 * The lines of the uncertainty view for `estimate` (the exact figures under
 * the same values) as far as `state` has them: "simulating…" stands for a
 * part still being computed.
 */
export function uncertaintyLines(estimate: Estimate, state: UncertaintyState, layout: UncertaintyLayout): UncertaintyLine[] {
  if (state.error !== null) return wrap(`! The simulation failed: ${state.error}`, layout.width).map((line) => styled(line, 'error'));
  const { simulation, sensitivity } = state;
  if (simulation === null) return [styled(SIMULATING, 'muted')];
  return [
    ...figureTable(simulation, estimate, layout.width),
    blank,
    ...pledgesLines(simulation, layout.width),
    ...coverageLines(simulation, estimate, layout.coveredDay, layout.width),
    ...capabilityLines(simulation, layout.width),
    blank,
    ...histogramLines(simulation, layout),
    blank,
    ...(sensitivity === null ? [styled(SIMULATING, 'muted')] : tornadoLines(sensitivity, layout.width)),
  ];
}
