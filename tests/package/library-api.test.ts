// The library API (src/index.ts, bundled as dist/index.mjs, the package's entry):
// `import { loadScenarioFile, estimate, formatEstimate } from 'forcecalc'`.
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { FIXTURES, ROOT } from '../cli/run-cli.js';
import { PUBLIC_VALUES } from './public-api.js';

// The built bundle is plain JavaScript; its exports are checked against the typed source.
const built = (await import(`${ROOT}/dist/index.mjs`)) as typeof source;

describe.each([
  ['src/index.ts', source],
  ['dist/index.mjs', built],
])('the library API from %s', (_, api) => {
  it('loads, estimates and prints a scenario as the CLI does', () => {
    const loaded = api.loadScenarioFile(`${FIXTURES}scenarios/one-line.yaml`);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const result = api.estimate(loaded.scenario);
    // docs/model.md, worked example 2: 1,200 km at 3 /km.
    expect(result.figures.troops).toEqual({ min: 3_600, max: 3_600 });
    expect(result.figures.brigades).toEqual({ min: 1, max: 2 });
    expect(api.formatEstimate(result, 'md')).toContain('| Line troops | 3,600 | troops |');
    expect(JSON.parse(api.formatEstimate(result, 'json'))).toMatchObject({ brigades: { min: 1, max: 2 } });
  });

  it('returns problems, not exceptions, and formats them', () => {
    const loaded = api.loadScenarioFile(`${FIXTURES}invalid/wrong-unit.yaml`);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map(api.formatProblem)).toEqual([
      `${FIXTURES}invalid/wrong-unit.yaml:8:13 sectors[1].length: expected a length such as "120 km", got "3 kg"`,
    ]);
  });

  it('exports exactly the public values, by name, and nothing internal', () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC_VALUES].sort());
  });
});
