/**
 * Estimates as long-format CSV: one record per figure, `scenario,figure,min,
 * max,unit`, numbers exact; then `nextBrigadeKm`, the km the line can grow
 * before one more brigade is needed, whose min and max are (as in JSON) at the
 * low and the high bound of the brigades, so min may exceed max. Coalition
 * figures follow when the scenario has a coalition, then each capability's
 * figures, named as `expect:` names them (`capabilities.Air cover.need`; the
 * pledged units and shortfalls only with a coalition). Several estimates
 * (compare) stack in one table.
 */
import { CAPABILITY_FIGURE_NAMES } from '../core/capability-figures.js';
import { capabilityFigureValue, type Estimate } from '../core/estimate.js';
import { expectationPath } from '../core/expectations.js';
import { COALITION_FIGURE_NAMES, CORE_FIGURE_NAMES, FIGURES, type FigureName } from '../core/figures.js';
import type { Interval } from '../core/interval.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';

/** The header record. */
export const CSV_HEADER = ['scenario', 'figure', 'min', 'max', 'unit'] as const;

function figureRecords(result: Estimate): string[][] {
  const record = (name: FigureName, value: Interval): string[] => [
    csvTextCell(result.scenario.id),
    csvTextCell(name),
    csvNumberCell(value.min),
    csvNumberCell(value.max),
    csvTextCell(FIGURES[name].unit),
  ];
  const capabilityRecords = result.capabilities.flatMap((capability) =>
    CAPABILITY_FIGURE_NAMES.flatMap((figure) => {
      const value = capabilityFigureValue(capability, figure);
      if (value === null) return [];
      const path = expectationPath({ capability: capability.name, figure });
      return [[csvTextCell(result.scenario.id), csvTextCell(path), csvNumberCell(value.min), csvNumberCell(value.max), csvTextCell(capability.unit)]];
    }),
  );
  const coalition = result.coalition;
  const { min, max } = result.nextBrigade.km;
  return [
    ...CORE_FIGURE_NAMES.map((name) => record(name, result.figures[name])),
    [csvTextCell(result.scenario.id), csvTextCell('nextBrigadeKm'), csvNumberCell(min), csvNumberCell(max), csvTextCell('km')],
    ...(coalition === null ? [] : COALITION_FIGURE_NAMES.map((name) => record(name, coalition.figures[name]))),
    ...capabilityRecords,
  ];
}

/** `estimate --format csv`. */
export function formatEstimateCsv(result: Estimate): string {
  return formatComparisonCsv([result]);
}

/** `compare --format csv`: the records of each estimate in turn, under one header. */
export function formatComparisonCsv(results: readonly Estimate[]): string {
  return csvText([CSV_HEADER.map(csvTextCell), ...results.flatMap(figureRecords)]);
}
