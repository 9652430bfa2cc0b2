/**
 * `forcecalc simulate --format <format>`: the simulation in the chosen
 * format (the formats of `estimate`: table, json, csv, md).
 */
import type { Simulation } from '../core/simulation/simulate.js';
import { formatSimulationCsv } from './simulation-csv.js';
import { formatSimulationJson } from './simulation-json.js';
import { formatSimulationMarkdown } from './simulation-markdown.js';
import { formatSimulationTable, type SimulationTableOptions } from './simulation-table.js';
import { printReport, type ReportFormat, type ReportPrinters } from './report-format.js';

/** The formats of `simulate`: the report formats. */
export type SimulationFormat = ReportFormat;

const SIMULATION_PRINTERS: ReportPrinters<Simulation, SimulationTableOptions> = { table: formatSimulationTable, json: formatSimulationJson, csv: formatSimulationCsv, md: formatSimulationMarkdown };

/** One simulation in the given format, as `forcecalc simulate --format <format>` prints it. */
export function formatSimulation(result: Simulation, format: SimulationFormat = 'table', options: SimulationTableOptions = {}): string {
  return printReport(SIMULATION_PRINTERS, result, format, options);
}
