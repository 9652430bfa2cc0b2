import { describe, expect, it } from 'vitest';
import { lengthUnitsNamed, namesUnit } from '../../src/scenarios/written-units.js';

describe('namesUnit: a value written with a unit of its own', () => {
  it.each<[string, boolean]>([
    ['1,300 km', true],
    ['3 / km', true],
    ['3 per km', true],
    ['25%', true],
    ['3x', true],
    ['1,300', false],
    ['1.5e3', false],
    ['1_200', false],
    ['(1 + 2) * 3', false],
  ])('%s: %s', (text, expected) => {
    expect(namesUnit(text)).toBe(expected);
  });
});

describe('lengthUnitsNamed: the length units of several values, each once, as written', () => {
  it.each<[string[], string[]]>([
    [['1,100 mi', '1,250', '1,300 km'], ['mi', 'km']],
    [['1,100', '1,250', '1,300 km'], ['km']],
    [['1 km + 500 m'], ['km', 'm']],
    [['3 / km', '3 per mi'], ['km', 'mi']],
    [['2e3 nmi', '1e1 nmi'], ['nmi']],
    [['10', '25%'], []],
  ])('%j: %j', (texts, expected) => {
    expect(lengthUnitsNamed(texts)).toEqual(expected);
  });
});
