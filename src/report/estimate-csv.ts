/**
 * Estimates as long-format CSV: one record per figure, `scenario,figure,min,
 * max,unit`, numbers exact; then `nextBrigadeKm`, the km the line can grow
 * before one more brigade is needed, whose min and max are (as in JSON) at the
 * low and the high bound of the brigades, so min may exceed max. Coalition
 * figures follow when the scenario has a coalition, then each capability's
 * figures, named as `expect:` names them (`capabilities.Air cover.need`; the
 * pledged units and shortfalls only with a coalition). Several estimates
 * (compare) stack in one table; two end each record in the second's
 * difference from the first (difference-json.ts), empty in the first's.
 */
import { CAPABILITY_FIGURE_NAMES } from '../core/capability-figures.js';
import { capabilityFigureValue, type Estimate } from '../core/estimate.js';
import { expectationPath } from '../core/expectations.js';
import { COALITION_FIGURE_NAMES, CORE_FIGURE_NAMES, FIGURES, type FigureName } from '../core/figures.js';
import { estimateDifference, type EstimateDifference } from '../core/estimate-difference.js';
import type { Difference } from '../core/difference.js';
import type { Interval } from '../core/interval.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';
import { DIFFERENCE_CSV_HEADER, differenceCsvCells } from './difference-json.js';

/** The header record. */
export const CSV_HEADER = ['scenario', 'figure', 'min', 'max', 'unit'] as const;

/**
 * The records of one estimate. `difference`: absent, no difference columns;
 * null, empty ones (the base of two); else each record's difference from the base.
 */
function figureRecords(result: Estimate, difference?: EstimateDifference | null): string[][] {
  const differenceCells = (pick: (of: EstimateDifference) => Difference | null): string[] =>
    difference === undefined ? [] : differenceCsvCells(difference === null ? null : pick(difference));
  const record = (name: FigureName, value: Interval): string[] => [
    csvTextCell(result.scenario.id),
    csvTextCell(name),
    csvNumberCell(value.min),
    csvNumberCell(value.max),
    csvTextCell(FIGURES[name].unit),
    ...differenceCells((of) => of.figures[name]),
  ];
  const capabilityRecords = result.capabilities.flatMap((capability, index) =>
    CAPABILITY_FIGURE_NAMES.flatMap((figure) => {
      const value = capabilityFigureValue(capability, figure);
      if (value === null) return [];
      const path = expectationPath({ capability: capability.name, figure });
      return [
        [
          csvTextCell(result.scenario.id),
          csvTextCell(path),
          csvNumberCell(value.min),
          csvNumberCell(value.max),
          csvTextCell(capability.unit),
          ...differenceCells((of) => of.capabilities[index]?.figures[figure] ?? null),
        ],
      ];
    }),
  );
  const coalition = result.coalition;
  const { min, max } = result.nextBrigade.km;
  return [
    ...CORE_FIGURE_NAMES.map((name) => record(name, result.figures[name])),
    [
      csvTextCell(result.scenario.id),
      csvTextCell('nextBrigadeKm'),
      csvNumberCell(min),
      csvNumberCell(max),
      csvTextCell('km'),
      ...differenceCells((of) => of.nextBrigadeKm),
    ],
    ...(coalition === null ? [] : COALITION_FIGURE_NAMES.map((name) => record(name, coalition.figures[name]))),
    ...capabilityRecords,
  ];
}

/** `estimate --format csv`. */
export function formatEstimateCsv(result: Estimate): string {
  return formatComparisonCsv([result]);
}

/**
 * `compare --format csv`: the records of each estimate in turn, under one
 * header; of two, with the columns `differenceMin,differenceMax,
 * differenceShareMin,differenceShareMax`, the second's difference from the
 * first in its records.
 */
export function formatComparisonCsv(results: readonly Estimate[]): string {
  const [base, other] = results;
  if (results.length !== 2 || base === undefined || other === undefined) {
    return csvText([CSV_HEADER.map(csvTextCell), ...results.flatMap((result) => figureRecords(result))]);
  }
  return csvText([
    [...CSV_HEADER, ...DIFFERENCE_CSV_HEADER].map(csvTextCell),
    ...figureRecords(base, null),
    ...figureRecords(other, estimateDifference(base, other)),
  ]);
}
