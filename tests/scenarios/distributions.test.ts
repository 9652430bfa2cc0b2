import { describe, expect, test } from 'vitest';
import {
  FACTOR_NAMES,
  FACTORS,
  LENGTH_BOUNDS,
  PLEDGED_BRIGADES_BOUNDS,
  PLEDGED_TROOPS_BOUNDS,
  type Bounds,
  type Distribution,
  type QuantityKind,
} from '../../src/core/index.js';
import { DISTRIBUTION_NAMES, distributionExample } from '../../src/scenarios/distribution-messages.js';
import { formatProblem, parseFactorAssignment, parseQuantity } from '../../src/scenarios/index.js';
import { expectProblems, expectScenario, MINIMAL, yaml } from './expect-scenario.js';

/** The fields that take a quantity of each kind, by the name a test uses for them. */
const FIELDS = {
  length: { kind: 'length', bounds: LENGTH_BOUNDS },
  density: { kind: 'density', bounds: FACTORS.density.bounds },
  brigadeSize: { kind: 'count', bounds: FACTORS.brigadeSize.bounds },
  troops: { kind: 'count', bounds: PLEDGED_TROOPS_BOUNDS },
  brigades: { kind: 'number', bounds: PLEDGED_BRIGADES_BOUNDS },
  airCoverPerBrigade: { kind: 'number', bounds: FACTORS.airCoverPerBrigade.bounds },
  enablerShare: { kind: 'share', bounds: FACTORS.enablerShare.bounds },
  rotation: { kind: 'multiplier', bounds: FACTORS.rotation.bounds },
} as const satisfies Record<string, { kind: QuantityKind; bounds: Bounds }>;
type Field = keyof typeof FIELDS;

function read(text: string, field: Field) {
  const { kind, bounds } = FIELDS[field];
  return parseQuantity(text, kind, bounds);
}

/** The value read, failing the test with the message when it is refused. */
function valueOf(text: string, field: Field) {
  const result = read(text, field);
  if (!result.ok) expect.fail(`${text}: expected ${result.expected}`);
  return result.value;
}

/** What was expected when `text` is refused for `field`. */
function refusal(text: string, field: Field): string {
  const result = read(text, field);
  if (result.ok) expect.fail(`${text} was read as ${JSON.stringify(result.value)}`);
  return result.expected;
}

const MI = 1.609344;

