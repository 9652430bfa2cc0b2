/**
 * Closed intervals of non-negative reals: every input and every output of the
 * model is one (docs/model.md). A single value is an interval with
 * `min === max`.
 *
 * The model only combines non-negative quantities, so each operation takes the
 * bounds that make the result smallest for `min` and largest for `max` without
 * the general four-product rule.
 */
export interface Interval {
  readonly min: number;
  readonly max: number;
}

/** A single value as an interval. */
export function point(value: number): Interval {
  return { min: value, max: value };
}

/** An interval from two bounds; throws (a programmer error) if they are out of order. */
export function interval(min: number, max: number): Interval {
  if (!(min <= max)) throw new RangeError(`interval bounds out of order: ${min} > ${max}`);
  return { min, max };
}

/** True when the interval is a single value (min = max). */
export function isPoint(value: Interval): boolean {
  return value.min === value.max;
}

/** Sum of two intervals, bound by bound. */
export function add(a: Interval, b: Interval): Interval {
  return { min: a.min + b.min, max: a.max + b.max };
}

/** Sum of any number of intervals; the empty sum is the point 0. */
export function sum(values: readonly Interval[]): Interval {
  return values.reduce(add, point(0));
}

/** Product of two non-negative intervals. */
export function multiply(a: Interval, b: Interval): Interval {
  return { min: a.min * b.min, max: a.max * b.max };
}

/** Quotient of two non-negative intervals; the divisor must be positive. */
export function divide(a: Interval, b: Interval): Interval {
  return { min: a.min / b.max, max: a.max / b.min };
}

/** `max(0, a - b)` bound by bound: the smallest result subtracts the largest `b`. */
export function shortfall(a: Interval, b: Interval): Interval {
  return { min: Math.max(0, a.min - b.max), max: Math.max(0, a.max - b.min) };
}

/** The smaller of two intervals bound by bound: every value of the result is the smaller of a value of each. */
export function earlier(a: Interval, b: Interval): Interval {
  return { min: Math.min(a.min, b.min), max: Math.min(a.max, b.max) };
}

/**
 * `value` where `from <= day < to`, else 0: the low bound counts the value
 * (at its low bound) only where every `from`, `day` and `to` put it in the
 * span, the high bound (at its high bound) where any of them may.
 */
export function present(value: Interval, day: Interval, from: Interval, to: Interval): Interval {
  const surely = from.max <= day.min && day.max < to.min;
  const possibly = from.min <= day.max && day.min < to.max;
  return { min: surely ? value.min : 0, max: possibly ? value.max : 0 };
}

/** Applies a non-decreasing function to both bounds. */
export function mapMonotone(value: Interval, fn: (x: number) => number): Interval {
  return { min: fn(value.min), max: fn(value.max) };
}

/** The midpoint, used where one central value is needed (for example the UI's step). */
export function midpoint(value: Interval): number {
  return (value.min + value.max) / 2;
}

/** True when both bounds are exactly equal (no tolerance). */
export function equals(a: Interval, b: Interval): boolean {
  return a.min === b.min && a.max === b.max;
}
