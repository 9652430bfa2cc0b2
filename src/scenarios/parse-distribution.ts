import { supportOf, uncertain, type Bounds, type Distribution, type DistributionKind, type QuantityKind, type Uncertain } from '../core/index.js';
import { closestName } from './closest-name.js';
import { splitDistributionCall } from './distribution-call.js';
import {
  DISTRIBUTION_NAMES,
  DISTRIBUTION_PARAMETERS,
  expectedArgument,
  expectedArgumentCount,
  expectedClosingParenthesis,
  expectedKnownDistribution,
  expectedLowBelowHigh,
  expectedModeBetween,
  expectedOneUnit,
  expectedPositiveSd,
  expectedSupportWithin,
  expectedUnitOnce,
} from './distribution-messages.js';
import type { QuantityOptions } from './quantity-text.js';
import { lendLastUnit, lendUnit, readQuantityValue } from './quantity-value.js';
import { lengthUnitsNamed, namesUnit } from './written-units.js';

/**
 * Distributions wherever a quantity is read: `uniform(low, high)`,
 * `triangular(low, mode, high)`, `pert(low, mode, high)`, `normal(mean, sd)`.
 * Each argument is a quantity of the field's kind, read and checked as any
 * other value of the field (so `pert(1, 2, 3 kg)` fails as `3 kg` does); a
 * unit on the last argument, or after the closing parenthesis, applies to
 * every bare number (`pert(1,100, 1,250, 1,300 km)`, `normal(3, 0.5) / km`),
 * but not both (`pert(1, 2, 3 km) mi` is refused). All values of a
 * distribution are in one unit: `pert(900 m, 1, 2 km)` and `normal(3 / km,
 * 0.5 / mi)` are refused alike, whatever their order once converted, so
 * that no distribution is read by a rule another one does not follow. The
 * value is the distribution's support (a normal's: mean +/- 3 sd, not
 * below zero), which must lie within the field's bounds, with the
 * distribution beside it.
 */

/** A distribution read from text, or what was expected instead. */
export type DistributionRead =
  | { readonly ok: true; readonly value: Uncertain; readonly decimals: { readonly min: number; readonly max: number } }
  | { readonly ok: false; readonly expected: string };

/** Other spellings people use, to the distribution they mean. */
const ALIASES: ReadonlyMap<string, DistributionKind> = new Map([
  ['gaussian', 'normal'],
  ['gauss', 'normal'],
  ['norm', 'normal'],
  ['unif', 'uniform'],
  ['triang', 'triangular'],
  ['triangle', 'triangular'],
  ['betapert', 'pert'],
]);

/** Distributions forcecalc does not take, named so that writing one gets the list rather than "a number". */
const OTHER_DISTRIBUTIONS: ReadonlySet<string> = new Set([
  'beta', 'gamma', 'lognormal', 'lognorm', 'exponential', 'expon', 'poisson', 'binomial', 'weibull', 'cauchy', 'logistic', 'student',
]);

function isDistributionName(name: string): name is DistributionKind {
  return (DISTRIBUTION_NAMES as readonly string[]).includes(name);
}

/** A spread of one more unit of the field: a sd is not bound below by the field, only above. */
function sdBounds(bounds: Bounds): Bounds {
  return { min: -Infinity, minExclusive: false, max: bounds.max, whole: bounds.whole };
}

function build(name: DistributionKind, values: readonly number[]): Distribution {
  const [first = 0, second = 0, third = 0] = values;
  switch (name) {
    case 'uniform':
      return { kind: 'uniform', low: first, high: second };
    case 'triangular':
    case 'pert':
      return { kind: name, low: first, mode: second, high: third };
    case 'normal':
      return { kind: 'normal', mean: first, sd: second };
  }
}

/** What is wrong with a distribution's parameters beyond each argument on its own, or null. */
function parameterProblem(distribution: Distribution, kind: QuantityKind, bounds: Bounds): string | null {
  if (distribution.kind === 'normal') {
    if (!(distribution.sd > 0)) return expectedPositiveSd(kind, distribution.mean);
    const support = supportOf(distribution);
    const lowest = distribution.mean - 3 * distribution.sd;
    if (bounds.minExclusive ? support.min <= bounds.min : support.min < bounds.min) return expectedSupportWithin(kind, bounds, 'min', lowest);
    if (support.max > bounds.max) return expectedSupportWithin(kind, bounds, 'max', support.max);
    return null;
  }
  if (!(distribution.low < distribution.high)) {
    return expectedLowBelowHigh(kind, distribution.kind, distribution.low === distribution.high ? distribution.low : null);
  }
  if (distribution.kind !== 'uniform' && !(distribution.low <= distribution.mode && distribution.mode <= distribution.high)) {
    return expectedModeBetween(kind, distribution.kind);
  }
  return null;
}

/**
 * Reads `text` as a distribution of a quantity of `kind` within `bounds`;
 * null when the text is not written as one (it does not start with a
 * distribution's name, or a name close to one, and a parenthesis), so that
 * the caller reads it as a value or a range.
 */
export function parseDistribution(text: string, kind: QuantityKind, bounds: Bounds, options: QuantityOptions = {}): DistributionRead | null {
  const call = splitDistributionCall(text);
  if (call === null) return null;
  const fail = (expected: string): DistributionRead => ({ ok: false, expected });
  const name = call.name;
  if (!isDistributionName(name)) {
    const lower = name.toLowerCase();
    const suggestion = ALIASES.get(lower) ?? (closestName(name, DISTRIBUTION_NAMES) as DistributionKind | null);
    if (suggestion === null && !OTHER_DISTRIBUTIONS.has(lower)) return null;
    return fail(expectedKnownDistribution(kind, name, suggestion));
  }
  if (!call.closed) return fail(expectedClosingParenthesis(kind, name));
  const parameters = DISTRIBUTION_PARAMETERS[name];
  if (call.argumentTexts.length !== parameters.length) return fail(expectedArgumentCount(kind, name, call.commaWithoutSpace));
  // `pert(1,100, 1,250, 1,300 km) mi`: which unit is meant? Neither reading is safe to guess.
  if (call.unit !== '' && call.argumentTexts.some(namesUnit)) return fail(expectedUnitOnce(kind, name));

  const texts = call.unit === '' ? lendLastUnit(call.argumentTexts) : lendUnit(call.argumentTexts, call.unit);
  const values: number[] = [];
  let decimals = 0;
  // The last argument first: a unit it lends the others must not make one of them look wrong (`pert(1, 2, 3 kg)`).
  const order = [parameters.length - 1, ...parameters.keys()].slice(0, parameters.length);
  for (const index of order) {
    const parameter = parameters[index] ?? '';
    const argumentBounds = parameter === 'sd' ? sdBounds(bounds) : bounds;
    const read = readQuantityValue(texts[index] ?? '', kind, argumentBounds, options);
    if (!read.ok) return fail(expectedArgument(name, parameter, read.expected));
    values[index] = read.value;
    decimals = Math.max(decimals, read.decimals);
  }
  // After each value is read (its own problem comes first): one rule for every distribution, one unit for all its values.
  const units = lengthUnitsNamed([...call.argumentTexts, call.unit]);
  if (units.length > 1) return fail(expectedOneUnit(kind, name, units));
  const distribution = build(name, values);
  const problem = parameterProblem(distribution, kind, bounds);
  if (problem !== null) return fail(problem);
  return { ok: true, value: uncertain(distribution), decimals: { min: decimals, max: decimals } };
}
