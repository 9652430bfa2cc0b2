/**
 * How the second of two compared scenarios differs from the first, as JSON
 * (`compare --format json` of two scenarios: the second's `difference`) and
 * as CSV cells (`compare --format csv`: the difference columns). Bound by
 * bound, as the table's Difference column: `change.min` is B's low bound
 * less A's, `change.max` B's high bound less A's (so min may exceed max),
 * `share` each change as a share of A's bound (null where that bound is 0).
 */
import type { Difference } from '../core/difference.js';
import type { EstimateDifference } from '../core/estimate-difference.js';
import { FACTOR_NAMES } from '../core/factors.js';
import { FIGURE_NAMES } from '../core/figures.js';
import { csvNumberCell } from './csv-cell.js';
import type { IntervalJson } from './interval-json.js';

/** One figure's difference: B - A at each bound, and that as a share of A's bound. */
export interface DifferenceJson {
  readonly change: IntervalJson;
  readonly share: { readonly min: number | null; readonly max: number | null };
}

/** A figure's difference as JSON; null where either scenario lacks the figure. */
export function differenceJson(difference: Difference | null): DifferenceJson | null {
  if (difference === null) return null;
  return {
    change: { min: difference.low.change, max: difference.high.change },
    share: { min: difference.low.share, max: difference.high.share },
  };
}

/** The `difference` of the second of two compared scenarios: keys as the estimate's, `base` the first's id. */
export type EstimateDifferenceJson = Record<string, unknown>;

/**
 * `{base, factors, <figure>..., nextBrigadeKm, capabilities}`: the factors and
 * figures by name in the estimate's order (coalition figures beside the
 * others, null where either scenario has no coalition), each capability of
 * the second scenario by its name with its four figures.
 */
export function estimateDifferenceJson(base: string, difference: EstimateDifference): EstimateDifferenceJson {
  return {
    base,
    factors: Object.fromEntries(FACTOR_NAMES.map((name) => [name, differenceJson(difference.factors[name])])),
    ...Object.fromEntries(FIGURE_NAMES.map((name) => [name, differenceJson(difference.figures[name])])),
    nextBrigadeKm: differenceJson(difference.nextBrigadeKm),
    // Names are the file's text: Object.fromEntries makes each an own property, "__proto__" included.
    capabilities: Object.fromEntries(
      difference.capabilities.map((capability) => [
        capability.name,
        Object.fromEntries(Object.entries(capability.figures).map(([figure, value]) => [figure, differenceJson(value)])),
      ]),
    ),
  };
}

/** The CSV columns the difference adds to `compare` of two scenarios. */
export const DIFFERENCE_CSV_HEADER = ['differenceMin', 'differenceMax', 'differenceShareMin', 'differenceShareMax'] as const;

/** A record's difference cells: empty where there is no difference (the first scenario's records, a figure either lacks) or no share. */
export function differenceCsvCells(difference: Difference | null): string[] {
  if (difference === null) return ['', '', '', ''];
  const share = (value: number | null) => (value === null ? '' : csvNumberCell(value));
  return [csvNumberCell(difference.low.change), csvNumberCell(difference.high.change), share(difference.low.share), share(difference.high.share)];
}
