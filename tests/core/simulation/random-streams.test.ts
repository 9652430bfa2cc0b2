// Random streams keyed by the input they draw: the seed and the input's key decide its samples, nothing else.
import { describe, expect, it, test } from 'vitest';
import { uncertain } from '../../../src/core/index.js';
import { inputColumns, randomStream, simulate, simulationPlan, type SimulationInput } from '../../../src/core/simulation/index.js';
import { buildScenario } from '../build-scenario.js';

const draws = (seed: number, key: string, count = 20_000): Float64Array => {
  const stream = randomStream(seed, key);
  return Float64Array.from({ length: count }, () => stream.uniform());
};

/** Pearson's correlation of two equally long samples. */
function correlation(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const mean = (values: Float64Array) => values.reduce((total, value) => total + value, 0) / n;
  const [ma, mb] = [mean(a), mean(b)];
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i += 1) {
    cov += (a[i]! - ma) * (b[i]! - mb);
    va += (a[i]! - ma) ** 2;
    vb += (b[i]! - mb) ** 2;
  }
  return cov / Math.sqrt(va * vb);
}

describe('randomStream', () => {
  it('gives the same draws for the same seed and key, on any run', () => {
    expect(draws(7, 'factor:density', 100)).toEqual(draws(7, 'factor:density', 100));
    // Pinned: the generator and the mixing are part of what a seed reproduces.
    expect(Array.from(draws(7, 'factor:density', 3), (value) => value.toFixed(12))).toMatchInlineSnapshot(`
      [
        "0.246629050614",
        "0.793984858936",
        "0.327040609894",
      ]
    `);
  });

  // 20,000 pairs: an independent pair's correlation has a standard deviation of 1 / sqrt(20,000) = 0.007.
  test.each<[string, [number, string], [number, string]]>([
    ['nearby seeds', [1, 'factor:density'], [2, 'factor:density']],
    ['nearby keys', [7, 'sector[1]:Line:length'], [7, 'sector[2]:Line:length']],
    ['one key a prefix of the other', [7, 'pledge[1]:A'], [7, 'pledge[1]:AB']],
    ['seed and key traded', [0, 'factor:density'], [1, 'factor:density']],
  ])('%s give streams with no correlation a simulation could show', (_, [seedA, keyA], [seedB, keyB]) => {
    const a = draws(seedA, keyA);
    const b = draws(seedB, keyB);
    expect(a).not.toEqual(b);
    expect(Math.abs(correlation(a, b))).toBeLessThan(0.03);
    // Nor a shifted copy: the second stream is not the first a few draws on.
    expect(Math.abs(correlation(a.subarray(1), b.subarray(0, -1)))).toBeLessThan(0.03);
  });
});

describe('keyed streams', () => {
  const scenario = buildScenario({
    sectors: [{ km: [1_100, 1_300], name: 'Line' }, { km: 150, density: [15, 25], name: 'Hot spot' }],
    factors: { density: [2, 5], rotation: [1, 3] },
    coalition: [{ country: 'A', brigades: [1, 2] }, { country: 'B', troops: [4_000, 6_000] }],
  });

  it('an input added anywhere (a factor or a capability to come) leaves every other input drawing the same samples', () => {
    const { inputs } = simulationPlan(scenario);
    const added: SimulationInput[] = [
      { ref: { kind: 'factor', factor: 'density' }, key: 'factor:reservePerBrigade', value: { min: 0, max: 500 }, whole: true },
      { ref: { kind: 'factor', factor: 'density' }, key: 'capability[0]:Air-defence battery:need', value: uncertain({ kind: 'pert', low: 1, mode: 1, high: 2 }), whole: false },
    ];
    const before = inputColumns(inputs, 9, 1_000);
    before.draw(1_000);
    const after = inputColumns([added[0]!, ...inputs, added[1]!], 9, 1_000);
    after.draw(1_000);
    expect(after.columns.slice(1, -1)).toEqual(before.columns);
  });

  it('a contributor added at the end leaves the figures of the line as they were, for the same seed', () => {
    const more = { ...scenario, coalition: [...(scenario.coalition ?? []), { country: 'C', pledge: { kind: 'troops' as const, troops: { min: 100, max: 900 } } }] };
    const base = simulate(scenario, { samples: 3_000, seed: 7 });
    const added = simulate(more, { samples: 3_000, seed: 7 });
    expect(added.figures).toEqual(base.figures);
    expect(added.coalition?.pledgedTroops).not.toEqual(base.coalition?.pledgedTroops);
  });

  it('pins what seed 7 gives this scenario, so a change to the streams shows', () => {
    const result = simulate(scenario, { samples: 2_000, seed: 7 });
    const summary = (name: 'troops' | 'brigades' | 'committedBrigades') => {
      const { p5, p50, p95 } = result.figures[name];
      return [p5, p50, p95];
    };
    expect({ troops: summary('troops'), brigades: summary('brigades'), committedBrigades: summary('committedBrigades'), pledgesSuffice: result.pledgesSuffice }).toMatchInlineSnapshot(`
      {
        "brigades": [
          2,
          2,
          3,
        ],
        "committedBrigades": [
          3,
          5,
          9,
        ],
        "pledgesSuffice": 0.9855,
        "troops": [
          5379,
          7158,
          9025,
        ],
      }
    `);
  });
});
