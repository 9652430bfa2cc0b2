import fc from 'fast-check';
import { unit } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { DAYS_PER_UNIT, DURATION_UNITS, LENGTH_UNITS, METRES_PER_UNIT, measure } from '../../src/scenarios/unit-math.js';

const lengthUnits = new Set<string>(LENGTH_UNITS);

/** Parentheses keep an expression off the direct path, so mathjs reads it. */
const throughMathjs = (value: string, unitText: string) => measure(`(${value}) ${unitText}`, lengthUnits);

function measuredValue(result: ReturnType<typeof measure>): number {
  if (!result.ok) throw new Error(`not measured: ${result.reason}`);
  return result.value;
}

describe('the direct conversion of the common forms', () => {
  it.each(LENGTH_UNITS)('takes the metres in %s from mathjs', (name) => {
    expect(METRES_PER_UNIT[name]).toBe(name === 'nmi' ? 1_852 : unit(1, name).toNumber('m'));
  });

  it.each([
    ['750 mi', 'length', 1_207.008],
    ['1200 km', 'length', 1_200],
    ['500 m', 'length', 0.5],
    ['1 nmi', 'length', 1.852],
    ['3 / km', 'density', 3],
    ['690 / km', 'density', 690],
    ['3/km', 'density', 3],
    ['3', 'none', 3],
    ['2.5e3 km', 'length', 2_500],
  ])('%s is %s %d', (text, dimension, value) => {
    const result = measure(text, lengthUnits);
    expect(result).toEqual({ ok: true, dimension, value });
  });

  it('agrees with mathjs for any length or density', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...LENGTH_UNITS),
        fc.boolean(),
        (value, name, perUnit) => {
          const text = String(value);
          fc.pre(!text.includes('e'));
          const unitText = perUnit ? `/ ${name}` : name;
          const direct = measuredValue(measure(`${text} ${unitText}`, lengthUnits));
          const viaMathjs = measuredValue(throughMathjs(text, unitText));
          expect(Math.abs(direct - viaMathjs)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(direct)));
        },
      ),
    );
  });

  it('leaves everything else to mathjs and its allow-list', () => {
    expect(measure('5 km + 3', lengthUnits)).toEqual({ ok: false, reason: 'mixed' });
    expect(measure('km', lengthUnits)).toEqual({ ok: false, reason: 'no-number' });
    expect(measure('3 kg', lengthUnits)).toEqual({ ok: false, reason: 'forbidden' });
    expect(measure('1 km + 500 m', lengthUnits)).toEqual({ ok: true, dimension: 'length', value: 1.5 });
  });
});

describe('durations, in days', () => {
  const durationUnits = new Set<string>(DURATION_UNITS);

  it.each(DURATION_UNITS)('takes the days in %s from mathjs', (name) => {
    expect(DAYS_PER_UNIT[name]).toBe(unit(1, name).toNumber('day'));
  });

  it.each([
    ['30 days', 30],
    ['1 week', 7],
    ['6 months', 182.625],
    ['1 year', 365.25],
    ['2 weeks + 3 days', 17],
    ['(1) month', 30.4375],
  ])('%s is %d days', (text, value) => {
    expect(measure(text, durationUnits)).toEqual({ ok: true, dimension: 'duration', value });
  });

  it('agrees with mathjs for any duration', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...DURATION_UNITS), (value, name) => {
        const text = String(value);
        fc.pre(!text.includes('e'));
        const direct = measuredValue(measure(`${text} ${name}`, durationUnits));
        const viaMathjs = measuredValue(measure(`(${text}) ${name}`, durationUnits));
        expect(Math.abs(direct - viaMathjs)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(direct)));
      }),
    );
  });

  it('refuses what is no duration', () => {
    expect(measure('3 days * 2 days', durationUnits)).toEqual({ ok: false, reason: 'dimension' });
    expect(measure('3 days / day', durationUnits)).toEqual({ ok: false, reason: 'cancelled' });
    expect(measure('3 hours', durationUnits)).toEqual({ ok: false, reason: 'forbidden' });
  });
});

describe('units that cancel out', () => {
  // mathjs gives a plain number for a ratio of lengths: 5 mi / km is 8.04672, not 8.04672 km or per km.
  it.each(['5 mi / km', '5 km / km', '5 m / km', '5 / km * km', '(1 km) / (2 m)', '3 km / m * 1'])('%s is refused as cancelled', (expression) => {
    expect(measure(expression, lengthUnits)).toEqual({ ok: false, reason: 'cancelled' });
  });

  it.each<[string, 'none' | 'length' | 'density', number]>([
    ['8.04672', 'none', 8.04672],
    ['2 * 3', 'none', 6],
    ['(5 km) / (2 km) / km', 'density', 2.5],
    ['6 km / (2 km) * 1 km', 'length', 3],
  ])('%s, with no unit or a unit left over, is measured: %s %d', (expression, dimension, value) => {
    expect(measure(expression, lengthUnits)).toEqual({ ok: true, dimension, value });
  });
});