describe('each distribution reads wherever a range does', () => {
  // [text, field, distribution (in km and per km), support]: worked by hand.
  test.each<[string, Field, Distribution, [number, number]]>([
    ['uniform(1,200, 1,300 km)', 'length', { kind: 'uniform', low: 1200, high: 1300 }, [1200, 1300]],
    ['triangular(1,100, 1,250, 1,300 km)', 'length', { kind: 'triangular', low: 1100, mode: 1250, high: 1300 }, [1100, 1300]],
    ['pert(1,100, 1,250, 1,300 km)', 'length', { kind: 'pert', low: 1100, mode: 1250, high: 1300 }, [1100, 1300]],
    ['normal(1,250, 50 km)', 'length', { kind: 'normal', mean: 1250, sd: 50 }, [1100, 1400]],
    ['pert(1100 km, 1250 km, 1300 km)', 'length', { kind: 'pert', low: 1100, mode: 1250, high: 1300 }, [1100, 1300]],
    ['pert(1,100, 1,250, 1,300) km', 'length', { kind: 'pert', low: 1100, mode: 1250, high: 1300 }, [1100, 1300]],
    ['pert(1100, 1250, 1300)', 'length', { kind: 'pert', low: 1100, mode: 1250, high: 1300 }, [1100, 1300]],
    ['  pert( 1,100,   1,250,  1,300 km )  ', 'length', { kind: 'pert', low: 1100, mode: 1250, high: 1300 }, [1100, 1300]],
    ['uniform(500, 1,000 mi)', 'length', { kind: 'uniform', low: 500 * MI, high: 1000 * MI }, [500 * MI, 1000 * MI]],
    ['normal(3, 0.5) / km', 'density', { kind: 'normal', mean: 3, sd: 0.5 }, [1.5, 4.5]],
    ['normal(3, 0.5) per km', 'density', { kind: 'normal', mean: 3, sd: 0.5 }, [1.5, 4.5]],
    ['normal(3 / km, 0.5 / km)', 'density', { kind: 'normal', mean: 3, sd: 0.5 }, [1.5, 4.5]],
    ['pert(2, 3, 5 / km)', 'density', { kind: 'pert', low: 2, mode: 3, high: 5 }, [2, 5]],
    ['triangular(2, 3, 5)', 'density', { kind: 'triangular', low: 2, mode: 3, high: 5 }, [2, 5]],
    ['pert(3,000, 4,000, 5,000)', 'brigadeSize', { kind: 'pert', low: 3000, mode: 4000, high: 5000 }, [3000, 5000]],
    ['normal(4,000, 300)', 'brigadeSize', { kind: 'normal', mean: 4000, sd: 300 }, [3100, 4900]],
    // A pledge may be 0: its normal is cut at zero, not refused.
    ['normal(1,000, 500)', 'troops', { kind: 'normal', mean: 1000, sd: 500 }, [0, 2500]],
    ['uniform(0, 2)', 'brigades', { kind: 'uniform', low: 0, high: 2 }, [0, 2]],
    ['pert(0.5, 1, 2)', 'airCoverPerBrigade', { kind: 'pert', low: 0.5, mode: 1, high: 2 }, [0.5, 2]],
    ['pert(10, 15, 25%)', 'enablerShare', { kind: 'pert', low: 0.1, mode: 0.15, high: 0.25 }, [0.1, 0.25]],
    ['normal(15, 2)%', 'enablerShare', { kind: 'normal', mean: 0.15, sd: 0.02 }, [0.15 - 0.06, 0.15 + 0.06]],
    ['pert(2, 2.5, 3x)', 'rotation', { kind: 'pert', low: 2, mode: 2.5, high: 3 }, [2, 3]],
    ['triangular(2, 2, 3)', 'rotation', { kind: 'triangular', low: 2, mode: 2, high: 3 }, [2, 3]],
    ['pert(2, 3, 3)', 'rotation', { kind: 'pert', low: 2, mode: 3, high: 3 }, [2, 3]],
  ])('%s as %s', (text, field, distribution, [min, max]) => {
    const value = valueOf(text, field);
    expect(value.distribution?.kind).toBe(distribution.kind);
    for (const [key, number] of Object.entries(distribution)) {
      if (typeof number === 'number') expect(value.distribution?.[key as keyof Distribution], key).toBeCloseTo(number, 9);
    }
    expect(value.min).toBeCloseTo(min, 9);
    expect(value.max).toBeCloseTo(max, 9);
  });

  test('a plain range stays a plain interval (uniform by meaning); uniform(a, b) carries its distribution', () => {
    expect(valueOf('3,000..5,000', 'brigadeSize')).toEqual({ min: 3000, max: 5000 });
    expect(valueOf('uniform(3,000, 5,000)', 'brigadeSize')).toEqual({
      min: 3000,
      max: 5000,
      distribution: { kind: 'uniform', low: 3000, high: 5000 },
    });
  });

  test.each(Object.keys(FIELDS) as Field[])('the example each message shows for %s reads back', (field) => {
    for (const name of DISTRIBUTION_NAMES) {
      expect(read(distributionExample(FIELDS[field].kind, name), field).ok, `${name} for ${field}`).toBe(true);
    }
  });
});

