import fc from 'fast-check';
import { unit } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { LENGTH_UNITS, METRES_PER_UNIT, measure } from '../../src/scenarios/unit-math.js';

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
