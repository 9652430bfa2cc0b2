import type { QuantityKind } from '../core/index.js';
import type { DateReading } from './dates-as-days.js';
import { DURATION_UNITS, LENGTH_UNITS } from './unit-math.js';
import { expectedFinite, expectedKind, MISSING_OPERATOR_HINT, rangeHint, type WordingOptions } from './quantity-messages.js';

/**
 * Before any text reaches mathjs, forcecalc reads it itself: thousands
 * separators are taken out (`1,200` and `1_200`, groups of three only),
 * ambiguous forms are refused with a hint (`1.200`, `1 200`, `1.200,5`,
 * `3,000-5,000`, `1200 KM`), and only numbers, the kind's units and
 * `+ - * / ( )` may pass.
 */

/** How a quantity's text is read, beside its kind and bounds. */
export interface QuantityOptions extends WordingOptions {
  /**
   * Read `4.167` as a decimal rather than refusing it as ambiguous (it could
   * be 4,167 written with a point). For `expect:` values copied from forcecalc's
   * own output, where thousands always carry a comma.
   */
  readonly acceptThreeDecimals?: boolean;
  /**
   * Whether `uniform(a, b)`, `triangular(low, mode, high)`, `pert(low, mode,
   * high)` and `normal(mean, sd)` are read (inputs: factors, lengths,
   * densities, pledges); false where only a value or a range makes sense
   * (`expect:`). @default true
   */
  readonly distributions?: boolean;
  /**
   * Words that may follow the last number as a label and mean nothing more:
   * "troops" after a brigade size, "package" after air cover, as forcecalc
   * itself prints them ("3,000..5,000 troops", "1 package"). @default none
   */
  readonly labels?: readonly string[];
  /**
   * For a day of the timeline (`arrives:`, `leaves:`): dates are read as the
   * days after the scenario's start (dates-as-days.ts). Absent, a date in a
   * duration is refused as a date where none is taken.
   */
  readonly dates?: DateReading;
}

/** The label words of a unit forcecalc prints after a count: "troops" gives troops and troop; none for symbols. */
export function labelWords(unit: string): readonly string[] {
  if (!/^[a-z]+$/.test(unit)) return [];
  return unit.endsWith('s') ? [unit, unit.slice(0, -1)] : [unit, `${unit}s`];
}

/** A number as written: digits with separators, an optional exponent. */
export const NUMBER_PATTERN = String.raw`(?:\d[\d.,_]*\d|\d|\.\d+)(?:[eE][+-]?\d+)?`;

type Token =
  | { readonly type: 'number'; readonly text: string }
  | { readonly type: 'word'; readonly text: string }
  | { readonly type: 'operator'; readonly text: string }
  | { readonly type: 'percent' | 'space' | 'dash'; readonly text: string }
  | { readonly type: 'other'; readonly text: string };

