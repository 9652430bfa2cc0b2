/**
 * The simulation as a plain-text report for an 80-column terminal: the
 * figures with their percentiles beside them, the chance that the pledges
 * suffice, a histogram of brigades, the inputs drawn, the notes on shared
 * inputs and how to read it all. No colour and no escape sequences, as the
 * estimate table.
 */
import { sanitizeText } from '../text/sanitize.js';
import { DEFAULT_SEED } from '../core/simulation/random-streams.js';
import type { Simulation } from '../core/simulation/simulate.js';
import { layoutColumnsOrOverflow, type Column } from './column-layout.js';
import { PLANNING_CAVEAT } from './estimate-rows.js';
import { formatCount } from './number-format.js';
import { brigadeHistogram, howToRead, inputRows, percentText, seedText, simulationFigureRows, simulationNotes } from './simulation-rows.js';
import { joinLines, pad, textWidth, truncate, wrap } from '../text/text-width.js';

/** How the simulation table is laid out. */
export interface SimulationTableOptions {
  /** The widest line, in columns. @default 80 */
  readonly width?: number;
}

/** The widest bar of the histogram. */
const MAX_BAR = 40;

function figureSection(result: Simulation, width: number): string[] {
  const columns: Column[] = [
    { header: ['Figure'], align: 'left', minWidth: 8 },
    { header: ['p5'], align: 'right' },
    { header: ['p50'], align: 'right' },
    { header: ['p95'], align: 'right' },
    { header: ['Mean'], align: 'right' },
    { header: ['Min'], align: 'right' },
    { header: ['Max'], align: 'right' },
  ];
  const rows = simulationFigureRows(result).map((row) => [row.label, row.p5, row.p50, row.p95, row.mean, row.min, row.max]);
  const lines = layoutColumnsOrOverflow(columns, rows, width);
  return [...lines.header, ...lines.rows];
}

function pledgeLine(result: Simulation, width: number): string[] {
  if (result.pledgesSuffice === null) return ['Pledges: none (the scenario names no contributors)'];
  return wrap(`Pledges suffice in ${percentText(result.pledgesSuffice)} of samples (pledged troops at least the deployed troops).`, width);
}

function histogramSection(result: Simulation, width: number): string[] {
  const rows = brigadeHistogram(result);
  const valueWidth = Math.max(8, ...rows.map((row) => textWidth(row.value)));
  const shareWidth = Math.max(6, ...rows.map((row) => textWidth(row.share)));
  const atMostWidth = Math.max(7, ...rows.map((row) => textWidth(row.atMost)));
  const bar = Math.max(1, Math.min(MAX_BAR, width - valueWidth - shareWidth - atMostWidth - 8));
  return [
    `${pad('Brigades', valueWidth, 'right')}  ${pad('', bar, 'left')}  ${pad('Share', shareWidth, 'right')}  ${pad('At most', atMostWidth, 'right')}`,
    ...rows.map(
      (row) =>
        `${pad(row.value, valueWidth, 'right')}  ${pad('#'.repeat(Math.round(row.height * bar)), bar, 'left')}  ${pad(row.share, shareWidth, 'right')}  ${pad(row.atMost, atMostWidth, 'right')}`,
    ),
  ];
}

function inputSection(result: Simulation, width: number): string[] {
  const rows = inputRows(result);
  if (rows.length === 0) return ['Uncertain inputs: none (every input is a single value)'];
  const columns: Column[] = [
    { header: ['Uncertain input'], align: 'left', minWidth: 8 },
    { header: ['Drawn from'], align: 'left' },
  ];
  const lines = layoutColumnsOrOverflow(columns, rows.map((row) => [row.label, row.distribution]), width);
  return [...lines.header, ...lines.rows];
}

function paragraphs(title: string, texts: readonly string[], width: number): string[] {
  return [title, ...texts.flatMap((text) => wrap(text, width - 4).map((line, index) => (index === 0 ? `  - ${line}` : `    ${line}`)))];
}

/**
 * The simulation as an aligned text report of at most `width` columns (80 by
 * default); names too long for their column end in "…", notes wrap.
 */
export function formatSimulationTable(result: Simulation, options: SimulationTableOptions = {}): string {
  const width = options.width ?? 80;
  return joinLines([
    truncate(sanitizeText(result.scenario.title), width),
    truncate(`scenario ${sanitizeText(result.scenario.id)}: ${formatCount(result.samples)} samples, ${seedText(result, DEFAULT_SEED)}`, width),
    '',
    ...figureSection(result, width),
    '',
    ...pledgeLine(result, width),
    '',
    ...histogramSection(result, width),
    '',
    ...inputSection(result, width),
    '',
    ...paragraphs('Notes', simulationNotes(result), width),
    '',
    ...paragraphs('How to read this', howToRead(result), width),
    '',
    ...wrap(PLANNING_CAVEAT, width),
  ]);
}
