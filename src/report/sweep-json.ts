/**
 * `forcecalc sweep --format json`: one object, numbers exact. `cells` lists
 * every combination row by row, each with the varied factors' values by name
 * and the estimate's swept figures (the figure table's: troops, brigades, air
 * cover, committed troops and brigades), each `{min, max}`.
 */
import type { Sweep } from '../core/analysis/sweep.js';
import type { FactorOrigin } from '../core/estimate.js';
import { SWEPT_FIGURE_NAMES } from '../core/figures.js';
import { intervalJson, type IntervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';

/** The object `sweep --format json` prints. */
export interface SweepJson {
  readonly scenario: { readonly id: string; readonly title: string };
  /** The varied factors, rows first, with their values low to high. */
  readonly axes: readonly { readonly factor: string; readonly values: readonly number[] }[];
  /**
   * Row by row: `{<factor>: value, ..., troops, brigades, airCover, committedTroops, committedBrigades}`,
   * and `capabilities: {<name>: {need, shortfall}}` where the scenario has capabilities.
   */
  readonly cells: readonly Record<string, number | IntervalJson | Record<string, { need: IntervalJson; shortfall: IntervalJson | null }>>[];
  /** The other factors, with their values and where they came from. */
  readonly held: Record<string, { readonly value: IntervalJson; readonly origin: FactorOrigin; readonly source: string }>;
}

/** The sweep as the plain object `sweep --format json` prints. */
export function sweepToJson(sweep: Sweep): SweepJson {
  return {
    scenario: { id: sweep.scenario.id, title: sweep.scenario.title },
    axes: sweep.axes.map((axis) => ({ factor: axis.factor, values: [...axis.values] })),
    cells: sweep.cells.map((cell) => ({
      ...Object.fromEntries(sweep.axes.map((axis, index) => [axis.factor, cell.values[index] ?? 0])),
      ...Object.fromEntries(SWEPT_FIGURE_NAMES.map((figure) => [figure, intervalJson(cell.figures[figure])])),
      // Names are the file's text: Object.fromEntries makes each an own property, "__proto__" included.
      ...(cell.capabilities.length === 0
        ? {}
        : {
            capabilities: Object.fromEntries(
              cell.capabilities.map((capability) => [
                capability.name,
                { need: intervalJson(capability.need), shortfall: capability.shortfall === null ? null : intervalJson(capability.shortfall) },
              ]),
            ),
          }),
    })),
    held: Object.fromEntries(
      sweep.held.map((factor) => [factor.name, { value: intervalJson(factor.value), origin: factor.origin, source: factor.source }]),
    ),
  };
}

/** `sweep --format json`: one object. */
export function formatSweepJson(sweep: Sweep): string {
  return jsonText(sweepToJson(sweep));
}
