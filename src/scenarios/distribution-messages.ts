import type { Bounds, DistributionKind, QuantityKind } from '../core/index.js';
import { formatKindValue, writtenValue } from './quantity-messages.js';

/**
 * The words of distribution messages: each distribution's signature
 * (`pert(low, mode, high)`), an example per kind of quantity, and what was
 * expected when a distribution is written wrong.
 */

/** The distributions a scenario may give, in the order messages list them. */
export const DISTRIBUTION_NAMES = ['uniform', 'triangular', 'pert', 'normal'] as const satisfies readonly DistributionKind[];

/** Each distribution's arguments, as messages name them. */
export const DISTRIBUTION_PARAMETERS: Readonly<Record<DistributionKind, readonly string[]>> = {
  uniform: ['low', 'high'],
  triangular: ['low', 'mode', 'high'],
  pert: ['low', 'mode', 'high'],
  normal: ['mean', 'sd'],
};

/** One example of each distribution per kind of quantity; each reads back (tests/scenarios/distributions.test.ts). */
const EXAMPLES: Readonly<Record<QuantityKind, Readonly<Record<DistributionKind, string>>>> = {
  length: {
    uniform: 'uniform(1,200, 1,300 km)',
    triangular: 'triangular(1,100, 1,250, 1,300 km)',
    pert: 'pert(1,100, 1,250, 1,300 km)',
    normal: 'normal(1,250, 50 km)',
  },
  density: { uniform: 'uniform(3, 5) / km', triangular: 'triangular(2, 3, 5) / km', pert: 'pert(2, 3, 5) / km', normal: 'normal(3, 0.5) / km' },
  count: {
    uniform: 'uniform(3,000, 5,000)',
    triangular: 'triangular(3,000, 4,000, 5,000)',
    pert: 'pert(3,000, 4,000, 5,000)',
    normal: 'normal(4,000, 300)',
  },
  number: { uniform: 'uniform(1, 2)', triangular: 'triangular(1, 1.5, 2)', pert: 'pert(1, 1.5, 2)', normal: 'normal(1.5, 0.1)' },
  share: { uniform: 'uniform(10, 25%)', triangular: 'triangular(10, 15, 25%)', pert: 'pert(10, 15, 25%)', normal: 'normal(15, 2%)' },
  multiplier: { uniform: 'uniform(2, 3)', triangular: 'triangular(2, 2.5, 3)', pert: 'pert(2, 2.5, 3)', normal: 'normal(2.5, 0.1)' },
  duration: { uniform: 'uniform(10, 30 days)', triangular: 'triangular(2, 4, 8 weeks)', pert: 'pert(30, 45, 90 days)', normal: 'normal(60, 10 days)' },
};

/** `pert(low, mode, high)` */
export function signatureOf(name: DistributionKind): string {
  return `${name}(${DISTRIBUTION_PARAMETERS[name].join(', ')})`;
}

