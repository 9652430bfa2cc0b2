import { describe, expect, test } from 'vitest';
import { formatProblem, parseFactorAssignment, parseFactorValue } from '../../src/scenarios/index.js';
import { MINIMAL, problemsOf, yaml } from './expect-scenario.js';

describe('parseFactorAssignment reads --set factor=value', () => {
  test.each<[string, string, number, number]>([
    ['density=5/km', 'density', 5, 5],
    [' density = 5 / mi ', 'density', 3.10686, 3.10686],
    ['density=3', 'density', 3, 3],
    ['brigadeSize=3,000..5,000', 'brigadeSize', 3000, 5000],
    ['airCoverPerBrigade=1.5', 'airCoverPerBrigade', 1.5, 1.5],
    ['enablerShare=25%', 'enablerShare', 0.25, 0.25],
    ['rotation=3x', 'rotation', 3, 3],
    // What forcecalc prints can be typed back: its label words after the number.
    ['brigadeSize=4,000 troops', 'brigadeSize', 4000, 4000],
    ['brigadeSize=3,000..5,000 troops', 'brigadeSize', 3000, 5000],
    ['airCoverPerBrigade=1 package', 'airCoverPerBrigade', 1, 1],
    ['airCoverPerBrigade=2 packages', 'airCoverPerBrigade', 2, 2],
  ])('%s', (text, name, min, max) => {
    const result = parseFactorAssignment(text);
    if (!result.ok) expect.fail(formatProblem(result.problem));
    expect(result.name).toBe(name);
    expect(result.value.min).toBeCloseTo(min, 5);
    expect(result.value.max).toBeCloseTo(max, 5);
  });

  test.each<[string, string]>([
    ['density', '--set: expected factor=value, such as density=5/km, got "density"'],
    ['densty=3', '--set: expected a factor (did you mean density?), got "densty"'],
    ['Density=3', '--set: expected a factor (did you mean density?), got "Density"'],
    ['__proto__=3', '--set: expected a factor: one of density, brigadeSize, airCoverPerBrigade, enablerShare, rotation, got "__proto__"'],
    ['=3', '--set: expected a factor: one of density, brigadeSize, airCoverPerBrigade, enablerShare, rotation, got nothing'],
    ['density=3 kg', '--set density: expected a density such as "3 / km", got "3 kg"'],
    ['density=', '--set density: expected a density such as "3 / km", got nothing'],
    ['density=3=4', '--set density: expected a density such as "3 / km", got "3=4"'],
    ['brigadeSize=2.5', '--set brigadeSize: expected a whole number such as "3,000..5,000" (2.5 is not whole), got "2.5"'],
    ['brigadeSize=5,000..3,000', '--set brigadeSize: expected a whole number range from low to high (write 3,000..5,000), got "5,000..3,000"'],
    // A label is only the factor's own, and only after a number.
    ['brigadeSize=4,000 brigades', '--set brigadeSize: expected a whole number such as "3,000..5,000", got "4,000 brigades"'],
    ['density=3 troops', '--set density: expected a density such as "3 / km", got "3 troops"'],
    ['airCoverPerBrigade=packages', '--set airCoverPerBrigade: expected a number such as "1", got "packages"'],
    ['rotation=config({relTol: 1000})', '--set rotation: expected a multiplier such as "3", got "config({relTol: 1000})"'],
    // The tester's reproductions: units that cancel, a value too small to plan with, characters a terminal would act on.
    ['density=5 mi / km', '--set density: expected a density such as "3 / km" (the units cancel out, leaving a plain number), got "5 mi / km"'],
    ['density=5 km per km', '--set density: expected a density such as "3 / km" (the units cancel out, leaving a plain number), got "5 km per km"'],
    ['density=1e-300', '--set density: expected a density of at least 0.001 / km, got "1e-300"'],
    ['density=\u001b[2J\u202e3', '--set density: expected a density such as "3 / km", got "\\u001b[2J\\u202e3"'],
    ['dens\u001b[2Jity=3', '--set: expected a factor: one of density, brigadeSize, airCoverPerBrigade, enablerShare, rotation, got "dens\\u001b[2Jity"'],
  ])('%s is a problem from --set', (text, message) => {
    const result = parseFactorAssignment(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problem)).toBe(message);
  });
});

describe('parseFactorValue', () => {
  test('reads a value with the factor kind and bounds', () => {
    expect(parseFactorValue('rotation', '2..3')).toEqual({ ok: true, value: { min: 2, max: 3 }, decimals: { min: 0, max: 0 } });
    expect(parseFactorValue('rotation', '0.5')).toEqual({ ok: false, expected: 'a multiplier of at least 1', received: '"0.5"' });
  });

  test.each([
    ['density', '3 kg'],
    ['brigadeSize', '2.5'],
    ['enablerShare', '25'],
    ['rotation', '1.200'],
  ] as const)('%s=%s: the same message as in a scenario file', (name, text) => {
    const result = parseFactorValue(name, text);
    if (result.ok) expect.fail('expected a problem');
    const inFile = problemsOf(yaml(...MINIMAL, 'factors:', `  ${name}: ${text}`));
    expect(inFile).toEqual([`6:${name.length + 5} factors.${name}: expected ${result.expected}, got ${result.received}`]);
  });
});
