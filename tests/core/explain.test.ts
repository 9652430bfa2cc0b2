import { describe, expect, it } from 'vitest';
import { explainFigure } from '../../src/core/explain.js';
import { estimate } from '../../src/core/estimate.js';
import { buildScenario } from './build-scenario.js';

const scenario = { ...buildScenario({ sectors: [{ name: 'Line', km: 1_200 }], factors: { rotation: 3 } }), sources: ['a source for the line'] };

describe('explainFigure: a figure with the factors and sources behind it', () => {
  it.each([
    ['coverageKm', [], true, false],
    ['troops', ['density'], true, false],
    ['brigades', ['density', 'brigadeSize'], true, false],
    ['brigadeCoverageKm', ['density', 'brigadeSize'], true, false],
    ['airCover', ['density', 'brigadeSize', 'airCoverPerBrigade'], true, false],
    ['committedBrigades', ['density', 'brigadeSize', 'rotation'], true, false],
    ['shortfallTroops', ['density', 'brigadeSize', 'enablerShare'], true, true],
  ] as const)('%s depends on %j', (name, factors, usesSectors, usesCoalition) => {
    const explanation = explainFigure(estimate(scenario), name);
    expect(explanation.factors.map((factor) => factor.name)).toEqual(factors);
    expect(explanation.usesSectors).toBe(usesSectors);
    expect(explanation.usesCoalition).toBe(usesCoalition);
  });

  it('carries the value, the formula and the sources', () => {
    const explanation = explainFigure(estimate(scenario), 'committedBrigades');
    expect(explanation.value).toEqual({ min: 3, max: 6 });
    expect(explanation.formula).toBe('round up (brigades x rotation)');
    expect(explanation.scenarioSources).toEqual(['a source for the line']);
    const rotation = explanation.factors.find((factor) => factor.name === 'rotation');
    expect(rotation?.origin).toBe('scenario');
    const density = explanation.factors.find((factor) => factor.name === 'density');
    expect(density?.origin).toBe('default');
    expect(density?.source).toContain('Politico');
  });

  it('names the line density a figure turns troops into km at, and only for such a figure', () => {
    const hotSpot = buildScenario({ sectors: [{ km: 1_000 }, { km: 200, density: 20 }] });
    // 7,000 troops over 1,200 km: the brigade coverage is at 5.83 /km, not the scenario's 3.
    expect(explainFigure(estimate(hotSpot), 'brigadeCoverageKm').lineDensity).toEqual({ min: 7_000 / 1_200, max: 7_000 / 1_200 });
    expect(explainFigure(estimate(hotSpot), 'brigadeCoverageKm').formula).toContain('line density');
    expect(explainFigure(estimate(hotSpot), 'troops').lineDensity).toBeNull();
  });

  it('has no value for a coalition figure without a coalition', () => {
    expect(explainFigure(estimate(scenario), 'pledgedTroops').value).toBeNull();
  });
});