describe('distributions written wrong are refused with what was expected', () => {
  const LENGTH = 'a length such as "120 km"';
  test.each<[string, Field, string]>([
    ['uniform(3000,5000)', 'brigadeSize', 'a uniform distribution with two arguments, uniform(low, high), such as uniform(3,000, 5,000) (arguments are separated by a comma and a space; a comma alone separates thousands)'],
    ['pert(1,100,1,250,1,300 km)', 'length', 'a pert distribution with three arguments, pert(low, mode, high), such as pert(1,100, 1,250, 1,300 km) (arguments are separated by a comma and a space; a comma alone separates thousands)'],
    ['pert(1, 2)', 'length', 'a pert distribution with three arguments, pert(low, mode, high), such as pert(1,100, 1,250, 1,300 km)'],
    ['normal(3, 0.5, 1) / km', 'density', 'a normal distribution with two arguments, normal(mean, sd), such as normal(3, 0.5) / km'],
    ['pert(1, 2, 3', 'length', 'pert(low, mode, high) with its closing parenthesis, such as pert(1,100, 1,250, 1,300 km)'],
    ['perth(1, 2, 3)', 'length', 'a distribution: uniform, triangular, pert or normal, such as pert(1,100, 1,250, 1,300 km) (did you mean pert?)'],
    ['Normal(3, 0.5)', 'density', 'a distribution: uniform, triangular, pert or normal, such as pert(2, 3, 5) / km (did you mean normal?)'],
    ['gaussian(3, 0.5)', 'density', 'a distribution: uniform, triangular, pert or normal, such as pert(2, 3, 5) / km (did you mean normal?)'],
    ['lognormal(3, 0.5)', 'density', 'a distribution: uniform, triangular, pert or normal, such as pert(2, 3, 5) / km (lognormal is not one of them)'],
    ['pert(1, 5, 3)', 'length', 'a pert distribution with low <= mode <= high, such as pert(1,100, 1,250, 1,300 km)'],
    ['triangular(1, 0.5, 3)', 'length', 'a triangular distribution with low <= mode <= high, such as triangular(1,100, 1,250, 1,300 km)'],
    ['uniform(5, 3)', 'length', 'a uniform distribution with low below high, such as uniform(1,200, 1,300 km)'],
    // No spread: the one value, as the user would write it alone (never a range, as brigadeSize's example is).
    ['pert(3, 3, 3)', 'length', `a pert distribution with low below high, such as pert(1,100, 1,250, 1,300 km) (a single value is written alone, as in "3 km")`],
    ['triangular(3000, 3000, 3000)', 'brigadeSize', `a triangular distribution with low below high, such as triangular(3,000, 4,000, 5,000) (a single value is written alone, as in "3,000")`],
    ['uniform(20, 20%)', 'enablerShare', `a uniform distribution with low below high, such as uniform(10, 25%) (a single value is written alone, as in "20%")`],
    ['normal(4,000, 0)', 'brigadeSize', 'a normal distribution with an sd above 0, such as normal(4,000, 300) (a single value is written alone, as in "4,000")'],
    // Several units: refused whatever their order once converted (one rule for every distribution).
    ['pert(1,100 mi, 1,250, 1,300 km)', 'length', 'a pert distribution with one unit for all its values, such as pert(1,100, 1,250, 1,300 km) (it mixes mi and km)'],
    ['pert(1,100 mi, 1,250 m, 1,300 km)', 'length', 'a pert distribution with one unit for all its values, such as pert(1,100, 1,250, 1,300 km) (it mixes mi, m and km)'],
    ['triangular(1 km, 900 m, 2 km)', 'length', 'a triangular distribution with one unit for all its values, such as triangular(1,100, 1,250, 1,300 km) (it mixes km and m)'],
    ['uniform(3 / km, 3 / mi)', 'density', 'a uniform distribution with one unit for all its values, such as uniform(3, 5) / km (it mixes km and mi)'],
    // A unit on the last value and after the parenthesis: neither reading is safe to guess.
    ['pert(1,100, 1,250, 1,300 km) mi', 'length', 'a pert distribution with its unit written once, on the last value or after the closing parenthesis, such as pert(1,100, 1,250, 1,300 km)'],
    ['uniform(1, 3 km) mi', 'length', 'a uniform distribution with its unit written once, on the last value or after the closing parenthesis, such as uniform(1,200, 1,300 km)'],
    ['normal(3 / km, 0.5) / km', 'density', 'a normal distribution with its unit written once, on the last value or after the closing parenthesis, such as normal(3, 0.5) / km'],
    ['pert(10, 15, 25%)%', 'enablerShare', 'a pert distribution with its unit written once, on the last value or after the closing parenthesis, such as pert(10, 15, 25%)'],
    ['pert(1e-300, 2, 3) / km', 'density', 'the low of pert(low, mode, high) to be a density of at least 0.001 / km'],
    ['uniform(5 mi / km, 6) / km', 'density', 'a uniform distribution with its unit written once, on the last value or after the closing parenthesis, such as uniform(3, 5) / km'],
    ['uniform(5 mi / km, 6 / km)', 'density', 'the low of uniform(low, high) to be a density such as "3 / km" (the units cancel out, leaving a plain number)'],
    // sd = 0 is refused: a single value is written as one.
    ['normal(3, 0) / km', 'density', 'a normal distribution with an sd above 0, such as normal(3, 0.5) / km (a single value is written alone, as in "3 / km")'],
    ['normal(3, -1) / km', 'density', 'a normal distribution with an sd above 0, such as normal(3, 0.5) / km (a single value is written alone, as in "3 / km")'],
    ['normal(3, 1) / km', 'density', 'a normal distribution whose mean - 3 sd is at least 0.001 / km (it reaches 0 / km; a smaller sd, or pert(low, mode, high) for a lopsided spread, keeps it within)'],
    ['normal(100, 50 km)', 'length', 'a normal distribution whose mean - 3 sd is at least 0.001 km (it reaches -50 km; a smaller sd, or pert(low, mode, high) for a lopsided spread, keeps it within)'],
    ['normal(1.5, 0.2)', 'rotation', 'a normal distribution whose mean - 3 sd is at least 1 (it reaches 0.9; a smaller sd, or pert(low, mode, high) for a lopsided spread, keeps it within)'],
    ['normal(9, 0.5)', 'rotation', 'a normal distribution whose mean + 3 sd is at most 10 (it reaches 10.5; a smaller sd, or pert(low, mode, high) for a lopsided spread, keeps it within)'],
    ['pert(1, 2, 3 kg)', 'length', `the high of pert(low, mode, high) to be ${LENGTH}`],
    ['pert(1 kg, 2, 3 km)', 'length', `the low of pert(low, mode, high) to be ${LENGTH}`],
    ['pert(0, 2, 3 km)', 'length', 'the low of pert(low, mode, high) to be a length of at least 0.001 km'],
    ['pert(1, 2, 300,000 km)', 'length', 'the high of pert(low, mode, high) to be a length of at most 100,000 km'],
    ['pert(1.200, 2, 3 km)', 'length', `the low of pert(low, mode, high) to be ${LENGTH} (1.200 is ambiguous: write 1200 or 1.2)`],
    ['pert(3,000, 4,000.5, 5,000)', 'brigadeSize', 'the mode of pert(low, mode, high) to be a whole number such as "5,000" (4,000.5 is not whole)'],
    ['normal(4,000, 300.5)', 'brigadeSize', 'the sd of normal(mean, sd) to be a whole number such as "5,000" (300.5 is not whole)'],
    ['normal(3, 0.5) km', 'density', 'the sd of normal(mean, sd) to be a density such as "3 / km" (that is a length; a density is per km, such as 3 / km)'],
    ['pert(1, , 3)', 'length', `the mode of pert(low, mode, high) to be ${LENGTH}`],
  ])('%s as %s', (text, field, expected) => {
    expect(refusal(text, field)).toBe(expected);
  });

  // One rule for all four: values in two units are refused even where, once converted, they are in order.
  test.each<[string, Field]>([
    ['uniform(2 / km, 8 / mi)', 'density'],
    ['triangular(2 / km, 3 / km, 8 / mi)', 'density'],
    ['pert(900 m, 1, 2 km)', 'length'],
    ['normal(3 / km, 0.5 / mi)', 'density'],
    ['normal(1,000 km, 10 mi)', 'length'],
  ])('%s (in order once converted) is refused as mixing units', (text, field) => {
    expect(refusal(text, field)).toMatch(/distribution with one unit for all its values, such as .* \(it mixes (km and mi|m and km)\)$/);
  });

  // Each argument goes through the quantity path on its own: a function inside is refused like any formula.
  test.each(['pert(1, cos(0), 3)', 'pert(1, 2, evaluate("3"))', 'normal(import("fs"), 1)', 'uniform(1, config({relTol: 1000}))'])(
    'a formula as an argument is refused: %s',
    (text) => {
      expect(read(text, 'length').ok).toBe(false);
      expect(read('1 km', 'length').ok).toBe(true);
    },
  );

  test.each(['range(1, 1e7)', 'zeros(3000, 3000)', 'createUnit("km", "2 m")', 'f(x) = f(x); f(1)'])(
    'a formula named like no distribution keeps the plain message: %s',
    (text) => {
      expect(refusal(text, 'length')).toBe('a length such as "120 km"');
    },
  );
});

