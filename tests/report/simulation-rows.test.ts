import { describe, expect, test } from 'vitest';
import { uncertain } from '../../src/core/index.js';
import { simulate } from '../../src/core/simulation/index.js';
import { brigadeHistogram, percentText, simulationNotes } from '../../src/report/simulation-rows.js';
import { buildScenario } from '../core/build-scenario.js';

describe('shares of samples', () => {
  test.each<[number, string]>([
    [0.618, '61.8%'],
    [0.11, '11.0%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [0.0001, '0.01%'],
    [0.00049, '0.05%'],
  ])('%d reads %s', (probability, text) => {
    expect(percentText(probability)).toBe(text);
  });
});

describe('the brigades histogram', () => {
  test('has a bar per number of brigades, the last at most 100%', () => {
    const result = simulate(buildScenario({ sectors: [{ km: 1_200 }], factors: { density: 3 } }), { samples: 1_000 });
    const rows = brigadeHistogram(result);
    expect(rows.map((row) => row.value)).toEqual(['1', '2']);
    expect(rows.at(-1)?.atMost).toBe('100.0%');
    expect(Math.max(...rows.map((row) => row.height))).toBe(1);
  });

  test('groups many values into at most 16 runs', () => {
    const wide = buildScenario({ sectors: [{ km: 100_000 }], factors: { density: [1, 100], brigadeSize: 3_000 } });
    const rows = brigadeHistogram(simulate(wide, { samples: 2_000 }));
    expect(rows.length).toBeLessThanOrEqual(16);
    expect(rows[0]?.value).toMatch(/^[\d,]+\.\.[\d,]+$/);
  });
});

describe('notes', () => {
  test('say that the scenario density is shared, and by which sectors', () => {
    const scenario = buildScenario({ sectors: [{ km: 100, name: 'A' }, { km: 100, name: 'B' }], factors: { density: [2, 4], brigadeSize: 4_000 } });
    expect(simulationNotes(simulate(scenario, { samples: 10 }))[0]).toBe(
      'The scenario density is one draw per sample shared by the 2 sectors without a density of their own (A, B), not a draw per sector: their troops rise and fall together, which widens the spread of every figure.',
    );
  });

  test('say when nothing varies', () => {
    const fixed = { ...buildScenario({ sectors: [{ km: 100 }] }), factors: { brigadeSize: uncertain({ kind: 'pert', low: 3_000, mode: 3_000, high: 3_001 }) } };
    expect(simulationNotes(simulate(buildScenario({ sectors: [{ km: 100 }], factors: { brigadeSize: 4_000 } }), { samples: 5 }))).toContain(
      'No input varies: every sample is the estimate itself.',
    );
    expect(simulationNotes(simulate(fixed, { samples: 5 }))).toContain('The brigade size is drawn as a whole number of soldiers.');
  });
});
