/**
 * The printers: pure functions from the core's Estimate (and lists of them) to
 * text. They format; the core computes every number. No process, no
 * environment: the caller passes the width and the format.
 */
import type { Estimate } from '../core/estimate.js';
import { formatComparisonMarkdown, formatComparisonTable } from './comparison.js';
import { formatComparisonCsv, formatEstimateCsv } from './estimate-csv.js';
import { formatComparisonJson, formatEstimateJson } from './estimate-json.js';
import { formatEstimateMarkdown, formatEstimateTable } from './estimate-document.js';
import { printReport, REPORT_FORMATS, type ReportFormat, type ReportPrinters } from './report-format.js';

export * from './number-format.js';
export { estimateDocument, formatEstimateTable, formatEstimateMarkdown } from './estimate-document.js';
// Every human-readable report is one document rendered for a terminal or as Markdown.
export type {
  BarCell,
  BarColumn,
  DocumentBlock,
  DocumentSection,
  DocumentTarget,
  Field,
  FieldsBlock,
  ListBlock,
  ListItem,
  ParagraphBlock,
  ReportDocument,
  RichText,
  TableBlock,
  TableCell,
  TableColumn,
  TextColumn,
  TextRun,
} from './report-document.js';
export { documentText } from './document-text.js';
export { documentMarkdown } from './document-markdown.js';
export { sensitivityDocument } from './sensitivity-document.js';
export { sweepDocument } from './sweep-document.js';
export { solveDocument } from './solve-document.js';
export { simulationDocument } from './simulation-document.js';
export { sectorRoundingNote } from './sector-rounding-note.js';
export type { TableOptions } from './report-format.js';
export {
  estimateToJson,
  formatEstimateJson,
  formatComparisonJson,
  type EstimateJson,
  type IntervalJson,
  type ContributorJson,
  type CapabilityJson,
  type CapabilityPerJson,
} from './estimate-json.js';
export { formatEstimateCsv, formatComparisonCsv, CSV_HEADER } from './estimate-csv.js';
export { formatComparisonTable, formatComparisonMarkdown, type ComparisonOptions } from './comparison.js';
export {
  formatScenarioListTable,
  formatScenarioListJson,
  type ScenarioListEntry,
  type ScenarioListJson,
  type ScenarioListOptions,
} from './scenario-list.js';
export { formatCheckReport, checkPassed, type ScenarioCheck } from './check-report.js';
export { csvTextCell } from './csv-cell.js';
export { markdownText } from './markdown-text.js';
export { jsonText } from './json-text.js';
// The analyses: sensitivity (a tornado), sweep (a data table), solve (the estimate turned around).
export { formatSensitivity, formatSensitivityTable, formatSensitivityMarkdown, type SensitivityTableOptions } from './sensitivity-report.js';
export { sensitivityToJson, formatSensitivityJson, type SensitivityJson, type SensitivityInputJson, type SwingJson } from './sensitivity-json.js';
export { formatSensitivityCsv, SENSITIVITY_CSV_HEADER } from './sensitivity-csv.js';
export { figureTornados, sensitivityNotes, type FigureTornado, type SwingRow, type SensitivityNote } from './sensitivity-rows.js';
export { tornadoBar, tornadoScale, type TornadoAxis } from './tornado-bar.js';
export { formatSweep, formatSweepTable, formatSweepMarkdown, type SweepTableOptions } from './sweep-report.js';
export { sweepToJson, formatSweepJson, type SweepJson } from './sweep-json.js';
export { formatSweepCsv } from './sweep-csv.js';
export { formatSolution, formatSolveTable, formatSolveMarkdown, type SolveTableOptions } from './solve-report.js';
export { solutionToJson, formatSolveJson, type SolveJson } from './solve-json.js';
export { formatSolveCsv, SOLVE_CSV_HEADER } from './solve-csv.js';
// Monte Carlo (`forcecalc simulate`): percentiles, the brigades histogram, the chance the pledges suffice.
export {
  formatSimulation,
  formatSimulationTable,
  formatSimulationMarkdown,
  type SimulationFormat,
  type SimulationTableOptions,
} from './simulation-report.js';
export { simulationToJson, formatSimulationJson, type SimulationJson, type SimulationFigureJson } from './simulation-json.js';
export { formatSimulationCsv, SIMULATION_CSV_HEADER } from './simulation-csv.js';
export {
  estimateToGeoJson,
  formatEstimateGeoJson,
  type DrawnSectorJson,
  type EstimateGeoJson,
  type ScenarioNameJson,
  type SectorFeatureJson,
  type SectorFiguresJson,
} from './estimate-geojson.js';
export {
  renderScenarioMap,
  scenarioMapText,
  sectorLengthText,
  minimumMapHeight,
  MIN_MAP_HEIGHT,
  MIN_MAP_ROWS,
  MIN_MAP_WIDTH,
  type MapRow,
  type MapSpan,
  type ScenarioMap,
  type ScenarioMapOptions,
  type BaseMap,
} from './scenario-map.js';

export { REPORT_FORMATS, printReport, type ReportFormat, type ReportPrinters } from './report-format.js';

/** The formats of `estimate`: those of REPORT_FORMATS, and `geojson` (the drawn sectors; see formatEstimateGeoJson). */
export const ESTIMATE_FORMATS = [...REPORT_FORMATS, 'geojson'] as const;
/** One of ESTIMATE_FORMATS. */
export type EstimateFormat = (typeof ESTIMATE_FORMATS)[number];

/** Options of the printers; only the table formats use them. */
export interface ReportOptions {
  /** The widest line of the table format, in columns. @default 80 */
  readonly width?: number;
}

const ESTIMATE_PRINTERS: ReportPrinters<Estimate, ReportOptions> = {
  table: formatEstimateTable,
  json: formatEstimateJson,
  csv: formatEstimateCsv,
  md: formatEstimateMarkdown,
};

const COMPARISON_PRINTERS: ReportPrinters<readonly Estimate[], ReportOptions> = {
  table: formatComparisonTable,
  json: formatComparisonJson,
  csv: formatComparisonCsv,
  md: formatComparisonMarkdown,
};

/** One estimate in the given format, as `forcecalc estimate --format <format>` prints it. */
export function formatEstimate(result: Estimate, format: ReportFormat = 'table', options: ReportOptions = {}): string {
  return printReport(ESTIMATE_PRINTERS, result, format, options);
}

/** Several estimates side by side, as `forcecalc compare --format <format>` prints them. */
export function formatComparison(results: readonly Estimate[], format: ReportFormat = 'table', options: ReportOptions = {}): string {
  return printReport(COMPARISON_PRINTERS, results, format, options);
}
