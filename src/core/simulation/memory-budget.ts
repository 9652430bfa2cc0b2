/**
 * How much memory a simulation takes, decided before it starts.
 *
 * A simulation holds three things:
 * - what each figure keeps of its samples (figure-statistics.ts): 8 bytes a
 *   sample for a real-valued figure or a count too wide to tally, 4 bytes a
 *   value for a tallied count. This grows with the samples, not the inputs.
 * - the working columns of one chunk: a column per input (input-columns.ts)
 *   and a column per operation of the model (column-arithmetic.ts), each
 *   8 bytes a sample of the chunk. These grow with the inputs, so the chunk
 *   shrinks as they grow: their total stays within a share of the budget
 *   whatever the number of sectors or pledges.
 * - the interval estimate and the plan, which grow with the inputs but hold
 *   a few numbers each, as the scenario itself does.
 *
 * A run whose footprint exceeds the budget is refused before any of it is
 * allocated, with what it would take and how many samples would fit,
 * instead of failing part way (or, past the address space, crashing).
 */

/**
 * The most memory a simulation may take: 1 GiB. The default 10,000 samples
 * of any scenario within the file size limit take well under 100 MB; the
 * budget is reached only near the 10,000,000-sample cap, by scenarios whose
 * counts span more than MAX_TALLIED_VALUES values (about 12 figures x 80 MB).
 * A run that fits leaves a machine with 2 GB free room for Node itself.
 */
export const SIMULATION_MEMORY_BUDGET = 1024 ** 3;

/** The share of the budget the working columns of one chunk may take (1/32: 32 MiB of the default). */
const WORKING_SHARE = 1 / 32;
/** The most samples in a chunk: enough to spread each operation's overhead, few enough to stay in the cache. */
export const CHUNK_SAMPLES = 4_096;
/** The fewest samples in a chunk, however many columns: below this the per-chunk work of the model dominates. */
export const MIN_CHUNK_SAMPLES = 16;

const BYTES_PER_SAMPLE = 8;

/** What a simulation would hold, and whether that fits its budget. */
export interface SimulationFootprint {
  readonly samples: number;
  /** Samples drawn and computed at a time. */
  readonly chunkSamples: number;
  /** Columns of one chunk: one per input, one per operation of the model. */
  readonly columns: number;
  /** Figures that keep every sample (8 bytes each). */
  readonly figuresKeepingSamples: number;
  /** Bytes of all tallies of counts (4 bytes a value). */
  readonly tallyBytes: number;
  /** The whole footprint in bytes. */
  readonly bytes: number;
  readonly budget: number;
  readonly fits: boolean;
  /** The most samples that would fit the budget with these inputs and figures (0 when none would). */
  readonly samplesThatFit: number;
}

/** What the figures keep of their samples, as figure-statistics.ts decides it for each. */
export interface KeptSamples {
  readonly figuresKeepingSamples: number;
  readonly tallyBytes: number;
}

/** Samples a chunk holds with `columns` working columns within `budget`'s working share. */
export function chunkSamples(samples: number, columns: number, budget: number): number {
  const fitting = Math.floor((budget * WORKING_SHARE) / (Math.max(1, columns) * BYTES_PER_SAMPLE));
  return Math.min(samples, CHUNK_SAMPLES, Math.max(MIN_CHUNK_SAMPLES, fitting));
}

/** The footprint of `samples` samples with `columns` working columns and the figures' `kept` samples, against `budget`. */
export function simulationFootprint(samples: number, columns: number, kept: KeptSamples, budget: number): SimulationFootprint {
  const chunk = chunkSamples(samples, columns, budget);
  const working = columns * chunk * BYTES_PER_SAMPLE;
  const perSample = kept.figuresKeepingSamples * BYTES_PER_SAMPLE;
  const bytes = working + kept.tallyBytes + perSample * samples;
  const room = budget - working - kept.tallyBytes;
  const samplesThatFit = room < 0 ? 0 : perSample === 0 ? samples : Math.min(samples, Math.floor(room / perSample));
  return {
    samples,
    chunkSamples: chunk,
    columns,
    figuresKeepingSamples: kept.figuresKeepingSamples,
    tallyBytes: kept.tallyBytes,
    bytes,
    budget,
    fits: bytes <= budget,
    samplesThatFit,
  };
}

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1024 ** 2).toLocaleString('en-US')} MB`;

/** Why a run does not fit, and what would: one sentence for the command line and the UI. */
export function footprintMessage(footprint: SimulationFootprint): string {
  const need = `${footprint.samples.toLocaleString('en-US')} samples would need about ${megabytes(footprint.bytes)}`;
  const what =
    footprint.figuresKeepingSamples > 0
      ? ` (${footprint.figuresKeepingSamples} figures keep every sample, and ${footprint.columns.toLocaleString('en-US')} working columns)`
      : ` (${footprint.columns.toLocaleString('en-US')} working columns)`;
  const advice =
    footprint.samplesThatFit > 0
      ? `; ${footprint.samplesThatFit.toLocaleString('en-US')} samples or fewer fit`
      : '; the scenario has too many inputs to simulate within it';
  return `${need}${what}, more than the ${megabytes(footprint.budget)} a simulation may take${advice}`;
}

/**
 * Thrown by `simulate` for a run that does not fit: over its budget (callers
 * check `simulationFits` first), or refused by the system when the memory
 * was asked for (a process under a lower limit than the budget).
 */
export class SimulationTooLargeError extends RangeError {
  constructor(
    readonly footprint: SimulationFootprint,
    readonly refusedBy: 'budget' | 'system' = 'budget',
  ) {
    super(refusedBy === 'budget' ? footprintMessage(footprint) : systemRefusalMessage(footprint));
    this.name = 'SimulationTooLargeError';
  }
}

function systemRefusalMessage(footprint: SimulationFootprint): string {
  return `${footprint.samples.toLocaleString('en-US')} samples need about ${megabytes(footprint.bytes)}, and the system refused the memory; try fewer samples`;
}

/** Whether `error` is the JavaScript engine refusing to allocate memory (a typed array's buffer). */
export function isAllocationFailure(error: unknown): boolean {
  return error instanceof RangeError && /allocation failed|invalid array buffer length|invalid typed array length/i.test(error.message);
}
