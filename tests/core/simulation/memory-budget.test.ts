import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CHUNK_SAMPLES,
  chunkSamples,
  footprintMessage,
  isAllocationFailure,
  MIN_CHUNK_SAMPLES,
  SIMULATION_MEMORY_BUDGET,
  simulate,
  simulationFits,
  simulationFootprint,
  SimulationTooLargeError,
} from '../../../src/core/simulation/index.js';
import { buildScenario, type SectorSpec } from '../build-scenario.js';

const MiB = 1024 ** 2;

/** A line of `count` sectors, every length a range and one in three with a density range of its own. */
function manySectors(count: number): SectorSpec[] {
  return Array.from({ length: count }, (_, index) => ({ km: [10 + (index % 7), 12 + (index % 7)] as const, ...(index % 3 === 0 ? { density: [4, 9] as const } : {}) }));
}

const coalition = [
  { country: 'A', troops: [20_000, 40_000] as const },
  { country: 'B', brigades: [1, 4] as const },
];

describe('chunkSamples: the working columns of a chunk stay within 1/32 of the budget', () => {
  test.each([
    // samples, columns, budget, chunk
    [10_000, 40, SIMULATION_MEMORY_BUDGET, CHUNK_SAMPLES], // few columns: the largest chunk
    [1_000, 40, SIMULATION_MEMORY_BUDGET, 1_000], // never more than the samples
    [10_000, 8_192, SIMULATION_MEMORY_BUDGET, 512], // 32 MiB / (8,192 columns x 8 bytes)
    [10_000, 50_000, SIMULATION_MEMORY_BUDGET, 83], // a 1 MiB file's worth of inputs
    [10_000, 10_000_000, SIMULATION_MEMORY_BUDGET, MIN_CHUNK_SAMPLES], // never below the smallest chunk
    [10_000, 40, 1 * MiB, 102], // a small budget: 32 KiB of columns
  ])('%i samples, %i columns, budget %i bytes: %i a chunk', (samples, columns, budget, chunk) => {
    expect(chunkSamples(samples, columns, budget)).toBe(chunk);
  });

  test('the working memory does not grow with the columns past the smallest chunk', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (samples, columns) => {
        const chunk = chunkSamples(samples, columns, SIMULATION_MEMORY_BUDGET);
        expect(chunk).toBeGreaterThanOrEqual(Math.min(samples, MIN_CHUNK_SAMPLES));
        expect(chunk).toBeLessThanOrEqual(Math.min(samples, CHUNK_SAMPLES));
        if (chunk > MIN_CHUNK_SAMPLES) expect(columns * chunk * 8).toBeLessThanOrEqual(SIMULATION_MEMORY_BUDGET / 32);
      }),
    );
  });
});

describe('simulationFootprint', () => {
  test('adds the working columns, the tallies and 8 bytes a sample for each figure that keeps them', () => {
    const footprint = simulationFootprint(10_000, 40, { figuresKeepingSamples: 3, tallyBytes: 1_000 }, SIMULATION_MEMORY_BUDGET);
    expect(footprint).toEqual({
      samples: 10_000,
      chunkSamples: CHUNK_SAMPLES,
      columns: 40,
      figuresKeepingSamples: 3,
      tallyBytes: 1_000,
      bytes: 40 * CHUNK_SAMPLES * 8 + 1_000 + 3 * 8 * 10_000,
      budget: SIMULATION_MEMORY_BUDGET,
      fits: true,
      samplesThatFit: 10_000,
    });
  });

  test('samplesThatFit is the most samples that fit: one more does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1 * MiB, max: 2 * SIMULATION_MEMORY_BUDGET }),
        (samples, columns, figuresKeepingSamples, tallyBytes, budget) => {
          const kept = { figuresKeepingSamples, tallyBytes };
          const footprint = simulationFootprint(samples, columns, kept, budget);
          expect(footprint.fits).toBe(footprint.bytes <= budget);
          expect(footprint.samplesThatFit).toBeLessThanOrEqual(samples);
          if (footprint.fits) expect(footprint.samplesThatFit).toBe(samples);
          // The working columns are those of a full chunk here: at fewer samples they are no more.
          if (footprint.samplesThatFit > 0) expect(simulationFootprint(footprint.samplesThatFit, columns, kept, budget).fits).toBe(true);
          if (footprint.samplesThatFit < samples && footprint.samplesThatFit > 0 && footprint.chunkSamples === chunkSamples(footprint.samplesThatFit + 1, columns, budget)) {
            expect(simulationFootprint(footprint.samplesThatFit + 1, columns, kept, budget).fits).toBe(false);
          }
        },
      ),
    );
  });

  test('says what the run would take, the budget, and how many samples fit', () => {
    const footprint = simulationFootprint(10_000_000, 40, { figuresKeepingSamples: 14, tallyBytes: 0 }, SIMULATION_MEMORY_BUDGET);
    expect(footprint.fits).toBe(false);
    // (1,073,741,824 - 40 columns x 4,096 x 8 bytes) / (14 figures x 8 bytes) = 9,575,277.7
    expect(footprintMessage(footprint)).toBe(
      '10,000,000 samples would need about 1,070 MB (14 figures keep every sample, and 40 working columns), more than the 1,024 MB a simulation may take; 9,575,277 samples or fewer fit',
    );
  });
});

