/**
 * A Simulation as rows of display text, shared by the table and the Markdown
 * printer so that both say the same thing in the same order: the figures
 * with their percentiles, the brigade histogram, the uncertain inputs, the
 * notes on shared inputs and the words on how to read it all. Text from
 * files (names, countries) is sanitised here; numbers go through
 * number-format.ts; the core computed every number.
 */
import { FACTORS, type QuantityKind } from '../core/factors.js';
import { sanitizeText } from '../text/sanitize.js';
import { FIGURES, isCoalitionFigure, SIMULATED_FIGURE_NAMES, type FigureKind, type SimulatedFigureName } from '../core/figures.js';
import type { SimulatedInput, Simulation } from '../core/simulation/simulate.js';
import type { FigureStatistics, ValueFrequency } from '../core/simulation/figure-statistics.js';
import { formatCount, formatDecimal, formatDistribution } from './number-format.js';

/** A figure's summary as display text. */
export interface SimulationFigureRow {
  readonly name: SimulatedFigureName;
  /** "Brigades", "Pledged coverage (km)". */
  readonly label: string;
  readonly p5: string;
  readonly p50: string;
  readonly p95: string;
  readonly mean: string;
  readonly min: string;
  readonly max: string;
}

/** One bar of the brigade histogram: a value (or a run of values), its share, and the share at or below it. */
export interface HistogramRow {
  /** "2", or "10..12" where values are grouped. */
  readonly value: string;
  /** 0..1, of the largest bar, for drawing. */
  readonly height: number;
  /** "61.8%" */
  readonly share: string;
  /** The share of samples at most this value: "80.2%". */
  readonly atMost: string;
}

/** An uncertain input as display text. */
export interface InputRow {
  /** "Density", "Length of Line of contact", "Pledge of France". */
  readonly label: string;
  /** As a scenario file writes it: "pert(2, 3, 5) /km", "3,000..5,000 (uniform)". */
  readonly distribution: string;
}

/** The most bars the brigade histogram draws; more values are grouped into runs. */
export const MAX_HISTOGRAM_BARS = 16;

/** The seed's provenance, for the heading. */
export function seedText(result: Simulation, defaultSeed: number): string {
  return `seed ${result.seed}${result.seed === defaultSeed ? ' (the default)' : ''}`;
}

/**
 * Decimals of a sampled statistic: none for whole counts, a tenth of a km (a
 * sampled length to the metre would claim a precision no input has), two for
 * a density of a few soldiers per km.
 */
const DECIMALS: Readonly<Record<FigureKind, number>> = { count: 0, length: 1, density: 2 };

function statisticText(value: number, kind: FigureKind): string {
  return kind === 'count' ? formatCount(value) : formatDecimal(value, DECIMALS[kind]);
}

/** A mean: one decimal more than the figure's samples have (a mean of 3.9 brigades says more than 4). */
function meanText(value: number, kind: FigureKind): string {
  return formatDecimal(value, DECIMALS[kind] + 1);
}

/** The label a figure has in simulation reports: its name, and its unit where it is not a count of what it names. */
export function simulatedFigureLabel(name: SimulatedFigureName): string {
  const figure = FIGURES[name];
  return figure.kind === 'count' ? figure.label : `${figure.label} ${figure.unit}`;
}

/** The statistics of a figure, or null where the simulation has none (a coalition figure without a coalition). */
export function statisticsOf(result: Simulation, name: SimulatedFigureName): FigureStatistics | null {
  return isCoalitionFigure(name) ? (result.coalition?.[name] ?? null) : result.figures[name];
}

