/**
 * `simulate --format csv`: one tidy table, a record per statistic, ready for
 * a pivot table. `statistic` is mean, p5, p50, p95, min or max (`equals`
 * empty), or `probability` with `equals` the whole value it is the share of
 * samples of (for counts); then `pledgesSuffice`, a probability (empty
 * without a coalition); then each capability's need
 * (`capabilities.<name>.need`, as a count figure) and its `.suffice` and
 * `.sufficeWithoutBackstop` probabilities; then `allSuffice` and
 * `allSufficeWithoutBackstop`; last, with a coalition, `coveredFromDay`'s
 * statistics (none where no sample is covered), `neverCovered` (a
 * probability, empty without a coalition) and `coveredBy`, the probability of
 * being covered by each step day (`equals` the day). Numbers exact.
 */
import { SIMULATED_FIGURE_NAMES } from '../core/figures.js';
import type { FigureStatistics } from '../core/simulation/figure-statistics.js';
import type { Simulation } from '../core/simulation/simulate.js';
import { csvNumberCell, csvText, csvTextCell } from './csv-cell.js';
import { statisticsOf } from './simulation-rows.js';

/** The header record. */
export const SIMULATION_CSV_HEADER = ['scenario', 'samples', 'seed', 'figure', 'statistic', 'equals', 'value'] as const;

const SUMMARY_STATISTICS = ['mean', 'p5', 'p50', 'p95', 'min', 'max'] as const;

/** The simulation as CSV records under SIMULATION_CSV_HEADER, CRLF line ends (RFC 4180). */
export function formatSimulationCsv(result: Simulation): string {
  const record = (figure: string, statistic: string, equals: string, value: string): string[] => [
    csvTextCell(result.scenario.id),
    csvNumberCell(result.samples),
    csvNumberCell(result.seed),
    csvTextCell(figure),
    csvTextCell(statistic),
    equals,
    value,
  ];
  const statisticRecords = (name: string, statistics: FigureStatistics): string[][] => [
    ...SUMMARY_STATISTICS.map((statistic) => record(name, statistic, '', csvNumberCell(statistics[statistic]))),
    ...(statistics.distribution ?? []).map((frequency) => record(name, 'probability', csvNumberCell(frequency.value), csvNumberCell(frequency.probability))),
  ];
  const share = (name: string, value: number | null): string[] => record(name, 'probability', '', value === null ? '' : csvNumberCell(value));
  const records = SIMULATED_FIGURE_NAMES.flatMap((name) => {
    const statistics = statisticsOf(result, name);
    return statistics === null ? [] : statisticRecords(name, statistics);
  });
  const capabilityRecords = result.capabilities.flatMap((capability) => {
    const path = `capabilities.${capability.name}`;
    return [
      ...statisticRecords(`${path}.need`, capability.need),
      share(`${path}.suffice`, capability.suffice),
      share(`${path}.sufficeWithoutBackstop`, capability.sufficeWithoutBackstop),
    ];
  });
  const { coverage } = result;
  const covered = coverage?.coveredFromDay ?? null;
  const coverageRecords = [
    ...(covered === null ? [] : SUMMARY_STATISTICS.map((statistic) => record('coveredFromDay', statistic, '', csvNumberCell(covered[statistic])))),
    share('neverCovered', coverage?.neverCovered ?? null),
    ...(coverage?.coveredBy ?? []).map((step) => record('coveredBy', 'probability', csvNumberCell(step.day), csvNumberCell(step.probability))),
  ];
  return csvText([
    SIMULATION_CSV_HEADER.map(csvTextCell),
    ...records,
    share('pledgesSuffice', result.pledgesSuffice),
    ...capabilityRecords,
    share('allSuffice', result.allSuffice),
    share('allSufficeWithoutBackstop', result.allSufficeWithoutBackstop),
    ...coverageRecords,
  ]);
}