describe('simulate within a memory budget', () => {
  const scenario = buildScenario({ sectors: manySectors(300), factors: { density: [2, 5], brigadeSize: [3_000, 5_000] }, coalition });

  test('a small budget takes smaller chunks and gives the same result: the samples do not depend on the chunk', () => {
    const small = 2 * MiB;
    const footprint = simulationFits(scenario, { samples: 3_000, memoryBudget: small });
    expect(footprint.fits).toBe(true);
    expect(footprint.chunkSamples).toBeLessThan(CHUNK_SAMPLES);
    expect(footprint.chunkSamples).toBeLessThan(100);
    const chunked = simulate(scenario, { samples: 3_000, seed: 7, memoryBudget: small });
    expect(chunked).toEqual(simulate(scenario, { samples: 3_000, seed: 7 }));
  });

  test('the working columns are one per input and one per operation of the model, whatever the values', () => {
    const fewer = simulationFits(buildScenario({ sectors: manySectors(10), coalition }));
    const more = simulationFits(buildScenario({ sectors: manySectors(1_000), coalition }));
    // 990 more sectors: one length input each, and one density input for every third.
    expect(more.columns - fewer.columns).toBe(990 + 330);
  });

  test('a run over its budget is refused before it starts, saying how many samples fit', () => {
    const budget = 1 * MiB;
    const footprint = simulationFits(scenario, { samples: 100_000, memoryBudget: budget });
    expect(footprint.fits).toBe(false);
    expect(footprint.samplesThatFit).toBeGreaterThan(0);
    expect(footprint.samplesThatFit).toBeLessThan(100_000);
    expect(() => simulate(scenario, { samples: 100_000, memoryBudget: budget })).toThrow(SimulationTooLargeError);
    expect(() => simulate(scenario, { samples: 100_000, memoryBudget: budget })).toThrow(footprintMessage(footprint));
    expect(simulationFits(scenario, { samples: footprint.samplesThatFit, memoryBudget: budget }).fits).toBe(true);
    expect(() => simulate(scenario, { samples: footprint.samplesThatFit, memoryBudget: budget })).not.toThrow();
  });

  test('the default samples of a 23,500-sector line fit in a few tens of MB', () => {
    const footprint = simulationFits(buildScenario({ sectors: manySectors(23_500), coalition }));
    expect(footprint.fits).toBe(true);
    expect(footprint.bytes).toBeLessThan(40 * MiB);
  });
});

describe('isAllocationFailure', () => {
  test('knows the engine refusing a buffer, and nothing else', () => {
    let refused: unknown = null;
    try {
      new ArrayBuffer(Number.MAX_SAFE_INTEGER);
    } catch (error) {
      refused = error;
    }
    expect(isAllocationFailure(refused)).toBe(true);
    expect(isAllocationFailure(new RangeError('a sample of 3 lies outside its figure'))).toBe(false);
    expect(isAllocationFailure(new Error('Array buffer allocation failed'))).toBe(false);
  });
});
