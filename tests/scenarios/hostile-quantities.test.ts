import { unit as globalUnit } from 'mathjs';
import { describe, expect, test } from 'vitest';
import { FACTORS, LENGTH_BOUNDS } from '../../src/core/index.js';
import { parseQuantity, parseQuantityPair } from '../../src/scenarios/index.js';
import { LENGTH_UNITS, measure } from '../../src/scenarios/unit-math.js';

// Hostile units, numbers and expressions: each is refused with a clear message and never evaluated.

const LENGTH = 'a length such as "120 km"';
const readLength = (text: string) => parseQuantity(text, 'length', LENGTH_BOUNDS);

const FORMULAS = [
  'cos.constructor("return process")()',
  'cos["constructor"]',
  '[].map',
  'a.__proto__',
  'import("fs")',
  'import({}, {override: true})',
  'createUnit("km")',
  'createUnit("km", "2 m", {override: true})',
  'evaluate("1")',
  'parse("1")',
  'config({relTol: 1000})',
  'zeros(3000, 3000)',
  'range(1, 1e7)',
  '1:1e7',
  'f(x) = f(x); f(1)',
  'x = 5',
  '"1200 km"',
  '1200 km == 1200 km ? 1 km : 2 km',
  '2 km ^ 2',
  '5!',
];

describe('formulas in a quantity', () => {
  test.each(FORMULAS)('%s is refused as a length', (formula) => {
    expect(readLength(formula)).toEqual({ ok: false, expected: LENGTH, received: JSON.stringify(formula) });
  });

  test.each(FORMULAS)('%s is refused by the allow-list itself, not only by the text filter', (formula) => {
    const measured = measure(formula, new Set(LENGTH_UNITS));
    expect(measured.ok ? 'evaluated' : measured.reason).toMatch(/^(forbidden|syntax)$/);
  });

  test('a 100 KB expression is refused before it is parsed', () => {
    const huge = `${'1 km + '.repeat(14_000)}1 km`;
    expect(readLength(huge)).toMatchObject({ ok: false, expected: `${LENGTH} (at most 200 characters)` });
    expect(measure(huge, new Set(LENGTH_UNITS))).toEqual({ ok: false, reason: 'syntax' });
  });

  test('deep parentheses within the length cap are read, not a stack overflow', () => {
    expect(readLength(`${'('.repeat(90)}5 km${')'.repeat(90)}`)).toMatchObject({ ok: true, value: { min: 5, max: 5 } });
  });

  test('config() inside a formula changes nothing: later values read as before', () => {
    for (const attempt of ['config({relTol: 1000})', 'config({number: "BigNumber"})']) {
      expect(readLength(attempt).ok).toBe(false);
      expect(measure(attempt, new Set()).ok).toBe(false);
    }
    expect(readLength('1 km + 1 m')).toMatchObject({ ok: true, value: { min: 1.001, max: 1.001 } });
    expect(readLength('3 kg')).toMatchObject({ ok: false, expected: LENGTH });
    expect(parseQuantity('2.5', 'count', FACTORS.brigadeSize.bounds)).toMatchObject({ ok: false });
  });

  test('createUnit("km") inside a formula redefines nothing', () => {
    readLength('createUnit("km", "2 m", {override: true})');
    expect(readLength('1 km')).toMatchObject({ ok: true, value: { min: 1, max: 1 } });
  });

  test('the instance is private: the nautical mile it defines is not in the global mathjs', () => {
    expect(readLength('1 nmi')).toMatchObject({ ok: true });
    expect(() => globalUnit('1 nmi')).toThrow();
  });

  test('a bare unit has no number', () => {
    expect(measure('km', new Set(LENGTH_UNITS))).toEqual({ ok: false, reason: 'no-number' });
  });

  test('a symbol outside the allow-list is refused even where mathjs knows it', () => {
    expect(measure('3 kg', new Set(LENGTH_UNITS))).toEqual({ ok: false, reason: 'forbidden' });
    expect(measure('pi km', new Set(LENGTH_UNITS))).toEqual({ ok: false, reason: 'forbidden' });
  });
});

describe('hostile units and numbers', () => {
  test.each<[string, string]>([
    ['3 kg', LENGTH],
    ['1.200 km', `${LENGTH} (1.200 is ambiguous: write 1200 or 1.2)`],
    ['1 200 km', `${LENGTH} (digits apart by a space: write 1200 or 1,200)`],
    ['1200 KM', `${LENGTH} (units are case-sensitive: did you mean km?)`],
    ['5 km + 3', `${LENGTH} (a number without a unit cannot be added to one with a unit)`],
    ['km', `${LENGTH} (a number is missing)`],
    ['-5 km', 'a length of at least 0.001 km'],
    ['0 km', 'a length of at least 0.001 km'],
    ['1e-300 km', 'a length of at least 0.001 km'],
    ['1200 mi / km', `${LENGTH} (the units cancel out, leaving a plain number)`],
    ['1e400 km', 'a finite length such as "120 km"'],
  ])('%s is refused', (text, expected) => {
    expect(readLength(text)).toEqual({ ok: false, expected, received: JSON.stringify(text) });
  });

  test.each([
    ['1,200 km', 1200],
    ['1_200 km', 1200],
  ])('%s, which mathjs alone would refuse or misread, is read as %d', (text, km) => {
    expect(readLength(text)).toMatchObject({ ok: true, value: { min: km, max: km } });
  });

  test.each(['5,000..3,000', '3,000-5,000', '3000..', '3,000\u20135,000'])('the range %s is refused', (text) => {
    expect(parseQuantity(text, 'count', FACTORS.brigadeSize.bounds)).toMatchObject({ ok: false, received: JSON.stringify(text) });
  });
});

describe('long bounds of a YAML range', () => {
  test('each element of [a, b] is capped like a whole quantity', () => {
    const long = '1'.repeat(1_000_000);
    expect(parseQuantityPair('1', `${long} km`, 'length', LENGTH_BOUNDS)).toEqual({ ok: false, expected: `${LENGTH} (at most 200 characters)`, at: 'max' });
    expect(parseQuantityPair(long, '2 km', 'length', LENGTH_BOUNDS)).toEqual({ ok: false, expected: `${LENGTH} (at most 200 characters)`, at: 'min' });
  });
});
