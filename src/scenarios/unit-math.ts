import {
  addDependencies,
  create,
  createUnitDependencies,
  divideDependencies,
  multiplyDependencies,
  parseDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unitDependencies,
  type FactoryFunctionMap,
  type MathJsInstance,
  type MathNode,
  type Unit,
} from 'mathjs';

interface UnitMath {
  readonly math: MathJsInstance;
  readonly oneKm: Unit;
  readonly onePerKm: Unit;
  readonly oneDay: Unit;
}

let instance: UnitMath | null = null;

/**
 * forcecalc's one private mathjs instance, built from the few factories unit
 * arithmetic needs rather than `all` (a smaller bundle, a faster start), with
 * the nautical mile added. Nothing else in forcecalc touches mathjs, and user
 * text never reaches `evaluate`: it is parsed, checked against an allow-list
 * of node types, compiled and evaluated with a fresh, empty scope.
 * Created on first use (so `--help` does not pay for it) and configured
 * once: its `config` is never called again.
 */
function unitMath(): UnitMath {
  if (instance !== null) return instance;
  const dependencySets: Record<string, FactoryFunctionMap | undefined> = {
    parseDependencies,
    unitDependencies,
    createUnitDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
  };
  const factories: FactoryFunctionMap = {};
  for (const [name, dependencies] of Object.entries(dependencySets)) {
    // mathjs types every export as possibly undefined; one missing is a broken install, not user input.
    if (dependencies === undefined) throw new Error(`mathjs does not export ${name}`);
    factories[name] = dependencies;
  }
  const math = create(factories, {});
  math.createUnit('nmi', '1852 m');
  instance = { math, oneKm: math.unit('1 km'), onePerKm: math.unit('1 / km'), oneDay: math.unit('1 day') };
  return instance;
}

/** Units a quantity may name, by what it measures. */
export const LENGTH_UNITS = ['km', 'm', 'mi', 'nmi'] as const;
/** Units of a duration, singular and plural as mathjs spells them. */
export const DURATION_UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'] as const;

/**
 * Metres in each length unit, as mathjs defines them (the test suite checks
 * each against the private instance). The common forms, `750 mi` or `3 / km`,
 * are converted with these directly: building mathjs's unit tables costs a
 * start-up several times longer than the rest of forcecalc (bench/startup.mjs),
 * and a direct conversion is exact where a round trip through mathjs's base
 * units is not (`690 / km` came back as 689.9999999999999).
 */
export const METRES_PER_UNIT: Readonly<Record<(typeof LENGTH_UNITS)[number], number>> = {
  km: 1_000,
  m: 1,
  mi: 1_609.344,
  nmi: 1_852,
};

/**
 * Days in each duration unit, as mathjs defines them (the test suite checks
 * each against the private instance): a month is a twelfth of a Julian year,
 * 30.4375 days, and a year 365.25 days.
 */
export const DAYS_PER_UNIT: Readonly<Record<(typeof DURATION_UNITS)[number], number>> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30.4375,
  months: 30.4375,
  year: 365.25,
  years: 365.25,
};

function isDurationUnit(word: string): word is (typeof DURATION_UNITS)[number] {
  return Object.hasOwn(DAYS_PER_UNIT, word);
}

// A plain number, a number and a length unit, or a number per length unit; nothing else.
const SIMPLE_QUANTITY = /^\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(?:(\/)\s*)?([a-z]+)?\s*$/;

function isLengthUnit(word: string): word is (typeof LENGTH_UNITS)[number] {
  return Object.hasOwn(METRES_PER_UNIT, word);
}

/** The common forms without mathjs; null for anything else, which mathjs then reads. */
function measureSimple(expression: string, units: ReadonlySet<string>): Measured | null {
  const match = SIMPLE_QUANTITY.exec(expression);
  if (match === null) return null;
  const [, digits = '', per, unit] = match;
  const value = Number(digits);
  if (unit === undefined) return per === undefined ? { ok: true, dimension: 'none', value } : null;
  if (per === undefined && units.has(unit) && isDurationUnit(unit)) return { ok: true, dimension: 'duration', value: value * DAYS_PER_UNIT[unit] };
  if (!units.has(unit) || !isLengthUnit(unit)) return null;
  const metres = METRES_PER_UNIT[unit];
  return per === undefined
    ? { ok: true, dimension: 'length', value: (value * metres) / 1_000 }
    : { ok: true, dimension: 'density', value: (value * 1_000) / metres };
}

/** Longer expressions are refused unparsed (callers cap user text lower still). */
const MAX_EXPRESSION_LENGTH = 256;

const ALLOWED_OPERATORS: ReadonlySet<string> = new Set(['add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus']);

/** What an expression measured: a plain number, a length in km, a density per km or a duration in days. */
export type Measured =
  | { readonly ok: true; readonly dimension: 'none' | 'length' | 'density' | 'duration'; readonly value: number }
  | {
      readonly ok: false;
      /**
       * `syntax`: mathjs could not parse it; `forbidden`: a function, property,
       * assignment or unknown symbol; `implicit`: values side by side that
       * mathjs would multiply without an operator (`600 km 2`, `3 / km 5`);
       * `no-number`: a bare unit; `mixed`: a plain number added to a unit;
       * `cancelled`: units that cancel out (`5 mi / km`), leaving a plain
       * number that is neither a length nor a density; `dimension`: neither a
       * length, a density nor a duration.
       */
      readonly reason: 'syntax' | 'forbidden' | 'implicit' | 'no-number' | 'mixed' | 'cancelled' | 'dimension';
    };

