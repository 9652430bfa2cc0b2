/**
 * An interval as every JSON printer writes it: exactly `{min, max}`, a public
 * contract shared by estimate, list, sensitivity, sweep, solve and geojson.
 */
import type { Interval } from '../core/interval.js';

/** An interval in JSON: exactly `{min, max}`. */
export interface IntervalJson {
  readonly min: number;
  readonly max: number;
}

/**
 * A fresh two-key object, so the output holds these keys whatever object the
 * value came in (an input's `distribution` stays out of the `{min, max}` shape).
 */
export function intervalJson(value: Interval): IntervalJson {
  return { min: value.min, max: value.max };
}
