import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FACTOR_NAMES, FACTORS, LENGTH_BOUNDS, type Bounds, type QuantityKind } from '../../src/core/index.js';
import { parseFactorAssignment, parseScenarioText, parseFactorValue, parseQuantity } from '../../src/scenarios/index.js';
import { LENGTH_UNITS, measure } from '../../src/scenarios/unit-math.js';
import { currentOverrides, factorEditorReducer, initialFactorEditorState } from '../../src/ui/factor-editor/factor-editor-state.js';
import { ceasefire } from '../ui/build-scenarios.js';

// Hostile class: values side by side, which mathjs multiplies without an operator (`1,250 km 2` was
// 2,500 km, `3 / km 5` was 0.6 / km). Refused wherever a quantity is read: scenario files, --set,
// the UI's factor editor; and a quantity's text means what its numbers and units say, nothing more.

const MISSING_OPERATOR = 'an operator is missing: values side by side would be multiplied silently; write * where a product is meant';
const anyValue: Bounds = { min: -Infinity, minExclusive: false, max: Infinity, whole: false };

/** Texts mathjs reads as an implicit product, by kind; each is refused with the missing-operator hint. */
const SIDE_BY_SIDE: readonly (readonly [string, QuantityKind])[] = [
  ['1,250 km 2', 'length'],
  ['2km 3', 'length'],
  ['600 km (2)', 'length'],
  ['2 (600 km)', 'length'],
  ['(600 km) 2', 'length'],
  ['3 / 2 km', 'length'],
  ['3 km km / km', 'length'],
  ['1 km + 500 m 2', 'length'],
  ['1..2 km 3', 'length'],
  ['3 / km 5', 'density'],
  ['3 per km 5', 'density'],
  ['3 / km km / km', 'density'],
  ['5 / mi 2', 'density'],
  ['2 (3)', 'multiplier'],
  ['(2) 3', 'multiplier'],
  ['5 3', 'number'],
  ['2,000 (2)', 'count'],
  ['25 (2)%', 'share'],
];

describe('implicit multiplication, wherever a quantity is read', () => {
  test.each(SIDE_BY_SIDE)('%s is refused as a %s, with the hint', (text, kind) => {
    expect(parseQuantity(text, kind, anyValue)).toMatchObject({ ok: false, expected: expect.stringContaining(MISSING_OPERATOR) });
  });

  test.each(SIDE_BY_SIDE.filter(([text]) => !text.includes('..')))('the allow-list itself refuses %s, not only the text filter', (text, kind) => {
    const units = new Set<string>(kind === 'length' || kind === 'density' ? LENGTH_UNITS : []);
    const expression = text.replace(/,/g, '').replace(/per/g, '/').replace(/%$/, '');
    expect(measure(expression, units)).toMatchObject({ ok: false });
  });

  test.each(['pert(1,100, 1,250, 1,300 km 2)', 'uniform(3, 5 2) / km', 'normal(3 (2), 0.5) / km', 'triangular(1, 2 3, 4)'])('inside a distribution: %s', (text) => {
    const kind = text.includes('/ km') ? 'density' : 'length';
    expect(parseQuantity(text, kind, anyValue)).toMatchObject({ ok: false, expected: expect.stringContaining(MISSING_OPERATOR) });
  });

  test.each(FACTOR_NAMES)('--set %s=<two values side by side> is refused, naming --set and the factor', (name) => {
    const text = name === 'density' ? '3 / km 5' : name === 'enablerShare' ? '25 (2)%' : '2 (3)';
    const assignment = parseFactorAssignment(`${name}=${text}`);
    expect(assignment).toMatchObject({ ok: false, problem: { file: '--set', path: name, expected: expect.stringContaining(MISSING_OPERATOR) } });
  });

  test("the UI's factor editor keeps the last good value and shows the same refusal", () => {
    const opened = factorEditorReducer(initialFactorEditorState, { type: 'open', scenario: ceasefire });
    const typed = [{ type: 'startEntry' }, { type: 'typeEntry', text: '3 / km 5' }, { type: 'applyEntry' }] as const;
    const state = typed.reduce(factorEditorReducer, opened);
    const refused = parseFactorValue('density', '3 / km 5');
    expect(refused).toMatchObject({ ok: false, expected: expect.stringContaining(MISSING_OPERATOR) });
    expect(state.entry?.error).toEqual(refused.ok ? null : { expected: refused.expected, received: refused.received });
    expect(currentOverrides(state)).toEqual({});
  });

  test('a YAML continuation line that puts a number under a value is refused at the value', () => {
    const text = ['title: t', 'sectors:', '  - name: a', '    length: 100 km', '    density: 3 / km', '      5', ''].join('\n');
    const result = parseScenarioText(text, { file: 'x.yaml', id: 'x' });
    expect(result).toMatchObject({ ok: false, problems: [{ line: 5, column: 14, path: 'sectors[0].density', received: '"3 / km 5"' }] });
  });

  test.each([
    ['3 km', 'length', 3],
    ['-3 km', 'length', -3],
    ['(1 + 2) km', 'length', 3],
    ['1 km + 500 m', 'length', 1.5],
    ['2 * 3 km', 'length', 6],
    ['3 km / 2', 'length', 1.5],
    ['3 / (2 km)', 'density', 1.5],
    ['6 / 2 / km', 'density', 3],
    ['3 per km', 'density', 3],
  ] as const)('written with its operators, %s still reads (%s %d)', (text, kind, value) => {
    expect(parseQuantity(text, kind, anyValue)).toMatchObject({ ok: true, value: { min: value, max: value } });
  });
});