describe('in a scenario file', () => {
  test('factors, sector lengths and densities, and pledges take distributions', () => {
    const scenario = expectScenario(
      yaml(
        'title: T',
        'factors:',
        '  density: pert(2, 3, 5) / km',
        '  brigadeSize: normal(4,000, 300)',
        '  rotation: triangular(2, 3, 3)',
        'sectors:',
        '  - name: A',
        '    length: pert(1,100, 1,250, 1,300 km)',
        '    density: normal(20, 2) / km',
        'coalition:',
        '  - country: X',
        '    troops: uniform(4,000, 6,000)',
        '  - country: Y',
        '    brigades: pert(0, 1, 2)',
      ),
      {},
    );
    expect(scenario.factors.density?.distribution).toEqual({ kind: 'pert', low: 2, mode: 3, high: 5 });
    expect(scenario.factors.brigadeSize).toMatchObject({ min: 3100, max: 4900, distribution: { kind: 'normal', mean: 4000, sd: 300 } });
    expect(scenario.sectors[0]?.lengthKm).toMatchObject({ min: 1100, max: 1300 });
    expect(scenario.sectors[0]?.density).toMatchObject({ min: 14, max: 26 });
    expect(scenario.coalition?.map((contributor) => contributor.pledge)).toEqual([
      { kind: 'troops', troops: { min: 4000, max: 6000, distribution: { kind: 'uniform', low: 4000, high: 6000 } } },
      { kind: 'brigades', brigades: { min: 0, max: 2, distribution: { kind: 'pert', low: 0, mode: 1, high: 2 } } },
    ]);
  });

  test('problems carry line, column and path', () => {
    expectProblems(
      yaml(...MINIMAL, '    density: normal(3, 1) / km', 'factors:', '  rotation: pert(3, 2)'),
      '5:14 sectors[0].density: expected a normal distribution whose mean - 3 sd is at least 0.001 / km (it reaches 0 / km; a smaller sd, or pert(low, mode, high) for a lopsided spread, keeps it within), got "normal(3, 1) / km"',
      '7:13 factors.rotation: expected a pert distribution with three arguments, pert(low, mode, high), such as pert(2, 2.5, 3), got "pert(3, 2)"',
    );
  });

  test('expect: states values, so it takes no distribution', () => {
    expectProblems(
      yaml(...MINIMAL, 'expect:', '  brigades: pert(1, 2, 3)'),
      '6:13 expect.brigades: expected a whole number such as "5,000" (a distribution is not taken here: write a value or a range), got "pert(1, 2, 3)"',
    );
  });
});

