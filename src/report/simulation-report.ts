/**
 * `forcecalc simulate --format <format>`: the simulation in the chosen
 * format (the formats of `estimate`: table, json, csv, md).
 */
import type { Simulation } from '../core/simulation/simulate.js';
import { formatSimulationCsv } from './simulation-csv.js';
import { simulationDocument } from './simulation-document.js';
import { formatSimulationJson } from './simulation-json.js';
import { documentMarkdown } from './document-markdown.js';
import { documentText } from './document-text.js';
import { printReport, type ReportFormat, type ReportPrinters, type TableOptions } from './report-format.js';

/** The formats of `simulate`: the report formats. */
export type SimulationFormat = ReportFormat;

/** How the simulation table is laid out. */
export type SimulationTableOptions = TableOptions;

const SIMULATION_PRINTERS: ReportPrinters<Simulation, SimulationTableOptions> = {
  table: formatSimulationTable,
  json: formatSimulationJson,
  csv: formatSimulationCsv,
  md: formatSimulationMarkdown,
};

/** One simulation in the given format, as `forcecalc simulate --format <format>` prints it. */
export function formatSimulation(result: Simulation, format: SimulationFormat = 'table', options: SimulationTableOptions = {}): string {
  return printReport(SIMULATION_PRINTERS, result, format, options);
}

/** The simulation as an aligned text report of at most `width` columns (80 by default); names too long for their column end in "…". */
export function formatSimulationTable(result: Simulation, options: SimulationTableOptions = {}): string {
  return documentText(simulationDocument(result), options.width ?? 80);
}

/** The simulation as a Markdown briefing, ending in a newline. */
export function formatSimulationMarkdown(result: Simulation): string {
  return documentMarkdown(simulationDocument(result));
}
