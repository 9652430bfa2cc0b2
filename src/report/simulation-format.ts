/**
 * `forcecalc simulate --format <format>`: the simulation in the chosen
 * format (the formats of `estimate`: table, json, csv, md).
 */
import type { Simulation } from '../core/simulation/simulate.js';
import { formatSimulationCsv } from './simulation-csv.js';
import { formatSimulationJson } from './simulation-json.js';
import { formatSimulationMarkdown } from './simulation-markdown.js';
import { formatSimulationTable, type SimulationTableOptions } from './simulation-table.js';

/** The formats of `simulate`. */
export type SimulationFormat = 'table' | 'json' | 'csv' | 'md';

/** One simulation in the given format, as `forcecalc simulate --format <format>` prints it. */
export function formatSimulation(result: Simulation, format: SimulationFormat = 'table', options: SimulationTableOptions = {}): string {
  switch (format) {
    case 'table':
      return formatSimulationTable(result, options);
    case 'json':
      return formatSimulationJson(result);
    case 'csv':
      return formatSimulationCsv(result);
    case 'md':
      return formatSimulationMarkdown(result);
  }
}
