import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { estimate, type Estimate, type FactorSettings, type Scenario } from '../../../src/core/index.js';
import { useEstimates } from '../../../src/ui/app/use-estimates.js';
import { border, ceasefire } from '../build-scenarios.js';

const SOURCE = 'edited in a test';

/** Renders the hook over `scenarios` and each set of factors in turn; the estimates after each. */
function estimatesOver(scenarios: readonly Scenario[], steps: readonly ReadonlyMap<string, FactorSettings>[]): ReadonlyMap<string, Estimate>[] {
  const seen: ReadonlyMap<string, Estimate>[] = [];
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  function Probe({ overridesById }: { readonly overridesById: ReadonlyMap<string, FactorSettings> }) {
    seen.push(useEstimates(byId, overridesById, SOURCE));
    return null;
  }
  const [first, ...rest] = steps;
  const app = render(<Probe overridesById={first ?? new Map()} />);
  for (const overridesById of rest) app.rerender(<Probe overridesById={overridesById} />);
  app.unmount();
  return seen;
}

describe('useEstimates: each scenario computed again only when its inputs or factors change', () => {
  const density: FactorSettings = { density: { min: 7, max: 7 } };

  it('gives every scenario the estimate the core computes', () => {
    const [result] = estimatesOver([ceasefire, border], [new Map([[border.id, density]])]);
    expect(result?.get(ceasefire.id)?.figures).toEqual(estimate(ceasefire).figures);
    expect(result?.get(border.id)?.figures).toEqual(estimate(border, { overrides: density, overrideSource: SOURCE }).figures);
    expect(result?.get(border.id)?.factors.density.origin).toBe('override');
  });

  it('keeps the estimate of a scenario whose factors did not change, and recomputes the one that did', () => {
    const [before, after] = estimatesOver([ceasefire, border], [new Map(), new Map([[border.id, density]])]);
    expect(after?.get(ceasefire.id)).toBe(before?.get(ceasefire.id));
    expect(after?.get(border.id)).not.toBe(before?.get(border.id));
    expect(after?.get(border.id)?.figures.troops).toEqual(estimate(border, { overrides: density }).figures.troops);
  });

  it('recomputes a scenario whose factors went back to the file (its entry removed)', () => {
    const [, edited, reset] = estimatesOver([border], [new Map(), new Map([[border.id, density]]), new Map()]);
    expect(reset?.get(border.id)).not.toBe(edited?.get(border.id));
    expect(reset?.get(border.id)?.figures).toEqual(estimate(border).figures);
  });
});
