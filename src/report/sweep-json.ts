/**
 * `forcecalc sweep --format json`: one object, numbers exact. `cells` lists
 * every combination row by row, each with the varied axes' values by name (a
 * factor's, or an input's as the command line wrote it) and the estimate's
 * swept figures (the figure table's: troops, brigades, air cover, committed
 * troops and brigades, and with a coalition its pledged troops and shortfall),
 * each `{min, max}`.
 */
import { isFactorAxis, type Sweep, type SweptAxis } from '../core/analysis/sweep.js';
import type { FactorOrigin } from '../core/estimate.js';
import { SWEPT_FIGURE_NAMES } from '../core/figures.js';
import { intervalJson, type IntervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';
import { axisColumnName } from './sweep-rows.js';

/** A varied factor, or a varied input: as written, its kind and index as the sensitivity names inputs, the entry's name and the unit. */
export type SweepAxisJson =
  | { readonly factor: string; readonly values: readonly number[] }
  | { readonly input: string; readonly kind: string; readonly index: number; readonly name: string; readonly unit: string; readonly values: readonly number[] };

function axisJson(axis: SweptAxis): SweepAxisJson {
  if (isFactorAxis(axis)) return { factor: axis.factor, values: [...axis.values] };
  const { input } = axis;
  const index = 'sector' in input ? input.sector : 'capability' in input ? input.capability : input.contributor;
  return { input: axis.name, kind: input.kind, index, name: axis.entry, unit: axis.unit, values: [...axis.values] };
}

/** The object `sweep --format json` prints. */
export interface SweepJson {
  readonly scenario: { readonly id: string; readonly title: string };
  /** The varied factors and inputs, rows first, with their values low to high. */
  readonly axes: readonly SweepAxisJson[];
  /**
   * Row by row: `{<axis>: value, ..., troops, brigades, airCover, committedTroops, committedBrigades}`,
   * `pledgedTroops` and `shortfallTroops` where the scenario has a coalition, and
   * `capabilities: {<name>: {need, shortfall}}` where it has capabilities.
   */
  readonly cells: readonly Record<string, number | IntervalJson | Record<string, { need: IntervalJson; shortfall: IntervalJson | null }>>[];
  /** The other factors, with their values and where they came from. */
  readonly held: Record<string, { readonly value: IntervalJson; readonly origin: FactorOrigin; readonly source: string }>;
}

/** The sweep as the plain object `sweep --format json` prints. */
export function sweepToJson(sweep: Sweep): SweepJson {
  return {
    scenario: { id: sweep.scenario.id, title: sweep.scenario.title },
    axes: sweep.axes.map(axisJson),
    cells: sweep.cells.map((cell) => ({
      // An input's name as written is the command line's text: Object.fromEntries makes it an own property whatever it says.
      ...Object.fromEntries(sweep.axes.map((axis, index) => [axisColumnName(axis), cell.values[index] ?? 0])),
      ...Object.fromEntries(SWEPT_FIGURE_NAMES.map((figure) => [figure, intervalJson(cell.figures[figure])])),
      ...(cell.coalition === null ? {} : Object.fromEntries(Object.entries(cell.coalition).map(([figure, value]) => [figure, intervalJson(value)]))),
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
