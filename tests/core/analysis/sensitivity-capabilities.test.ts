// Capability shortfalls in the tornado: where the pledges are about capabilities, each capability's shortfall
// follows the figures of troops, and the inputs that move it (its need, the units provided, the brigades it is
// needed per) are found with their direction.
import { describe, expect, it } from 'vitest';
import { sensitivity, sensitivityFigureLabel, shortfallCapability } from '../../../src/core/analysis/sensitivity.js';
import { buildScenario } from '../build-scenario.js';

// 1,200 km at 3 /km: 3,600 troops, brigades of 3,000..5,000 (central 4,000: 1 brigade; 3,000: 2; 5,000: 1).
// Batteries 1..3 per brigade (central 2); A provides 1 and the backstop B 1: central need 2, pledged 2, no shortfall.
const scenario = buildScenario({
  sectors: [{ km: 1_200 }],
  factors: { brigadeSize: [3_000, 5_000] },
  capabilities: [{ name: 'AD', per: 'brigade', need: [1, 3] }],
  coalition: [
    { country: 'A', troops: 4_000, provides: { AD: 1 } },
    { country: 'B', backstop: true, provides: { AD: 1 } },
  ],
});

describe('capability shortfalls in the sensitivity', () => {
  it('follows the figures of troops with each capability, air cover first', () => {
    const result = sensitivity(scenario);
    expect(result.figures).toEqual(['committedBrigades', 'troops', 'shortfallTroops', 'capabilities.Air cover.shortfall', 'capabilities.AD.shortfall']);
    expect(result.figures.map(sensitivityFigureLabel).slice(3)).toEqual(['Shortfall of Air cover', 'Shortfall of AD']);
    // One brigade at the central values: one package of air cover, none provided; 2 batteries, 2 provided.
    expect(result.central.slice(3)).toEqual([1, 0]);
  });

  it.each([
    // input, shortfall of AD at the low and the high end, moved the other way
    ['Brigade size', { atLow: 4 - 2, atHigh: 0, opposite: true }],
    ['AD need', { atLow: 0, atHigh: 1, opposite: false }],
  ])('%s moves the AD shortfall', (label, expected) => {
    const result = sensitivity(scenario);
    const index = result.figures.indexOf('capabilities.AD.shortfall');
    const row = result.rows.find((candidate) => (label === 'AD need' ? candidate.input.ref.kind === 'capabilityNeed' : candidate.input.ref.kind === 'factor'));
    expect(row?.swings[index]).toMatchObject(expected);
  });

  it('names a capability whose name holds dots', () => {
    expect(shortfallCapability('capabilities.A.B team.shortfall')).toBe('A.B team');
    expect(shortfallCapability('committedBrigades')).toBeNull();
  });

  it('keeps the figures of troops alone where no capability is declared or provided', () => {
    const plain = buildScenario({ sectors: [{ km: 1_200 }], coalition: [{ country: 'A', troops: 3_000 }] });
    expect(sensitivity(plain).figures).toEqual(['committedBrigades', 'troops', 'shortfallTroops']);
  });
});