/** Every figure the simulation has, in display order, as text. */
export function simulationFigureRows(result: Simulation): SimulationFigureRow[] {
  return SIMULATED_FIGURE_NAMES.flatMap((name) => {
    const statistics = statisticsOf(result, name);
    if (statistics === null) return [];
    const kind = FIGURES[name].kind;
    return [
      {
        name,
        label: simulatedFigureLabel(name),
        p5: statisticText(statistics.p5, kind),
        p50: statisticText(statistics.p50, kind),
        p95: statisticText(statistics.p95, kind),
        mean: meanText(statistics.mean, kind),
        min: statisticText(statistics.min, kind),
        max: statisticText(statistics.max, kind),
      },
    ];
  });
}

const ONE_DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "61.8%", "11.0%": a share of samples with one decimal, so shares align; two significant digits below 0.05% ("0.01%"). */
export function percentText(probability: number): string {
  const percent = probability * 100;
  return percent > 0 && percent < 0.05 ? `${formatDecimal(percent)}%` : `${ONE_DECIMAL.format(percent)}%`;
}

/**
 * The brigades histogram: a bar per number of brigades; past
 * MAX_HISTOGRAM_BARS values, runs of equal width (`10..12`).
 */
export function brigadeHistogram(result: Simulation): HistogramRow[] {
  const frequencies: readonly ValueFrequency[] = result.figures.brigades.distribution ?? [];
  const first = frequencies[0]?.value ?? 0;
  const last = frequencies.at(-1)?.value ?? 0;
  const width = Math.max(1, Math.ceil((last - first + 1) / MAX_HISTOGRAM_BARS));
  const bars: { low: number; high: number; probability: number; atMost: number }[] = [];
  for (let low = first; low <= last; low += width) {
    const high = Math.min(last, low + width - 1);
    const inBar = frequencies.filter((frequency) => frequency.value >= low && frequency.value <= high);
    // A bar groups values only to fit the screen; its "at most" is the core's share at or below its highest value.
    const probability = inBar.reduce((total, frequency) => total + frequency.probability, 0);
    const atMost = frequencies.findLast((frequency) => frequency.value <= high)?.atMost ?? 0;
    bars.push({ low, high, probability, atMost });
  }
  const tallest = Math.max(...bars.map((bar) => bar.probability));
  return bars.map((bar) => ({
    value: bar.low === bar.high ? formatCount(bar.low) : `${formatCount(bar.low)}..${formatCount(bar.high)}`,
    height: tallest > 0 ? bar.probability / tallest : 0,
    share: percentText(bar.probability),
    atMost: percentText(bar.atMost),
  }));
}

/** The kind of quantity an input is, for writing its distribution. */
function inputKind(input: SimulatedInput): QuantityKind {
  switch (input.ref.kind) {
    case 'factor':
      return FACTORS[input.ref.factor].kind;
    case 'sectorLength':
      return 'length';
    case 'sectorDensity':
      return 'density';
    case 'pledge':
      return input.whole ? 'count' : 'number';
    case 'capabilityNeed':
      return 'number';
    case 'provides':
      return 'count';
    case 'arrival':
    case 'departure':
    case 'tour':
      return 'duration';
  }
}

function inputLabel(input: SimulatedInput): string {
  const name = sanitizeText(input.name ?? '');
  switch (input.ref.kind) {
    case 'factor':
      return FACTORS[input.ref.factor].label;
    case 'sectorLength':
      return `Length of ${name}`;
    case 'sectorDensity':
      return `Density of ${name}`;
    case 'pledge':
      return `Pledge of ${name}`;
    case 'capabilityNeed':
      return `Need of ${name}`;
    case 'provides':
      return `${sanitizeText(input.capability ?? '')} from ${name}`;
    case 'arrival':
      return `Arrival day of ${name}`;
    case 'departure':
      return `Departure day of ${name}`;
    case 'tour':
      return `Tour of ${name}`;
  }
}

/** The inputs that vary, with what they were drawn from. */
export function inputRows(result: Simulation): InputRow[] {
  return result.inputs.map((input) => ({
    label: inputLabel(input),
    distribution: formatDistribution(input.distribution, inputKind(input), !input.given),
  }));
}