/** The numbers and unit symbols of an allowed tree. */
interface Leaves {
  readonly numbers: number;
  readonly units: number;
}

/** Why a tree is not allowed: see Measured's reasons. */
type Refusal = 'forbidden' | 'implicit';

/** A number as written, with its sign: `3`, `-3` (mathjs reads `-3 km` as (-3) km). */
function isSignedNumber(math: MathJsInstance, node: MathNode): boolean {
  if (math.isConstantNode(node)) return typeof node.value === 'number';
  if (!math.isOperatorNode(node) || (node.fn !== 'unaryMinus' && node.fn !== 'unaryPlus')) return false;
  const [operand] = node.args;
  return operand !== undefined && isSignedNumber(math, operand);
}

/**
 * The one product mathjs may read without an operator: a number (or a
 * parenthesis) times a unit, which is how a quantity is written (`3 km`,
 * `(1 + 2) km`). Any other implicit product changes a value silently:
 * `600 km 2` would be 1,200 km, `3 / km 5` 0.6 / km.
 */
function isNumberTimesUnit(math: MathJsInstance, operands: readonly MathNode[], units: ReadonlySet<string>): boolean {
  const [left, right] = operands;
  if (left === undefined || right === undefined || operands.length !== 2) return false;
  const unit = math.isSymbolNode(right) && units.has(right.name);
  return unit && (isSignedNumber(math, left) || math.isParenthesisNode(left));
}

/** Counts the numbers and units of an allowed tree; why not, when a node is not on the allow-list. */
function countLeaves(math: MathJsInstance, node: MathNode, units: ReadonlySet<string>): Leaves | Refusal {
  if (math.isConstantNode(node)) return typeof node.value === 'number' ? { numbers: 1, units: 0 } : 'forbidden';
  if (math.isSymbolNode(node)) return units.has(node.name) ? { numbers: 0, units: 1 } : 'forbidden';
  if (math.isParenthesisNode(node)) return countLeaves(math, node.content, units);
  if (math.isOperatorNode(node)) {
    if (!ALLOWED_OPERATORS.has(node.fn)) return 'forbidden';
    let total: Leaves = { numbers: 0, units: 0 };
    for (const argument of node.args) {
      const count = countLeaves(math, argument, units);
      if (typeof count === 'string') return count;
      total = { numbers: total.numbers + count.numbers, units: total.units + count.units };
    }
    // Checked after the operands, so that a forbidden symbol (`3 kg`) is named as such rather than as a product.
    if (node.implicit && !isNumberTimesUnit(math, node.args, units)) return 'implicit';
    return total;
  }
  // `600 km (2)` parses as a call of `km`: a unit followed by a value, as hidden a product as `600 km 2`.
  if (math.isFunctionNode(node) && math.isSymbolNode(node.fn) && units.has(node.fn.name)) return 'implicit';
  return 'forbidden';
}

/**
 * Evaluates unit arithmetic such as `750 mi`, `3 / km`, `1 km + 500 m` or `6 months`.
 * `units` lists the symbols allowed (empty for plain numbers). Never throws.
 */
export function measure(expression: string, units: ReadonlySet<string>): Measured {
  if (expression.length > MAX_EXPRESSION_LENGTH) return { ok: false, reason: 'syntax' };
  const simple = measureSimple(expression, units);
  if (simple !== null) return simple;
  const { math, oneKm, onePerKm, oneDay } = unitMath();
  let tree: MathNode;
  try {
    tree = math.parse(expression);
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  const leaves = countLeaves(math, tree, units);
  if (typeof leaves === 'string') return { ok: false, reason: leaves };
  if (leaves.numbers === 0) return { ok: false, reason: 'no-number' };

  let result: unknown;
  try {
    result = tree.compile().evaluate(new Map());
  } catch {
    // With numbers, units and + - * / only, the one way to fail is adding a plain number to a unit.
    return { ok: false, reason: 'mixed' };
  }
  // mathjs gives a plain number when units cancel (`5 mi / km` is 8.04672): not a number written without a unit.
  if (typeof result === 'number') return leaves.units > 0 ? { ok: false, reason: 'cancelled' } : { ok: true, dimension: 'none', value: result };
  if (!math.isUnit(result)) return { ok: false, reason: 'dimension' };
  // Converted with toNumber, never printed with toString (`1200 km` prints as `1.2 Mm`).
  if (result.equalBase(oneKm)) return { ok: true, dimension: 'length', value: result.toNumber('km') };
  if (result.equalBase(onePerKm)) return { ok: true, dimension: 'density', value: result.toNumber('km^-1') };
  if (result.equalBase(oneDay)) return { ok: true, dimension: 'duration', value: result.toNumber('day') };
  return { ok: false, reason: 'dimension' };
}
