import { describe, expect, test } from 'vitest';
import { DAY_BOUNDS, FACTORS, LENGTH_BOUNDS, PLEDGED_TROOPS_BOUNDS, type Bounds, type QuantityKind } from '../../src/core/index.js';
import { parseQuantity } from '../../src/scenarios/index.js';

const BOUNDS: Record<QuantityKind, Bounds> = {
  length: LENGTH_BOUNDS,
  density: FACTORS.density.bounds,
  count: PLEDGED_TROOPS_BOUNDS,
  number: FACTORS.airCoverPerBrigade.bounds,
  share: FACTORS.enablerShare.bounds,
  multiplier: FACTORS.rotation.bounds,
  duration: DAY_BOUNDS,
};

function read(input: string | number, kind: QuantityKind) {
  return parseQuantity(input, kind, BOUNDS[kind]);
}

/** Reads `input` and returns [min, max], failing the test on a problem. */
function value(input: string | number, kind: QuantityKind): [number, number] {
  const result = read(input, kind);
  if (!result.ok) expect.fail(`${JSON.stringify(input)}: expected ${result.expected}, got ${result.received}`);
  return [result.value.min, result.value.max];
}

describe('parseQuantity reads', () => {
  // [input, kind, min, max]: conversions worked by hand (1 mi = 1.609344 km, 1 nmi = 1.852 km).
  test.each<[string | number, QuantityKind, number, number]>([
    ['1200 km', 'length', 1200, 1200],
    ['1200km', 'length', 1200, 1200],
    ['1,200 km', 'length', 1200, 1200],
    ['1_200 km', 'length', 1200, 1200],
    ['1200', 'length', 1200, 1200],
    [1200, 'length', 1200, 1200],
    ['  1200 km  ', 'length', 1200, 1200],
    ['750 mi', 'length', 1207.008, 1207.008],
    ['1 nmi', 'length', 1.852, 1.852],
    ['100 nmi', 'length', 185.2, 185.2],
    ['1500 m', 'length', 1.5, 1.5],
    ['1 km + 500 m', 'length', 1.5, 1.5],
    ['(1200) km', 'length', 1200, 1200],
    ['0.5 km', 'length', 0.5, 0.5],
    ['1,234,567.5 m', 'length', 1234.5675, 1234.5675],
    ['100,000 km', 'length', 100_000, 100_000],
    ['0.001 km', 'length', 0.001, 0.001],
    ['1 m', 'length', 0.001, 0.001],
    ['1,200..1,300 km', 'length', 1200, 1300],
    ['1,200 km..1,300 km', 'length', 1200, 1300],
    ['1,200 .. 1,300 km', 'length', 1200, 1300],
    ['1200..1300', 'length', 1200, 1300],
    ['600..650 mi', 'length', 965.6064, 1046.0736],
    ['3 / km', 'density', 3, 3],
    ['3/km', 'density', 3, 3],
    ['3 /km', 'density', 3, 3],
    ['3 per km', 'density', 3, 3],
    ['3', 'density', 3, 3],
    ['5 / mi', 'density', 3.10686, 3.10686],
    ['0.003 / m', 'density', 3, 3],
    ['3..5 / km', 'density', 3, 5],
    ['3..5 per km', 'density', 3, 5],
    ['0.001 / km', 'density', 0.001, 0.001],
    ['1 / mi', 'density', 0.621371, 0.621371],
    ['100,000 / km', 'density', 100_000, 100_000],
    ['(5 km) / (2 km) / km', 'density', 2.5, 2.5],
    ['5,000', 'count', 5000, 5000],
    ['3,000..5,000', 'count', 3000, 5000],
    ['3_000..5_000', 'count', 3000, 5000],
    ['0', 'count', 0, 0],
    ['1', 'number', 1, 1],
    ['1.5', 'number', 1.5, 1.5],
    ['0', 'number', 0, 0],
    ['25%', 'share', 0.25, 0.25],
    ['25 %', 'share', 0.25, 0.25],
    ['12.5%', 'share', 0.125, 0.125],
    ['0.25', 'share', 0.25, 0.25],
    ['10..25%', 'share', 0.1, 0.25],
    ['10%..25%', 'share', 0.1, 0.25],
    ['3', 'multiplier', 3, 3],
    ['3x', 'multiplier', 3, 3],
    ['3 x', 'multiplier', 3, 3],
    ['3\u00D7', 'multiplier', 3, 3],
    ['2.5', 'multiplier', 2.5, 2.5],
    ['2..3x', 'multiplier', 2, 3],
  ])('%j as a %s: %d..%d', (input, kind, min, max) => {
    const [readMin, readMax] = value(input, kind);
    expect(readMin).toBeCloseTo(min, 5);
    expect(readMax).toBeCloseTo(max, 5);
  });

  test('-0 reads as 0, never -0', () => {
    expect(Object.is(value('-0', 'count')[0], 0)).toBe(true);
  });
});