// The property: any text the reader accepts means what its numbers and units say. A reference reader,
// written here from the grammar, reads the same tokens with every operator explicit (the one product
// without an operator is a number, or a parenthesis, written before its unit); whatever forcecalc
// accepts, the reference reads too, to the same value and dimension.

type Token =
  | { readonly type: 'number'; readonly text: string; readonly value: number }
  | { readonly type: 'unit'; readonly unit: (typeof LENGTH_UNITS)[number] }
  | { readonly type: 'operator'; readonly text: '+' | '-' | '*' | '/' | 'per' }
  | { readonly type: 'open' | 'close' };

/** A value with its dimension: the power of length (1 a length in km, -1 a density per km, 0 a number). */
interface Dimensioned {
  readonly value: number;
  readonly power: number;
}

const KM_PER_UNIT: Readonly<Record<(typeof LENGTH_UNITS)[number], number>> = { km: 1, m: 0.001, mi: 1.609344, nmi: 1.852 };

class Refused extends Error {}

/** Reads tokens with explicit operators only; throws Refused for anything else (values side by side). */
function readReference(tokens: readonly Token[]): Dimensioned {
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOperator = (token: Token | undefined, ...texts: string[]): boolean => token?.type === 'operator' && texts.includes(token.text);

  const primary = (): { value: Dimensioned; takesUnit: boolean } => {
    const token = tokens[at];
    at += 1;
    if (token?.type === 'number') return { value: { value: token.value, power: 0 }, takesUnit: true };
    if (token?.type === 'unit') return { value: { value: KM_PER_UNIT[token.unit], power: 1 }, takesUnit: false };
    if (token?.type === 'open') {
      const inner = sum();
      if (tokens[at]?.type !== 'close') throw new Refused();
      at += 1;
      return { value: inner, takesUnit: true };
    }
    throw new Refused();
  };
  const unary = (): Dimensioned => {
    if (isOperator(peek(), '-', '+')) {
      const negative = isOperator(peek(), '-');
      at += 1;
      const operand = unary();
      return negative ? { value: -operand.value, power: operand.power } : operand;
    }
    const { value, takesUnit } = primary();
    const next = peek();
    const withUnit = takesUnit && next?.type === 'unit' ? (at += 1, { value: value.value * KM_PER_UNIT[next.unit], power: value.power + 1 }) : value;
    // Anything else right after a value, with no operator between, is a hidden product.
    const after = peek();
    if (after !== undefined && (after.type === 'number' || after.type === 'unit' || after.type === 'open')) throw new Refused();
    return withUnit;
  };
  const product = (): Dimensioned => {
    let left = unary();
    while (isOperator(peek(), '*', '/', 'per')) {
      const multiply = isOperator(peek(), '*');
      at += 1;
      const right = unary();
      left = multiply ? { value: left.value * right.value, power: left.power + right.power } : { value: left.value / right.value, power: left.power - right.power };
    }
    return left;
  };
  const sum = (): Dimensioned => {
    let left = product();
    while (isOperator(peek(), '+', '-')) {
      const add = isOperator(peek(), '+');
      at += 1;
      const right = product();
      if (right.power !== left.power) throw new Refused();
      left = { value: add ? left.value + right.value : left.value - right.value, power: left.power };
    }
    return left;
  };
  const result = sum();
  if (at !== tokens.length) throw new Refused();
  return result;
}

const numberToken: fc.Arbitrary<Token> = fc
  .oneof(
    fc.integer({ min: 0, max: 999 }).map((value) => ({ text: String(value), value })),
    fc.integer({ min: 1_000, max: 999_999 }).map((value) => ({ text: value.toLocaleString('en-US'), value })),
    fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([whole, tenth]) => ({ text: `${whole}.${tenth}`, value: whole + tenth / 10 })),
  )
  .map(({ text, value }) => ({ type: 'number', text, value }));
