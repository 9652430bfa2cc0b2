// Sweep with capabilities: each cell gives every capability's need and shortfall at its factors, in every format.
import { describe, expect, it } from 'vitest';
import { sweep } from '../../../src/core/analysis/index.js';
import { formatSweepCsv } from '../../../src/report/sweep-csv.js';
import { sweepToJson } from '../../../src/report/sweep-json.js';
import { formatSweep } from '../../../src/report/index.js';
import { buildScenario } from '../build-scenario.js';

// 1,200 km at 5 /km: 6,000 troops. Brigades of 3,000 (2) or 6,000 (1). 1 air-defence battery per brigade, 1 EW team per
// 100 km (12); France pledges 1 battery and 10 EW teams.
const parts = {
  sectors: [{ km: 1_200 }],
  factors: { density: 5 },
  capabilities: [
    { name: 'Air-defence battery', per: 'brigade' as const, need: 1 },
    { name: 'EW team', per: 100, need: 1 },
  ],
  coalition: [{ country: 'France', troops: 6_000, provides: { 'Air-defence battery': 1, 'EW team': 10 } }],
};
const axis = { factor: 'brigadeSize' as const, from: 3_000, to: 6_000, steps: 2 };

describe('sweep with capabilities', () => {
  it('gives each capability its need and shortfall in each cell, air cover first', () => {
    const result = sweep(buildScenario(parts), [axis]);
    expect(result.cells.map((cell) => cell.capabilities.map((capability) => [capability.name, capability.need.max, capability.shortfall?.max]))).toEqual([
      // 2 brigades: 2 air-cover packages (none pledged), 2 batteries (1 pledged), 12 EW teams (10 pledged).
      [
        ['Air cover', 2, 2],
        ['Air-defence battery', 2, 1],
        ['EW team', 12, 2],
      ],
      // 1 brigade: the per-brigade needs halve; EW teams go by length, not brigades.
      [
        ['Air cover', 1, 1],
        ['Air-defence battery', 1, 0],
        ['EW team', 12, 2],
      ],
    ]);
  });

  it('gives a need alone, the shortfall null, without a coalition; nothing for a scenario without capabilities', () => {
    const alone = sweep(buildScenario({ ...parts, coalition: null }), [axis]);
    expect(alone.cells[0]?.capabilities[1]).toEqual({ name: 'Air-defence battery', need: { min: 2, max: 2 }, shortfall: null });
    expect(sweep(buildScenario({ sectors: [{ km: 1_200 }] }), [axis]).cells[0]?.capabilities).toEqual([]);
  });

  it('prints them in JSON by name, in CSV a name column and its figures per capability, and as a table', () => {
    const result = sweep(buildScenario(parts), [axis]);
    expect(sweepToJson(result).cells[1]).toMatchObject({ capabilities: { 'EW team': { need: { min: 12, max: 12 }, shortfall: { min: 2, max: 2 } } } });
    const [header, first] = formatSweepCsv(result).split('\r\n');
    expect(header?.split(',').slice(-5)).toEqual(['capability3', 'capability3NeedMin', 'capability3NeedMax', 'capability3ShortfallMin', 'capability3ShortfallMax']);
    expect(first?.split(',').slice(-5)).toEqual(['EW team', '12', '12', '2', '2']);
    expect(formatSweep(result, 'table')).toContain('Capabilities: units short of the need (the need itself without a coalition)');
    expect(formatSweep(result, 'md')).toContain('| Brigade size (troops) | Air cover | Air-defence battery | EW team |');
  });
});