describe('decimals as written', () => {
  // For expect: matching, the core rounds to the decimals each bound was written with.
  test.each<[string, QuantityKind, number, number]>([
    ['1,207.008', 'length', 3, 3],
    ['1,666.67', 'length', 2, 2],
    ['4.167', 'density', 3, 3],
    ['1,000..1,666.67', 'length', 0, 2],
    ['1207.0080', 'length', 4, 4],
    ['1.5e3', 'length', 0, 0],
    ['2.5e-1', 'number', 2, 2],
    ['2', 'count', 0, 0],
    ['25%', 'share', 2, 2],
    ['12.5%', 'share', 3, 3],
  ])('%j as a %s: %d and %d decimals', (input, kind, min, max) => {
    const result = parseQuantity(input, kind, { min: 0, minExclusive: false, max: 1e12, whole: false }, { acceptThreeDecimals: true });
    expect(result).toMatchObject({ ok: true, decimals: { min, max } });
  });

  test('a number reads as its text: 1207.008 has 3 decimals', () => {
    expect(read(1207.008, 'length')).toMatchObject({ ok: true, decimals: { min: 3, max: 3 } });
  });
});

describe('parseQuantity refuses, saying what it expected', () => {
  test.each<[string, QuantityKind, string]>([
    ['3 kg', 'length', 'a length such as "120 km"'],
    ['1.200 km', 'length', 'a length such as "120 km" (1.200 is ambiguous: write 1200 or 1.2)'],
    ['1.250 km', 'length', 'a length such as "120 km" (1.250 is ambiguous: write 1250 or 1.25)'],
    ['4.167', 'length', 'a length such as "120 km" (4.167 is ambiguous: write 4167 or 4.1670)'],
    ['1 200 km', 'length', 'a length such as "120 km" (digits apart by a space: write 1200 or 1,200)'],
    ['1\u00A0200 km', 'length', 'a length such as "120 km" (digits apart by a space: write 1200 or 1,200)'],
    ['1200 KM', 'length', 'a length such as "120 km" (units are case-sensitive: did you mean km?)'],
    ['1200 Km', 'length', 'a length such as "120 km" (units are case-sensitive: did you mean km?)'],
    ['12 miles', 'length', 'a length such as "120 km" (did you mean mi?)'],
    ['12 kilometres', 'length', 'a length such as "120 km" (did you mean km?)'],
    ['12 NM', 'length', 'a length such as "120 km" (did you mean nmi?)'],
    ['5 km + 3', 'length', 'a length such as "120 km" (a number without a unit cannot be added to one with a unit)'],
    ['km', 'length', 'a length such as "120 km" (a number is missing)'],
    ['-5 km', 'length', 'a length of at least 0.001 km'],
    ['\u22125 km', 'length', 'a length of at least 0.001 km'],
    ['0 km', 'length', 'a length of at least 0.001 km'],
    ['0.0009 km', 'length', 'a length of at least 0.001 km'],
    ['0.999 m', 'length', 'a length of at least 0.001 km'],
    ['1e-300', 'length', 'a length of at least 0.001 km'],
    ['1e-300 km', 'length', 'a length of at least 0.001 km'],
    ['1e-300..1 km', 'length', 'a length of at least 0.001 km'],
    ['1200 mi / km', 'length', 'a length such as "120 km" (the units cancel out, leaving a plain number)'],
    ['3 km / m', 'length', 'a length such as "120 km" (the units cancel out, leaving a plain number)'],
    ['1,200 km / km * 1', 'length', 'a length such as "120 km" (the units cancel out, leaving a plain number)'],
    ['1e400 km', 'length', 'a finite length such as "120 km"'],
    ['.inf', 'length', 'a finite length such as "120 km"'],
    ['-.Inf', 'length', 'a finite length such as "120 km"'],
    ['NaN', 'length', 'a finite length such as "120 km"'],
    ['200,000 km', 'length', 'a length of at most 100,000 km'],
    ['3 / km', 'length', 'a length such as "120 km" (that is a density, not a length)'],
    ['3 km * 2 km', 'length', 'a length such as "120 km" (the units do not make a length)'],
    ['1,20 km', 'length', 'a length such as "120 km" (1,20 is not a number: a comma separates groups of three digits, as in 1,200; decimals take a point, as in 1.2)'],
    ['0,5 km', 'length', 'a length such as "120 km" (0,5 is not a number: a comma separates groups of three digits, as in 1,200; decimals take a point, as in 1.2)'],
    ['1.200.000 km', 'length', 'a length such as "120 km" (1.200.000 is not a number: thousands take a comma, as in 1,200,000)'],
    ['1.200,5 km', 'length', 'a length such as "120 km" (decimals take a point and thousands a comma: write 1,200.5)'],
    ['1,200_000 km', 'length', 'a length such as "120 km" (1,200_000 mixes separators: write 1,200,000)'],
    ['0x10 km', 'length', 'a length such as "120 km"'],
    ['3 km', 'density', 'a density such as "3 / km" (that is a length; a density is per km, such as 3 / km)'],
    ['3 / kg', 'density', 'a density such as "3 / km"'],
    ['0 / km', 'density', 'a density of at least 0.001 / km'],
    ['0.0009 / km', 'density', 'a density of at least 0.001 / km'],
    ['1e-300', 'density', 'a density of at least 0.001 / km'],
    ['1e-300..1e-299', 'density', 'a density of at least 0.001 / km'],
    ['1 / (10,000 km)', 'density', 'a density of at least 0.001 / km'],
    ['200,000 / km', 'density', 'a density of at most 100,000 / km'],
    ['5 mi / km', 'density', 'a density such as "3 / km" (the units cancel out, leaving a plain number)'],
    ['5 km per km', 'density', 'a density such as "3 / km" (the units cancel out, leaving a plain number)'],
    ['5 m / km', 'density', 'a density such as "3 / km" (the units cancel out, leaving a plain number)'],
    ['5 / km * km', 'density', 'a density such as "3 / km" (the units cancel out, leaving a plain number)'],
    ['3..5 mi / km', 'density', 'a density such as "3 / km" (the units cancel out, leaving a plain number)'],
    ['2.5', 'count', 'a whole number such as "5,000" (2.5 is not whole)'],
    ['3 km', 'count', 'a whole number such as "5,000" (without a unit)'],
    ['25', 'share', 'a share of at most 10 (1,000%); for a percentage write 25%'],
    ['-5%', 'share', 'a share of 0 or more'],
    ['25% km', 'share', 'a share such as "25%"'],
    ['0.5', 'multiplier', 'a multiplier of at least 1'],
    ['x3', 'multiplier', 'a multiplier such as "3"'],
    ['3%', 'multiplier', 'a multiplier such as "3"'],
  ])('%j as a %s', (input, kind, expected) => {
    expect(read(input, kind)).toEqual({ ok: false, expected, received: JSON.stringify(input) });
  });

  test('empty text: expected a value, got nothing', () => {
    expect(read('  ', 'length')).toEqual({ ok: false, expected: 'a length such as "120 km"', received: 'nothing' });
  });

  test('a caller can name its own example', () => {
    expect(parseQuantity('3 kg', 'count', FACTORS.brigadeSize.bounds, { example: '3,000..5,000' })).toMatchObject({
      expected: 'a whole number such as "3,000..5,000"',
    });
  });

  test.each<[string, string]>([
    // Stripped, "\e[2J\u202e3" would show as "3", a value that looks valid.
    ['\u001B[2J\u202E3', '"\\u001b[2J\\u202e3"'],
    ['\u001B[2J3 kg\u202E', '"\\u001b[2J3 kg\\u202e"'],
    ['3\u0000', '"3\\u0000"'],
    ['3\u0085 / km', '"3\\u0085 / km"'],
    ['3\nkg', '"3\\nkg"'],
  ])('received text %j shows its control, escape and bidi characters escaped, none raw', (input, received) => {
    expect(read(input, 'density')).toMatchObject({ ok: false, received });
  });
});

describe('ranges', () => {
  const RANGE_HINT = 'a whole number such as "5,000" (ranges are written a..b, such as 3,000..5,000)';
  test.each<[string, string]>([
    ['5,000..3,000', 'a whole number range from low to high (write 3,000..5,000)'],
    ['3,000-5,000', RANGE_HINT],
    ['3,000 - 5,000', RANGE_HINT],
    ['3,000\u20135,000', RANGE_HINT],
    ['3,000 \u2014 5,000', RANGE_HINT],
    ['3,000 to 5,000', RANGE_HINT],
    ['3000..', RANGE_HINT],
    ['..5000', RANGE_HINT],
    ['1..2..3', RANGE_HINT],
    ['1...2', RANGE_HINT],
    ['3,000..2.5', 'a whole number such as "5,000" (2.5 is not whole)'],
  ])('%j', (input, expected) => {
    expect(read(input, 'count')).toEqual({ ok: false, expected, received: JSON.stringify(input) });
  });

  test('a unit on the lower bound stays there: 1 mi..2 is 1 mi..2 km', () => {
    expect(value('1 mi..2', 'length')[0]).toBeCloseTo(1.609344, 6);
    expect(value('1 mi..2', 'length')[1]).toBe(2);
  });
});
