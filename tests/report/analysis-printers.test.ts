// The printers of sensitivity, sweep and solve: the tornado bar, widths, hostile names.
// The numbers come from the core (tested in tests/core/analysis); these check the text.
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/core/analysis/sensitivity.js';
import { solve } from '../../src/core/analysis/solve.js';
import { sweep } from '../../src/core/analysis/sweep.js';
import { formatSensitivity } from '../../src/report/sensitivity-report.js';
import { formatSolution } from '../../src/report/solve-report.js';
import { formatSweep } from '../../src/report/sweep-report.js';
import { tornadoBar, tornadoScale } from '../../src/report/tornado-bar.js';
import { pledgeTroops, scenario, sector } from './scenario-builder.js';

const lines = (text: string): string[] => text.trimEnd().split('\n');
const widest = (text: string): number => Math.max(...lines(text).map((line) => [...line].length));
const FORMATS = ['table', 'json', 'csv', 'md'] as const;

describe('tornadoBar', () => {
  it.each<[number, number, number, string]>([
    // Axis 0..10 over 11 columns: one column per unit.
    [2, 8, 5, '  ===|===  '],
    [0, 10, 0, '|=========='],
    [5, 5, 5, '     |     '],
    [0, 5, 5, '=====|     '],
  ])('%i..%i around %i', (low, high, central, bar) => {
    expect(tornadoBar(low, high, central, { min: 0, max: 10, width: 11 })).toBe(bar);
  });

  it('puts every row in the middle when nothing moves', () => {
    expect(tornadoBar(7, 7, 7, { min: 7, max: 7, width: 5 })).toBe('  |  ');
  });

  it('labels the axis ends, or the one value', () => {
    expect(tornadoScale({ min: 7_300, max: 10_600, width: 20 })).toBe('7,300         10,600');
    expect(tornadoScale({ min: 6, max: 6, width: 20 })).toBe('6');
    expect(tornadoScale({ min: 1_000_000, max: 2_000_000, width: 10 })).toBe('1,000,000..2,000,000');
  });
});

const uncertain = scenario({
  id: 'uncertain',
  factors: { density: { min: 2, max: 4 } },
  sectors: [sector('Line', 1_000), { name: 'Border', lengthKm: { min: 500, max: 800 } }],
  coalition: [{ country: 'UK', pledge: { kind: 'troops', troops: { min: 2_000, max: 5_000 } } }],
});

describe('the analysis tables', () => {
  it.each([60, 80, 100])('keep within %i columns', (width) => {
    const solved = solve(uncertain, 'brigades', { kind: 'coalition' });
    expect(solved.ok).toBe(true);
    if (!solved.ok) return;
    expect(widest(formatSensitivity(sensitivity(uncertain), 'table', { width }))).toBeLessThanOrEqual(width);
    expect(widest(formatSweep(sweep(uncertain, [{ factor: 'rotation', from: 1, to: 3, steps: 3 }]), 'table', { width }))).toBeLessThanOrEqual(width);
    expect(widest(formatSolution(solved.solution, 'table', { width }))).toBeLessThanOrEqual(width);
  });

  it.each([
    ['a screen clear', 'Evil\u001b[2J name', 'Evil name'],
    ['a right-to-left override', 'Evil \u202Eeman', 'Evil eman'],
    ['a line break', 'Evil\nname', 'Evil name'],
  ])('sanitise %s in names and titles, in every format but JSON', (_, raw, clean) => {
    const hostile = scenario({
      id: raw,
      title: raw,
      sectors: [{ name: raw, lengthKm: { min: 10, max: 20 } }],
      coalition: [{ country: raw, pledge: { kind: 'troops', troops: { min: 1, max: 5 } } }],
    });
    const solved = solve(hostile, 'coverage', { kind: 'coalition' });
    if (!solved.ok) throw new Error('the scenario has a coalition');
    for (const format of FORMATS.filter((name) => name !== 'json')) {
      for (const text of [
        formatSensitivity(sensitivity(hostile), format),
        formatSweep(sweep(hostile, [{ factor: 'density', from: 1, to: 2, steps: 2 }]), format),
        formatSolution(solved.solution, format),
      ]) {
        // eslint-disable-next-line no-control-regex -- looking for control characters is the point
        expect(text, format).not.toMatch(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E]/);
        if (format !== 'md') expect(text, format).toContain(clean);
      }
    }
    // JSON keeps the data as given, escaping what a terminal would act on.
    expect(JSON.parse(formatSensitivity(sensitivity(hostile), 'json')).scenario.title).toBe(raw);
  });

  it('neutralises a formula in a CSV cell', () => {
    const formula = scenario({ id: '=cmd()', sectors: [{ name: '@x', lengthKm: { min: 1, max: 2 } }], coalition: [pledgeTroops('+y', 1)] });
    const csv = formatSensitivity(sensitivity(formula), 'csv');
    expect(csv).toContain("'=cmd(),Length: @x,1,2,");
    expect(csv).not.toMatch(/^=/m);
  });
});

describe('capabilities in the analyses', () => {
  // 1,000 km at 3 /km: 3,000 troops, 1 brigade. EW teams 1 per 100 km (10), the UK provides 4, the backstop US 2.
  const withCapabilities = scenario({
    id: 'capabilities',
    capabilities: [{ name: 'EW team', per: { kind: 'length', km: 100 }, need: { min: 1, max: 2 }, source: null }],
    sectors: [sector('Line', 1_000)],
    coalition: [
      { country: 'UK', pledge: { kind: 'troops', troops: { min: 2_000, max: 5_000 } }, provides: [{ capability: 'EW team', units: { min: 4, max: 4 } }] },
      { country: 'US', pledge: { kind: 'none' }, backstop: true, provides: [{ capability: 'EW team', units: { min: 2, max: 2 } }] },
    ],
  });

  it('solve shows the capabilities table under its answer where the scenario declares capabilities, and not otherwise', () => {
    const solved = solve(withCapabilities, 'brigades', { kind: 'coalition' });
    if (!solved.ok) throw new Error('the scenario has a coalition');
    // 10..20 EW teams needed, 6 pledged: 4..14 short, 6..16 without the US.
    expect(formatSolution(solved.solution, 'table')).toMatch(/\nEW team +10\.\.20 +6 +4\.\.14 +6\.\.16\n/);
    expect(formatSolution(solved.solution, 'md')).toContain('| EW team | 10..20 | 6 | 4..14 | 6..16 |');
    const plain = solve(uncertain, 'brigades', { kind: 'coalition' });
    if (!plain.ok) throw new Error('the scenario has a coalition');
    expect(formatSolution(plain.solution, 'table')).not.toContain('Capability');
  });

  it('sensitivity gives the capability shortfall a tornado of its own, in every format', () => {
    const result = sensitivity(withCapabilities);
    expect(formatSensitivity(result, 'table')).toContain('Shortfall of EW team: 9 at the central values');
    expect(JSON.parse(formatSensitivity(result, 'json')).central).toMatchObject({ 'capabilities.EW team.shortfall': 9 });
    expect(formatSensitivity(result, 'csv')).toContain(',capabilities.EW team.shortfall,');
  });
});
