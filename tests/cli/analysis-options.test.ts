// parseArgs for sensitivity, sweep and solve: the invocation each command line becomes.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.js';

describe('parseArgs: the analysis commands', () => {
  it.each<[string[], object]>([
    [['sensitivity', 'x', '--set', 'density=5/km'], { command: 'sensitivity', ref: 'x', settings: { factors: { density: { min: 5, max: 5 } }, inputs: [] }, format: 'table' }],
    [['sweep', 'x', '--vary', 'density=3..30:10'], { command: 'sweep', ref: 'x', axes: [{ factor: 'density', from: 3, to: 30, steps: 10 }], settings: { factors: {}, inputs: [] } }],
    // Default 5 steps; a unit on the upper bound applies to both; the second --vary gives the columns.
    [
      ['sweep', 'x', '--vary=density=3..30 /km', '--vary', 'brigadeSize=3,000..5,000', '--format', 'csv'],
      { command: 'sweep', axes: [{ factor: 'density', from: 3, to: 30, steps: 5 }, { factor: 'brigadeSize', from: 3_000, to: 5_000, steps: 5 }], format: 'csv' },
    ],
    // Per mile is read per km: 10 /mi = 6.2137... /km.
    [['sweep', 'x', '--vary', 'density=5..10 / mi:2'], { axes: [{ factor: 'density', from: 5 / 1.609344, to: 10 / 1.609344, steps: 2 }] }],
    [['solve', 'x', '--for', 'coverage'], { command: 'solve', ref: 'x', target: 'coverage', force: { kind: 'coalition' } }],
    [['solve', 'x', '--for', 'density', '--troops', '20,000..25,000'], { target: 'density', force: { kind: 'troops', troops: { min: 20_000, max: 25_000 } } }],
    [['solve', 'x', '--for', 'brigades', '--brigades', '2.5'], { target: 'brigades', force: { kind: 'brigades', brigades: { min: 2.5, max: 2.5 } } }],
  ])('%j', (argv, invocation) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { axes, ...rest } = invocation as { axes?: { factor: string; from: number; to: number; steps: number }[] };
    expect(parsed.invocation).toMatchObject(rest);
    if (axes !== undefined && 'axes' in parsed.invocation) {
      expect(parsed.invocation.axes.map((axis) => ('factor' in axis ? axis.factor : axis.name))).toEqual(axes.map((axis) => axis.factor));
      parsed.invocation.axes.forEach((axis, index) => {
        expect(axis.from).toBeCloseTo(axes[index]?.from ?? Number.NaN, 9);
        expect(axis.to).toBeCloseTo(axes[index]?.to ?? Number.NaN, 9);
        expect(axis.steps).toBe(axes[index]?.steps);
      });
    }
  });
});