/** How the inputs relate, in words: which are shared within a sample, which are whole. */
export function simulationNotes(result: Simulation): string[] {
  const notes: string[] = [];
  const density = result.inputs.find((input) => input.ref.kind === 'factor' && input.ref.factor === 'density');
  const sharing = density?.sharedBySectors ?? [];
  if (density !== undefined && sharing.length > 0) {
    const names = sharing.map(sanitizeText).join(', ');
    notes.push(
      sharing.length === 1
        ? `The scenario density is drawn once per sample and used by the one sector without a density of its own (${names}).`
        : `The scenario density is one draw per sample shared by the ${sharing.length} sectors without a density of their own (${names}), not a draw per sector: their troops rise and fall together, which widens the spread of every figure.`,
    );
  }
  const brigadeSize = result.inputs.some((input) => input.ref.kind === 'factor' && input.ref.factor === 'brigadeSize');
  const brigadePledges = result.estimate.coalition?.contributors.some((contributor) => contributor.pledgedBrigades !== null) ?? false;
  if (brigadeSize) {
    notes.push(
      brigadePledges
        ? 'The brigade size is one draw per sample, the same for the brigades needed and for every pledge made in brigades; it is drawn as a whole number of soldiers.'
        : 'The brigade size is drawn as a whole number of soldiers.',
    );
  }
  if (result.inputs.length > 0) {
    notes.push('Every other input is drawn on its own, independently of the others; a plain range a..b is drawn uniformly.');
  } else {
    notes.push('No input varies: every sample is the estimate itself.');
  }
  notes.push('Every sample lies within the range forcecalc estimate gives for the same scenario.');
  return notes;
}

/** How to read the output, in words a briefing can use. */
export function howToRead(result: Simulation): string[] {
  const brigades = result.figures.brigades;
  const lines = [
    `Each of the ${formatCount(result.samples)} samples draws every uncertain input from its distribution and computes every figure as forcecalc estimate does.`,
    `p5, p50 and p95 are percentiles by nearest rank: the smallest sample value that 5%, 50% or 95% of samples do not exceed. Nine samples in ten lie between p5 and p95; p50 is the median.`,
    `To be 95% sure of enough brigades, plan on p95: here ${formatCount(brigades.p95)} brigades; the histogram's "at most" column gives the confidence of any other number.`,
    `The same scenario, settings and seed give the same output on any machine: run again with --seed ${result.seed} to reproduce it, or with another seed to see how much the figures move from run to run.`,
  ];
  if (result.pledgesSuffice !== null) {
    lines.push(`"Pledges suffice" is the share of samples in which the pledged troops reach the deployed troops (line troops and enablers; rotation is each contributor's own burden).`);
    lines.push(
      `A capability "suffices" in a sample where the units pledged reach its need; "all suffice" counts the samples in which the troops and every capability do at once, so it is never above the least of them. "Without backstop" leaves out every contributor marked backstop, its troops and its units.`,
    );
  }
  return lines;
}

/** A capability's need and the chance it suffices, as display text. */
export interface CapabilitySimulationRow {
  readonly name: string;
  readonly p5: string;
  readonly p50: string;
  readonly p95: string;
  /** "61.8%"; empty without a coalition. */
  readonly suffice: string;
  readonly sufficeWithoutBackstop: string;
}

/** Air cover, then the scenario's capabilities: the need's percentiles and the chance the pledges meet it. */
export function capabilitySimulationRows(result: Simulation): CapabilitySimulationRow[] {
  const share = (value: number | null): string => (value === null ? '' : percentText(value));
  return result.capabilities.map((capability) => ({
    name: sanitizeText(capability.name),
    p5: formatCount(capability.need.p5),
    p50: formatCount(capability.need.p50),
    p95: formatCount(capability.need.p95),
    suffice: share(capability.suffice),
    sufficeWithoutBackstop: share(capability.sufficeWithoutBackstop),
  }));
}
