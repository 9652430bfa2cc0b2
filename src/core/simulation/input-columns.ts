/**
 * The columns a simulation's inputs are drawn into: one Float64Array per
 * input, a constant filled once, a varying input refilled chunk by chunk by
 * its sampler from its own keyed stream (random-streams.ts), so an input's
 * samples depend on the seed and what the input is, not on the other inputs.
 */
import { distributionOf } from '../distribution.js';
import { distributionSampler, type ColumnSampler } from './distribution-sampler.js';
import { randomStream } from './random-streams.js';
import type { SimulationInput } from './simulation-plan.js';

/** The inputs' columns, in the order of the inputs, and how to draw the next chunk into them. */
export interface InputColumns {
  readonly columns: readonly Float64Array[];
  /** Draws the next `count` samples of every varying input into its column. */
  draw(count: number): void;
}

/** Columns of `size` samples for `inputs`, each varying input drawing from its stream under `seed`. */
export function inputColumns(inputs: readonly SimulationInput[], seed: number, size: number): InputColumns {
  const samplers: [Float64Array, ColumnSampler][] = [];
  const columns = inputs.map((input) => {
    const column = new Float64Array(size);
    if (input.value.min < input.value.max) {
      samplers.push([column, distributionSampler(distributionOf(input.value), input.whole, randomStream(seed, input.key))]);
    } else {
      column.fill(input.value.min);
    }
    return column;
  });
  return {
    columns,
    draw(count) {
      for (const [column, sampler] of samplers) sampler(column, count);
    },
  };
}