/** An example of `name` for a quantity of `kind`, such as `pert(2, 3, 5) / km`. */
export function distributionExample(kind: QuantityKind, name: DistributionKind): string {
  return EXAMPLES[kind][name];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three'];

const article = (name: DistributionKind): string => (name === 'uniform' ? 'a' : /^[aeiou]/.test(name) ? 'an' : 'a');

/** For `beta(2, 5)` or `perth(1, 2, 3)`: the distributions there are, and the one meant where it is clear. */
export function expectedKnownDistribution(kind: QuantityKind, written: string, suggestion: DistributionKind | null): string {
  const hint = suggestion === null ? `${written} is not one of them` : `did you mean ${suggestion}?`;
  return `a distribution: uniform, triangular, pert or normal, such as ${EXAMPLES[kind].pert} (${hint})`;
}

/** For `pert(1, 2, 3`: the closing parenthesis. */
export function expectedClosingParenthesis(kind: QuantityKind, name: DistributionKind): string {
  return `${signatureOf(name)} with its closing parenthesis, such as ${EXAMPLES[kind][name]}`;
}

/** For `pert(1, 2)` and `uniform(3000,5000)`: how many arguments, and how they are separated. */
export function expectedArgumentCount(kind: QuantityKind, name: DistributionKind, commaWithoutSpace: boolean): string {
  const count = DISTRIBUTION_PARAMETERS[name].length;
  const separator = commaWithoutSpace ? ' (arguments are separated by a comma and a space; a comma alone separates thousands)' : '';
  return `${article(name)} ${name} distribution with ${NUMBER_WORDS[count] ?? count} arguments, ${signatureOf(name)}, such as ${EXAMPLES[kind][name]}${separator}`;
}

/** For an argument that is not a quantity of the field: `the high of pert(low, mode, high) to be a length such as "120 km"`. */
export function expectedArgument(name: DistributionKind, parameter: string, expected: string): string {
  return `the ${parameter} of ${signatureOf(name)} to be ${expected}`;
}

/** The hint after a distribution with no spread: `(a single value is written alone, as in "3,000")`. */
const writeAlone = (single: string): string => ` (a single value is written alone, as in ${JSON.stringify(single)})`;

/**
 * For `pert(5, 5, 5)` or `uniform(5, 3)`: low below high. `single` is the one
 * value of a distribution with no spread (`pert(5, 5, 5)`), as a user would
 * write it, which the message offers instead; null when low is above high.
 */
export function expectedLowBelowHigh(kind: QuantityKind, name: DistributionKind, single: number | null): string {
  const hint = single === null ? '' : writeAlone(writtenValue(kind, single));
  return `${article(name)} ${name} distribution with low below high, such as ${EXAMPLES[kind][name]}${hint}`;
}

/** For `pert(1, 5, 3)`: the mode between low and high. */
export function expectedModeBetween(kind: QuantityKind, name: DistributionKind): string {
  return `${article(name)} ${name} distribution with low <= mode <= high, such as ${EXAMPLES[kind][name]}`;
}

/** For `normal(3, 0)`: a spread; a single value (the mean, as a user would write it) is written alone. */
export function expectedPositiveSd(kind: QuantityKind, mean: number): string {
  return `a normal distribution with an sd above 0, such as ${EXAMPLES[kind].normal}${writeAlone(writtenValue(kind, mean))}`;
}

/** For `pert(1,100, 1,250, 1,300 km) mi`: a unit on the last value and another after the parenthesis. */
export function expectedUnitOnce(kind: QuantityKind, name: DistributionKind): string {
  return `${article(name)} ${name} distribution with its unit written once, on the last value or after the closing parenthesis, such as ${EXAMPLES[kind][name]}`;
}

/**
 * For `pert(1,100 mi, 1,250, 1,300 km)` and `normal(3 / km, 0.5 / mi)`:
 * values in several units. `units` are the units as written.
 */
export function expectedOneUnit(kind: QuantityKind, name: DistributionKind, units: readonly string[]): string {
  const listed = `${units.slice(0, -1).join(', ')} and ${units.at(-1) ?? ''}`;
  return `${article(name)} ${name} distribution with one unit for all its values, such as ${EXAMPLES[kind][name]} (it mixes ${listed})`;
}

/**
 * For a normal whose support (mean +/- 3 sd, not below 0) leaves the field's
 * bounds: `normal(3, 1) / km` reaches 0 / km, and a density must stay above 0.
 */
export function expectedSupportWithin(kind: QuantityKind, bounds: Bounds, side: 'min' | 'max', reached: number): string {
  const smaller = 'a smaller sd, or pert(low, mode, high) for a lopsided spread, keeps it within';
  if (side === 'max') {
    return `a normal distribution whose mean + 3 sd is at most ${formatKindValue(kind, bounds.max)} (it reaches ${formatKindValue(kind, reached)}; ${smaller})`;
  }
  const limit = `${bounds.minExclusive ? 'above' : 'at least'} ${formatKindValue(kind, bounds.min)}`;
  return `a normal distribution whose mean - 3 sd is ${limit} (it reaches ${formatKindValue(kind, reached)}; ${smaller})`;
}
