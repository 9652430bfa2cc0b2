import { describe, expect, it } from 'vitest';
import { ROUND_UP_TOLERANCE, roundUp } from '../../src/core/index.js';

describe('roundUp: ceil with a relative tolerance of 1e-9 (docs/model.md)', () => {
  it('uses the tolerance docs/model.md states', () => {
    expect(ROUND_UP_TOLERANCE).toBe(1e-9);
  });

  it.each([
    ['a whole number stays', 3_600, 3_600],
    ['zero stays', 0, 0],
    ['float noise above a whole number stays (docs/model.md: 3,600.0000000001)', 3_600.0000000001, 3_600],
    ['float noise below a whole number stays', 3_599.9999999999, 3_600],
    ['8.3 km x 30 /km is 249, not 250 (docs/model.md, rounding up)', 8.3 * 30, 249],
    ['3,000 x 1.15 is 3,450', 3_000 * 1.15, 3_450],
    ['a real fraction rounds up: 3,600.01', 3_600.01, 3_601],
    ['750 mi at 3 /km: 3,621.024', 750 * 1.609344 * 3, 3_622],
    ['a half rounds up', 1.5, 2],
    ['just past the tolerance rounds up', 2.00000001, 3],
    ['0.1 + 0.2 is a fraction, so 1', 0.1 + 0.2, 1],
    ['below one soldier but not noise is one soldier', 0.01, 1],
    ['noise around zero is zero', 1e-12, 0],
    ['a real tenth of a soldier past 10^8 still rounds up (absolute cap 1e-3)', 100_011_000.1, 100_011_001],
    ['a real 0.4 past 10^9 still rounds up', 1e9 + 0.4, 1e9 + 1],
    ['float noise past 10^9 stays', 1e9 + 1e-6, 1e9],
  ])('%s', (_name, value, expected) => {
    expect(roundUp(value)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(roundUp(-1e-12), 0)).toBe(true);
    expect(Object.is(roundUp(-0), 0)).toBe(true);
  });
});