const unitToken: fc.Arbitrary<Token> = fc.constantFrom(...LENGTH_UNITS).map((unit) => ({ type: 'unit', unit }));
const operatorToken: fc.Arbitrary<Token> = fc.constantFrom('+', '-', '*', '/', 'per').map((text) => ({ type: 'operator', text }) as Token);

/** Expressions that mostly join their parts with an operator and sometimes with nothing (a hidden product). */
const { expression } = fc.letrec<{ expression: Token[]; atom: Token[] }>((tie) => ({
  atom: fc.oneof(
    { weight: 4, arbitrary: numberToken.map((token) => [token]) },
    { weight: 5, arbitrary: fc.tuple(numberToken, unitToken).map((tokens) => [...tokens]) },
    { weight: 2, arbitrary: unitToken.map((token) => [token]) },
    { weight: 1, arbitrary: tie('atom').map((tokens) => [{ type: 'operator', text: '-' } as Token, ...tokens]) },
    { weight: 1, arbitrary: fc.tuple(tie('expression'), fc.option(unitToken)).map(([inner, unit]) => [{ type: 'open' } as Token, ...inner, { type: 'close' } as Token, ...(unit === null ? [] : [unit])]) },
  ),
  expression: fc
    .tuple(tie('atom'), fc.array(fc.tuple(fc.option(operatorToken, { freq: 4 }), tie('atom')), { maxLength: 3 }))
    .map(([first, rest]) => [...first, ...rest.flatMap(([operator, atom]) => (operator === null ? atom : [operator, ...atom]))]),
}));

/** The tokens as a planner types them: spaces between, sometimes none between a number and its unit. */
function written(tokens: readonly Token[], tight: readonly boolean[]): string {
  return tokens
    .map((token, index) => {
      const text = token.type === 'number' ? token.text : token.type === 'unit' ? token.unit : token.type === 'operator' ? token.text : token.type === 'open' ? '(' : ')';
      const previous = tokens[index - 1];
      const noSpace = previous?.type === 'number' && token.type === 'unit' && (tight[index] ?? false);
      return index === 0 || noSpace ? text : ` ${text}`;
    })
    .join('');
}

const quantityTexts = fc.tuple(expression, fc.array(fc.boolean(), { maxLength: 40 })).map(([tokens, tight]) => ({ tokens, text: written(tokens, tight) }));
const POWER_OF: Readonly<Record<'length' | 'density' | 'number', number>> = { length: 1, density: -1, number: 0 };

describe('property: an accepted quantity means what its numbers and units say', () => {
  test.each(['length', 'density', 'number'] as const)('as a %s', (kind) => {
    fc.assert(
      fc.property(quantityTexts, ({ tokens, text }) => {
        const read = parseQuantity(text, kind, anyValue, { distributions: false });
        if (!read.ok) return;
        let reference: Dimensioned;
        try {
          reference = readReference(tokens);
        } catch (error) {
          if (error instanceof Refused) throw new Error(`accepted ${JSON.stringify(text)}, which hides an operator (read as ${read.value.min})`);
          throw error;
        }
        // A plain number means km for a length and per km for a density.
        expect([0, POWER_OF[kind]]).toContain(reference.power);
        expect(read.value.min).toBe(read.value.max);
        expect(Math.abs(read.value.min - reference.value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(reference.value)));
      }),
      { numRuns: 2_000 },
    );
  });

  test('the texts tried are not all refused: a fair share reads, so the property is not vacuous', () => {
    const samples = fc.sample(quantityTexts, { numRuns: 1_000, seed: 7 });
    const accepted = samples.filter(({ text }) => parseQuantity(text, 'length', anyValue, { distributions: false }).ok).length;
    const hidden = samples.filter(({ tokens }) => {
      try {
        readReference(tokens);
        return false;
      } catch {
        return true;
      }
    }).length;
    expect(accepted).toBeGreaterThan(100);
    expect(hidden).toBeGreaterThan(100);
  });

  test('the reference reader agrees with the worked forms', () => {
    const km = (value: number): Token => ({ type: 'number', text: String(value), value });
    expect(readReference([km(3), { type: 'unit', unit: 'km' }])).toEqual({ value: 3, power: 1 });
    expect(() => readReference([km(1250), { type: 'unit', unit: 'km' }, km(2)])).toThrow(Refused);
    expect(() => readReference([km(3), { type: 'operator', text: '/' }, { type: 'unit', unit: 'km' }, km(5)])).toThrow(Refused);
    expect(parseQuantity('1,250 km', 'length', LENGTH_BOUNDS)).toMatchObject({ ok: true, value: { min: 1250 } });
    expect(parseQuantity('3 / km', 'density', FACTORS.density.bounds)).toMatchObject({ ok: true, value: { min: 3 } });
  });
});
