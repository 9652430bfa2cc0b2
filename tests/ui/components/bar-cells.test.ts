import { describe, expect, it } from 'vitest';
import { barCells } from '../../../src/ui/components/bar-cells.js';

describe('barCells', () => {
  it.each([
    // min, max, scaleMax, width, solid, range
    [10, 10, 10, 20, 20, 0],
    [5, 5, 10, 20, 10, 0],
    [5, 10, 10, 20, 10, 10],
    [0, 0, 10, 20, 0, 0],
    [0.01, 0.01, 10, 20, 1, 0],
    [0, 10, 10, 20, 0, 20],
    [20, 20, 10, 20, 20, 0],
    [5, 5, 0, 20, 0, 0],
    [5, 5, 10, 0, 0, 0],
  ])('%d..%d on a scale of %d in %i cells: %i solid, %i range', (min, max, scaleMax, width, solid, range) => {
    expect(barCells({ min, max }, scaleMax, width)).toEqual({ solid, range });
  });
});
