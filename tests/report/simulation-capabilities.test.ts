// The capabilities in simulate's JSON, CSV and report: each need's statistics and the shares of samples in which
// it and everything suffice, read from the core's simulation, never recomputed.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulation/index.js';
import { formatSimulationCsv } from '../../src/report/simulation-csv.js';
import { simulationDocument } from '../../src/report/simulation-document.js';
import { documentText } from '../../src/report/document-text.js';
import { simulationToJson } from '../../src/report/simulation-json.js';
import { buildScenario } from '../core/build-scenario.js';

// 1,000 km at 2..6 /km in brigades of 3,000: 1..2 brigades; one AD unit per brigade, one provided by A, one more by
// the backstop B; air cover needs nothing.
const scenario = buildScenario({
  sectors: [{ km: 1_000 }],
  factors: { density: [2, 6], brigadeSize: 3_000, airCoverPerBrigade: 0 },
  capabilities: [{ name: 'AD', per: 'brigade', need: 1 }],
  coalition: [
    { country: 'A', troops: 6_000, provides: { AD: 1 } },
    { country: 'B', backstop: true, provides: { AD: 1 } },
  ],
});
const result = simulate(scenario, { samples: 2_000, seed: 5 });

describe('capabilities in simulate --format json', () => {
  it('gives each capability by name, its need as a count figure and its shares, then allSuffice with and without the backstop', () => {
    const json = simulationToJson(result);
    expect(Object.keys(json.capabilities)).toEqual(['Air cover', 'AD']);
    const ad = json.capabilities.AD;
    expect(Object.keys(ad ?? {})).toEqual(['need', 'suffice', 'sufficeWithoutBackstop']);
    expect(ad?.need).toMatchObject({ min: 1, max: 2 });
    expect(Object.keys(ad?.need.distribution ?? {})).toEqual(['1', '2']);
    // With the backstop AD always suffices (2 units, at most 2 brigades); without it, only where one brigade is enough.
    expect(ad?.suffice).toBe(1);
    expect(ad?.sufficeWithoutBackstop).toBe(result.figures.brigades.distribution?.find((frequency) => frequency.value === 1)?.probability);
    expect(json.allSuffice).toBe(result.allSuffice);
    expect(json.allSufficeWithoutBackstop).toBe(ad?.sufficeWithoutBackstop);
  });

  it('has null shares without a coalition', () => {
    const json = simulationToJson(simulate(buildScenario({ sectors: [{ km: 1_000 }] }), { samples: 100 }));
    expect(json.capabilities['Air cover']).toMatchObject({ suffice: null, sufficeWithoutBackstop: null });
    expect([json.allSuffice, json.allSufficeWithoutBackstop]).toEqual([null, null]);
  });
});

describe('capabilities in simulate --format csv', () => {
  it('gives the need under capabilities.<name>.need, then the shares, then allSuffice, before the coverage', () => {
    const records = formatSimulationCsv(result).trimEnd().split('\r\n');
    const figures = records.map((record) => record.split(',')[3]);
    expect(figures).toContain('capabilities.AD.need');
    expect(records).toContain('test-scenario,2000,5,capabilities.AD.suffice,probability,,1');
    const all = figures.indexOf('allSuffice');
    expect(records[all]).toBe(`test-scenario,2000,5,allSuffice,probability,,${result.allSuffice}`);
    expect(records[all + 1]).toBe(`test-scenario,2000,5,allSufficeWithoutBackstop,probability,,${result.allSufficeWithoutBackstop}`);
    expect(figures.slice(all + 2).every((figure) => figure === 'coveredFromDay' || figure === 'neverCovered' || figure === 'coveredBy')).toBe(true);
  });
});

describe('capabilities in the simulate report', () => {
  it('shows each need and the chance it suffices, and the chance all do', () => {
    const text = documentText(simulationDocument(result), 80);
    expect(text).toMatch(/\nAD +1 +\d +2 +100\.0% +\d+\.\d%\n/);
    expect(text).toContain('All suffice in');
  });
});