const LEXEMES: readonly (readonly [Token['type'], RegExp])[] = [
  ['number', new RegExp(NUMBER_PATTERN, 'y')],
  ['word', /[A-Za-z_][A-Za-z0-9_]*/y],
  ['space', /\s+/y],
  ['operator', /[-+*/()]/y],
  ['percent', /%/y],
  // En dash, em dash, figure dash, tilde: someone writing a range.
  ['dash', /[\u2012\u2013\u2014~]/y],
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  while (offset < text.length) {
    let matched = false;
    for (const [type, pattern] of LEXEMES) {
      pattern.lastIndex = offset;
      const match = pattern.exec(text);
      if (match !== null) {
        tokens.push({ type, text: match[0] });
        offset += match[0].length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const character = text[offset] ?? '';
    // The minus sign and the multiplication sign, as typed by word processors.
    if (character === '\u2212') tokens.push({ type: 'operator', text: '-' });
    else if (character === '\u00D7') tokens.push({ type: 'word', text: 'x' });
    else tokens.push({ type: 'other', text: character });
    offset += 1;
  }
  return tokens;
}

/** Word forms of units that map onto the ones forcecalc takes. */
const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['kms', 'km'], ['kilometer', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometres', 'km'],
  ['meter', 'm'], ['meters', 'm'], ['metre', 'm'], ['metres', 'm'],
  ['mile', 'mi'], ['miles', 'mi'], ['nm', 'nmi'], ['nmis', 'nmi'],
  ['d', 'days'], ['wk', 'weeks'], ['wks', 'weeks'], ['w', 'weeks'], ['mo', 'months'], ['mos', 'months'], ['mth', 'months'], ['mths', 'months'],
  ['y', 'years'], ['yr', 'years'], ['yrs', 'years'],
]);

const NOT_FINITE_WORDS: ReadonlySet<string> = new Set(['inf', 'infinity', 'nan']);
/** YAML's and JavaScript's spellings of infinity and not-a-number: `.inf`, `-.Inf`, `NaN`. */
const NOT_FINITE_TEXT = /^[-+]?\.?(?:inf|infinity|nan)$/i;

/** The units (and the word `per`) a kind may name. */
export function unitWords(kind: QuantityKind): ReadonlySet<string> {
  if (kind === 'length') return new Set(LENGTH_UNITS);
  if (kind === 'density') return new Set([...LENGTH_UNITS, 'per']);
  if (kind === 'duration') return new Set(DURATION_UNITS);
  return new Set();
}

/** The text mathjs will see, and what forcecalc read from the text on the way. */
export type NormalisedText =
  | {
      readonly ok: true;
      /** Numbers without separators, `per` as `/`, without a trailing `%` or `x`. */
      readonly expression: string;
      /** Decimals as written (of the value once a percentage is divided by 100). */
      readonly decimals: number;
      readonly percent: boolean;
    }
  | { readonly ok: false; readonly expected: string };

type NumberReading = { readonly ok: true; readonly plain: string } | { readonly ok: false; readonly hint: string };

const GROUPED = /^[1-9]\d{0,2}(?:([,_])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
const POINT_GROUPS_WITH_DECIMAL_COMMA = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const THREE_DECIMALS = /^[1-9]\d{0,2}\.\d{3}$/;

/** Reads one number's mantissa: `1,200` -> `1200`; refuses `1,20`, `1.200.000`, `1.200,5`, `1.200`. */
function readMantissa(mantissa: string, options: QuantityOptions): NumberReading {
  const hasComma = mantissa.includes(',');
  const hasUnderscore = mantissa.includes('_');
  if (hasComma || hasUnderscore) {
    if (POINT_GROUPS_WITH_DECIMAL_COMMA.test(mantissa)) {
      const swapped = mantissa.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
      return { ok: false, hint: `decimals take a point and thousands a comma: write ${swapped}` };
    }
    if (hasComma && hasUnderscore) return { ok: false, hint: `${mantissa} mixes separators: write ${mantissa.replace(/_/g, ',')}` };
    if (!GROUPED.test(mantissa)) {
      return { ok: false, hint: `${mantissa} is not a number: a comma separates groups of three digits, as in 1,200; decimals take a point, as in 1.2` };
    }
    return { ok: true, plain: mantissa.replace(/[,_]/g, '') };
  }
  const points = mantissa.split('.').length - 1;
  if (points > 1) {
    const asThousands = /^\d{1,3}(?:\.\d{3})+$/.test(mantissa) ? `: thousands take a comma, as in ${mantissa.replace(/\./g, ',')}` : '';
    return { ok: false, hint: `${mantissa} is not a number${asThousands}` };
  }
  if (THREE_DECIMALS.test(mantissa) && options.acceptThreeDecimals !== true) {
    const asDecimal = String(Number(mantissa));
    const decimalForm = asDecimal === mantissa ? `${mantissa}0` : asDecimal;
    return { ok: false, hint: `${mantissa} is ambiguous: write ${mantissa.replace('.', '')} or ${decimalForm}` };
  }
  return { ok: true, plain: mantissa };
}

/** Decimals of a plain number as written: `1207.008` -> 3, `1.5e3` -> 0. */
function decimalsOf(plain: string): number {
  const [mantissa = '', exponent = '0'] = plain.toLowerCase().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

const nonSpace = (tokens: readonly Token[]): Token[] => tokens.filter((token) => token.type !== 'space');

/**
 * Reads one value's text (not a range) for `kind`: the expression to hand to
 * mathjs, or what was expected instead, with a hint where forcecalc can say
 * what went wrong.
 */
export function normaliseQuantityText(text: string, kind: QuantityKind, options: QuantityOptions = {}): NormalisedText {
  const fail = (hint?: string): NormalisedText => ({ ok: false, expected: expectedKind(kind, options, hint) });
  if (NOT_FINITE_TEXT.test(text)) return { ok: false, expected: expectedFinite(kind, options) };
  const tokens = tokenize(text);
  const significant = nonSpace(tokens);
  const units = unitWords(kind);

  if (tokens.some((token) => token.type === 'dash')) return fail(rangeHint(kind));
  for (const [index, token] of significant.entries()) {
    const before = significant[index - 1];
    const after = significant[index + 1];
    const betweenNumbers = before?.type === 'number' && after?.type === 'number';
    if (betweenNumbers && ((token.type === 'operator' && token.text === '-') || (token.type === 'word' && token.text === 'to'))) {
      return fail(rangeHint(kind));
    }
  }
  if (tokens.some((token) => token.type === 'other')) return fail();

  // Numbers: separators out, ambiguous forms refused; two numbers apart by a space refused.
  const plainNumbers = new Map<Token, string>();
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'number') continue;
    const [, mantissa = '', exponent = ''] = /^(.*?)([eE][+-]?\d+)?$/.exec(token.text) ?? [];
    const reading = readMantissa(mantissa, options);
    if (!reading.ok) return fail(reading.hint);
    plainNumbers.set(token, reading.plain + exponent);
    const next = tokens[index + 1];
    const afterSpace = tokens[index + 2];
    if (next?.type === 'space' && afterSpace?.type === 'number') {
      // `1 200` is a thousands group apart by a space; `5 3` has no operator between two numbers.
      if (!/^\d{3}$/.test(afterSpace.text)) return fail(MISSING_OPERATOR_HINT);
      return fail(`digits apart by a space: write ${token.text}${afterSpace.text} or ${token.text},${afterSpace.text}`);
    }
  }
  // A trailing `%` (shares), `x` (multipliers) or label ("troops") is notation, not arithmetic.
  const last = significant.at(-1);
  const percent = kind === 'share' && last?.type === 'percent';
  const times = kind === 'multiplier' && last?.type === 'word' && last.text === 'x';
  const labelled = last?.type === 'word' && (options.labels ?? []).includes(last.text) && significant.length > 1;
  const suffix = percent || times || labelled ? last : undefined;

  for (const token of significant) {
    if (token === suffix) continue;
    if (token.type === 'percent') return fail();
    if (token.type !== 'word' || units.has(token.text)) continue;
    const lower = token.text.toLowerCase();
    if (NOT_FINITE_WORDS.has(lower)) return { ok: false, expected: expectedFinite(kind, options) };
    const sameButCase = [...units].find((unit) => unit.toLowerCase() === lower);
    if (sameButCase !== undefined) return fail(`units are case-sensitive: did you mean ${sameButCase}?`);
    const alias = UNIT_ALIASES.get(lower);
    if (alias !== undefined && units.has(alias)) return fail(`did you mean ${alias}?`);
    const isLengthUnit = (LENGTH_UNITS as readonly string[]).includes(lower) || alias !== undefined;
    if (units.size === 0 && isLengthUnit) return fail('without a unit');
    return fail();
  }

  if (plainNumbers.size === 0) return fail('a number is missing');

  const expression = tokens
    .filter((token) => token !== suffix)
    .map((token) => {
      if (token.type === 'number') return plainNumbers.get(token) ?? token.text;
      if (token.type === 'word' && token.text === 'per') return ' / ';
      if (token.type === 'space') return ' ';
      return token.text;
    })
    .join('');
  const decimals = Math.max(...[...plainNumbers.values()].map(decimalsOf)) + (percent ? 2 : 0);
  return { ok: true, expression, decimals, percent };
}
