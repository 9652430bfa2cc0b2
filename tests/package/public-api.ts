/**
 * The public API of `import ... from 'forcecalc'`, name by name: src/index.ts
 * must export exactly these, the built dist/index.mjs the same values, and
 * dist/index.d.ts every name to a client compiled with `tsc --strict`
 * (library-client.test.ts). A name added here or there without the other is
 * a change of the contract, made on purpose in both places.
 */

/** The values: functions and constants. */
export const PUBLIC_VALUES = [
  // The core: estimate, explain, check, the definitions of factors and figures.
  'estimate', 'figureValue', 'capabilityFigureValue', 'point', 'interval',
  'explainFigure', 'checkExpectations', 'sectorRounding',
  'FACTORS', 'FACTOR_NAMES', 'isFactorName',
  'FIGURES', 'FIGURE_NAMES', 'CORE_FIGURE_NAMES', 'COALITION_FIGURE_NAMES', 'isFigureName',
  'AIR_COVER', 'CAPABILITY_FIGURES', 'CAPABILITY_FIGURE_NAMES',
  // The analyses.
  'sensitivity', 'SENSITIVITY_FIGURES', 'sensitivityFigureLabel', 'sweep', 'solve', 'SOLVE_TARGETS',
  'simulate', 'DEFAULT_SAMPLES', 'MAX_SAMPLES', 'DEFAULT_SEED', 'MAX_SEED',
  'simulationFits', 'footprintMessage', 'SimulationTooLargeError', 'SIMULATION_MEMORY_BUDGET',
  // Loading and validating scenarios.
  'loadScenarioFile', 'loadScenarioDir', 'parseScenarioText', 'resolveScenarioRef', 'referencedFileReader',
  'parseFactorAssignment', 'formatProblem',
  // The printers.
  'formatEstimate', 'formatComparison', 'REPORT_FORMATS', 'ESTIMATE_FORMATS',
  'estimateToJson', 'formatEstimateGeoJson', 'estimateToGeoJson',
  'formatCheckReport', 'checkPassed',
  'formatSensitivity', 'sensitivityToJson', 'formatSweep', 'sweepToJson',
  'formatSolution', 'solutionToJson', 'formatSimulation', 'simulationToJson',
  'formatCount', 'formatDecimal', 'formatInterval', 'formatFactor',
  // Every human-readable report as one document, and its two renderers.
  'estimateDocument', 'sensitivityDocument', 'sweepDocument', 'solveDocument', 'simulationDocument', 'documentText', 'documentMarkdown',
  // The terminal map, and text made safe for a terminal.
  'renderScenarioMap', 'scenarioMapText', 'minimumMapHeight', 'MIN_MAP_WIDTH',
  'sanitizeText',
] as const;

/** The types and interfaces (a client imports them with `import type`). */
export const PUBLIC_TYPES = [
  'SimulationFootprint',
  'Estimate', 'EstimateOptions', 'NextBrigade', 'PerBound', 'SectorEstimate', 'ContributorEstimate', 'CoalitionEstimate', 'ResolvedFactor', 'FactorOrigin',
  'Scenario', 'Sector', 'SectorGeometry', 'SourcePlace', 'Contributor', 'Pledge', 'Expectation', 'LonLat',
  'CapabilityEstimate', 'Capability', 'CapabilityPer', 'CapabilityPledge', 'CapabilityFigureName', 'CapabilityFigureDefinition',
  'Interval', 'Uncertain', 'Distribution', 'DistributionKind',
  'FigureExplanation', 'ExpectationResult', 'SectorRounding',
  'FactorName', 'FactorDefinition', 'FactorSettings', 'Bounds', 'QuantityKind',
  'FigureName', 'CoreFigureName', 'CoalitionFigureName', 'FigureDefinition', 'FigureKind', 'FigureInput',
  'InputRef', 'ScenarioInput',
  'Sensitivity', 'SensitivityFigure', 'CapabilityShortfallFigure', 'SensitivityRow', 'FigureSwing',
  'Sweep', 'SweepAxis', 'SweepCell',
  'SolveTarget', 'SolveForce', 'SolveResult', 'Solution',
  'Simulation', 'SimulationOptions', 'SimulatedInput', 'CapabilitySimulation', 'SimulatedFigureName', 'FigureStatistics', 'ValueFrequency',
  'LoadResult', 'ParseScenarioOptions', 'ReadReferencedFile', 'ReferencedFile', 'ReferencedFileKind', 'FactorAssignment', 'Problem',
  'ReportFormat', 'EstimateFormat', 'ReportOptions',
  'EstimateJson', 'IntervalJson', 'ContributorJson', 'CapabilityJson', 'CapabilityPerJson', 'EstimateGeoJson', 'SectorFeatureJson', 'DrawnSectorJson', 'SectorFiguresJson', 'ScenarioNameJson',
  'ScenarioCheck',
  'SensitivityTableOptions', 'SensitivityJson', 'SweepTableOptions', 'SweepJson', 'SolveTableOptions', 'SolveJson',
  'SimulationFormat', 'SimulationTableOptions', 'SimulationJson',
  'ScenarioMap', 'ScenarioMapOptions', 'BaseMap', 'MapRow', 'MapSpan',
  'ReportDocument', 'DocumentSection', 'DocumentBlock', 'DocumentTarget', 'ParagraphBlock', 'ListBlock', 'ListItem', 'FieldsBlock', 'Field',
  'TableBlock', 'TableColumn', 'TextColumn', 'BarColumn', 'TableCell', 'BarCell', 'RichText', 'TextRun',
] as const;