describe('--set takes distributions too', () => {
  test.each<[string, Distribution]>([
    ['density=pert(2, 3, 5) / km', { kind: 'pert', low: 2, mode: 3, high: 5 }],
    ['brigadeSize=uniform(3,000, 5,000)', { kind: 'uniform', low: 3000, high: 5000 }],
    ['enablerShare=triangular(0, 5, 10%)', { kind: 'triangular', low: 0, mode: 0.05, high: 0.1 }],
    ['rotation=normal(3, 0.3)', { kind: 'normal', mean: 3, sd: 0.3 }],
  ])('%s', (text, distribution) => {
    const result = parseFactorAssignment(text);
    if (!result.ok) expect.fail(formatProblem(result.problem));
    expect(result.value.distribution).toEqual(distribution);
  });

  test.each([
    [
      'brigadeSize=uniform(3000,5000)',
      '--set brigadeSize: expected a uniform distribution with two arguments, uniform(low, high), such as uniform(3,000, 5,000) (arguments are separated by a comma and a space; a comma alone separates thousands), got "uniform(3000,5000)"',
    ],
    // brigadeSize's own example is the range "3,000..5,000": the single value offered is the one written.
    [
      'brigadeSize=triangular(3000, 3000, 3000)',
      '--set brigadeSize: expected a triangular distribution with low below high, such as triangular(3,000, 4,000, 5,000) (a single value is written alone, as in "3,000"), got "triangular(3000, 3000, 3000)"',
    ],
    [
      'density=pert(2, 2, 2) / km',
      '--set density: expected a pert distribution with low below high, such as pert(2, 3, 5) / km (a single value is written alone, as in "2 / km"), got "pert(2, 2, 2) / km"',
    ],
  ])('with the same messages as a file: %s', (text, message) => {
    const result = parseFactorAssignment(text);
    expect(result.ok ? 'read' : formatProblem(result.problem)).toBe(message);
  });

  test('every factor takes every distribution', () => {
    for (const name of FACTOR_NAMES) {
      for (const distribution of DISTRIBUTION_NAMES) {
        const example = distributionExample(FACTORS[name].kind, distribution);
        expect(parseFactorAssignment(`${name}=${example}`).ok, `${name}=${example}`).toBe(true);
      }
    }
  });
});
