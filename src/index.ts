/**
 * forcecalc as a library: the same functions the command line and the
 * interactive UI use, so a script gets the very numbers the screen shows.
 *
 * @example
 * ```ts
 * import { loadScenarioFile, estimate, formatEstimate, formatProblem } from 'forcecalc';
 *
 * const loaded = loadScenarioFile('scenarios/line-of-contact-2025.yaml');
 * if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
 * const result = estimate(loaded.scenario, { overrides: { density: { min: 5, max: 5 } } });
 * result.figures.brigades;              // { min: 2, max: 3 }: every figure is an interval
 * process.stdout.write(formatEstimate(result, 'md'));
 * ```
 *
 * This file is the public API, name by name: what a script needs to load
 * scenarios, estimate, explain, check, analyse and print. Everything else
 * (samplers, kernels, column layouts, row builders, parsers of quantities) is
 * internal and may change without notice. The package ships declarations
 * built from this file (`dist/index.d.ts`).
 *
 * @packageDocumentation
 */

// The core: pure, no I/O. A scenario in, an Estimate out; every figure an interval {min, max}.
export {
  estimate,
  figureValue,
  type Estimate,
  type EstimateOptions,
  type NextBrigade,
  type PerBound,
  type SectorEstimate,
  type ContributorEstimate,
  type CoalitionEstimate,
  type CapabilityEstimate,
  capabilityFigureValue,
  type ResolvedFactor,
  type FactorOrigin,
  type Scenario,
  type Sector,
  type SectorGeometry,
  type SourcePlace,
  type Contributor,
  type Pledge,
  type Capability,
  type CapabilityPer,
  type CapabilityPledge,
  type Expectation,
  type LonLat,
  point,
  interval,
  type Interval,
  type Uncertain,
  type Distribution,
  type DistributionKind,
} from './core/index.js';

// Explaining a figure, and checking a scenario's `expect:` block.
export { explainFigure, type FigureExplanation, checkExpectations, type ExpectationResult } from './core/index.js';

// The sectors' rows (each rounded up on its own) added up against the line troops (rounded once).
export { sectorRounding, type SectorRounding } from './core/index.js';

// The factor and figure definitions, each with its unit, bounds and sources.
export {
  FACTORS,
  FACTOR_NAMES,
  isFactorName,
  type FactorName,
  type FactorDefinition,
  type FactorSettings,
  type Bounds,
  type QuantityKind,
  FIGURES,
  FIGURE_NAMES,
  CORE_FIGURE_NAMES,
  COALITION_FIGURE_NAMES,
  isFigureName,
  type FigureName,
  type CoreFigureName,
  type CoalitionFigureName,
  type SimulatedFigureName,
  type FigureDefinition,
  type FigureKind,
  type FigureInput,
  AIR_COVER,
  CAPABILITY_FIGURES,
  CAPABILITY_FIGURE_NAMES,
  type CapabilityFigureName,
  type CapabilityFigureDefinition,
} from './core/index.js';

// The analyses over the estimate: what moves a figure, a table of it, the question turned around.
export {
  type InputRef,
  type ScenarioInput,
  sensitivity,
  SENSITIVITY_FIGURES,
  type Sensitivity,
  type SensitivityFigure,
  type CapabilityShortfallFigure,
  sensitivityFigureLabel,
  type SensitivityRow,
  type FigureSwing,
  sweep,
  type Sweep,
  type SweepAxis,
  type SweepCell,
  solve,
  SOLVE_TARGETS,
  type SolveTarget,
  type SolveForce,
  type SolveResult,
  type Solution,
} from './core/analysis/index.js';

// Monte Carlo over a scenario: seeded, reproducible percentiles of each figure.
export {
  simulate,
  DEFAULT_SAMPLES,
  MAX_SAMPLES,
  DEFAULT_SEED,
  MAX_SEED,
  simulationFits,
  footprintMessage,
  SimulationTooLargeError,
  SIMULATION_MEMORY_BUDGET,
  type SimulationFootprint,
  type Simulation,
  type SimulationOptions,
  type SimulatedInput,
  type CapabilitySimulation,
  type FigureStatistics,
  type ValueFrequency,
} from './core/simulation/index.js';

// Reading and validating scenario files: never a throw on bad input, problems with a place.
export {
  loadScenarioFile,
  loadScenarioDir,
  parseScenarioText,
  resolveScenarioRef,
  referencedFileReader,
  parseFactorAssignment,
  formatProblem,
  type LoadResult,
  type ParseScenarioOptions,
  type ReadReferencedFile,
  type ReferencedFile,
  type ReferencedFileKind,
  type FactorAssignment,
  type Problem,
} from './scenarios/index.js';

// The printers: text from the core's results, as the commands print it. They format; they compute nothing.
export {
  formatEstimate,
  formatComparison,
  REPORT_FORMATS,
  ESTIMATE_FORMATS,
  type ReportFormat,
  type EstimateFormat,
  type ReportOptions,
  estimateToJson,
  type EstimateJson,
  type IntervalJson,
  type ContributorJson,
  type CapabilityJson,
  type CapabilityPerJson,
  formatEstimateGeoJson,
  estimateToGeoJson,
  type EstimateGeoJson,
  type SectorFeatureJson,
  type DrawnSectorJson,
  type SectorFiguresJson,
  type ScenarioNameJson,
  formatCheckReport,
  checkPassed,
  type ScenarioCheck,
  formatSensitivity,
  sensitivityToJson,
  type SensitivityTableOptions,
  type SensitivityJson,
  formatSweep,
  sweepToJson,
  type SweepTableOptions,
  type SweepJson,
  formatSolution,
  solutionToJson,
  type SolveTableOptions,
  type SolveJson,
  formatSimulation,
  simulationToJson,
  type SimulationFormat,
  type SimulationTableOptions,
  type SimulationJson,
  formatCount,
  formatDecimal,
  formatInterval,
  formatFactor,
} from './report/index.js';

// Every human-readable report as one document (sections of paragraphs, lists, fields and tables),
// rendered for a terminal or as Markdown: a script can add a section and print it as the commands do.
export {
  estimateDocument,
  sensitivityDocument,
  sweepDocument,
  solveDocument,
  simulationDocument,
  documentText,
  documentMarkdown,
  type ReportDocument,
  type DocumentSection,
  type DocumentBlock,
  type DocumentTarget,
  type ParagraphBlock,
  type ListBlock,
  type ListItem,
  type FieldsBlock,
  type Field,
  type TableBlock,
  type TableColumn,
  type TextColumn,
  type BarColumn,
  type TableCell,
  type BarCell,
  type RichText,
  type TextRun,
} from './report/index.js';

// The terminal map of a scenario's drawn lines, as `forcecalc map` prints it.
export {
  renderScenarioMap,
  scenarioMapText,
  minimumMapHeight,
  MIN_MAP_WIDTH,
  type ScenarioMap,
  type ScenarioMapOptions,
  type BaseMap,
  type MapRow,
  type MapSpan,
} from './report/index.js';

// Text from scenario files made safe for a terminal.
export { sanitizeText } from './text/sanitize.js';
