/**
 * The simulation as one document for the table and the Markdown report: the
 * figures with their percentiles, the chance that the pledges suffice, each
 * capability's need and the chance it and everything suffice, the brigades
 * histogram (bars in a terminal), from what day the line is covered (where
 * contingents arrive or leave), the inputs drawn, the notes on
 * shared inputs, how to read it all, and the caveat. The briefing also
 * carries the estimate's assumptions and sources, so that it stands alone;
 * the terminal leaves them to `forcecalc estimate`.
 */
import { DEFAULT_SEED } from '../core/simulation/random-streams.js';
import type { Simulation } from '../core/simulation/simulate.js';
import { assumptionsSection, sourcesSection } from './assumptions-section.js';
import { formatCount, formatDecimal } from './number-format.js';
import { CAVEAT_SECTION } from './planning-caveat.js';
import type { DocumentSection, RichText, ReportDocument } from './report-document.js';
import { brigadeHistogram, capabilitySimulationRows, howToRead, inputRows, percentText, seedText, simulationFigureRows, simulationNotes } from './simulation-rows.js';

/** Figure labels and input names give way to the numbers down to this width. */
const LABEL_MIN_WIDTH = 8;
/** The histogram's bars: up to 40 columns, as many as the terminal leaves beside the numbers. */
const HISTOGRAM_BAR = { min: 1, max: 40 };

function pledgesText(result: Simulation): RichText {
  if (result.pledgesSuffice === null) return 'Pledges: none (the scenario names no contributors)';
  return [{ strong: `Pledges suffice in ${percentText(result.pledgesSuffice)} of samples` }, ' (pledged troops at least the deployed troops).'];
}

function figuresSection(result: Simulation): DocumentSection {
  return {
    heading: 'Figures',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Figure'], align: 'left', minWidth: LABEL_MIN_WIDTH },
          ...['p5', 'p50', 'p95', 'Mean', 'Min', 'Max'].map((header) => ({ header: [header], align: 'right' as const })),
        ],
        rows: simulationFigureRows(result).map((row) => [row.label, row.p5, row.p50, row.p95, row.mean, row.min, row.max]),
      },
      { kind: 'paragraph', text: pledgesText(result) },
    ],
  };
}

/** Each capability's need (p5, p50, p95) and, with a coalition, the chance it suffices; then the chance all do. */
function capabilitiesSection(result: Simulation): DocumentSection {
  const rows = capabilitySimulationRows(result);
  const pledged = result.allSuffice !== null && result.allSufficeWithoutBackstop !== null;
  // Without a coalition the figures' section has said that nothing is pledged.
  const all: RichText | null =
    result.allSuffice === null || result.allSufficeWithoutBackstop === null
      ? null
      : [
          { strong: `All suffice in ${percentText(result.allSuffice)} of samples` },
          ` (troops and every capability at once); ${percentText(result.allSufficeWithoutBackstop)} without the backstop.`,
        ];
  return {
    heading: 'Capabilities',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Capability'], align: 'left', minWidth: LABEL_MIN_WIDTH },
          ...['Need p5', 'p50', 'p95'].map((header) => ({ header: [header], align: 'right' as const })),
          ...(pledged ? [{ header: ['Suffices'], align: 'right' as const }, { header: ['Without', 'backstop'], align: 'right' as const }] : []),
        ],
        rows: rows.map((row) => [row.name, row.p5, row.p50, row.p95, ...(pledged ? [row.suffice, row.sufficeWithoutBackstop] : [])]),
        rowLabels: 1,
      },
      ...(all === null ? [] : [{ kind: 'paragraph' as const, text: all }]),
    ],
  };
}

function histogramSection(result: Simulation): DocumentSection {
  return {
    heading: 'Brigades needed',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Brigades'], align: 'right' },
          { bar: 'length', axis: { min: 0, max: 1 }, width: HISTOGRAM_BAR },
          { header: ['Share of', 'samples'], align: 'right' },
          { header: ['At most', 'this many'], align: 'right' },
        ],
        rows: brigadeHistogram(result).map((row) => [row.value, { low: 0, high: row.height }, row.share, row.atMost]),
      },
    ],
  };
}

function inputsSection(result: Simulation): DocumentSection {
  const rows = inputRows(result);
  if (rows.length === 0) return { heading: 'Uncertain inputs', lead: 'none (every input is a single value)', blocks: [] };
  return {
    heading: 'Uncertain inputs',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Uncertain input'], align: 'left', minWidth: LABEL_MIN_WIDTH },
          { header: ['Drawn from'], align: 'left' },
        ],
        rows: rows.map((row) => [row.label, row.distribution]),
      },
    ],
  };
}

/** From what day the samples are covered, where the scenario has arrivals or departures; null otherwise. */
function coverageSection(result: Simulation): DocumentSection | null {
  const coverage = result.coverage;
  const timeline = result.estimate.coalition?.timeline;
  if (coverage === null || timeline === undefined || timeline.steps.length < 2) return null;
  const days = coverage.coveredFromDay;
  const summary: RichText =
    days === null
      ? { strong: `Never covered within the horizon (${formatCount(timeline.horizonDays)} days) in any sample.` }
      : [
          `Of the samples covered within the horizon, half are covered by day ${formatDecimal(days.p50, 1)} and 95% by day ${formatDecimal(days.p95, 1)}; `,
          { strong: `${percentText(coverage.neverCovered)} of samples are never covered` },
          '. A sample is covered from the first day after which its shortfall stays 0 to the horizon.',
        ];
  const dated = timeline.start !== null;
  return {
    heading: 'Covered from',
    blocks: [
      { kind: 'paragraph', text: summary },
      {
        kind: 'table',
        columns: [
          { header: ['By day'], align: 'right' },
          ...(dated ? [{ header: ['Date'], align: 'left' as const }] : []),
          { bar: 'length', axis: { min: 0, max: 1 }, width: HISTOGRAM_BAR },
          { header: ['Covered', 'samples'], align: 'right' },
        ],
        rows: coverage.coveredBy.map((step) => [
          formatDecimal(step.day, 1),
          ...(dated ? [step.date ?? ''] : []),
          { low: 0, high: step.probability },
          percentText(step.probability),
        ]),
      },
    ],
  };
}

const listSection = (heading: string, texts: readonly string[]): DocumentSection => ({
  heading,
  blocks: [{ kind: 'list', items: texts.map((text) => ({ text })) }],
});

/** The simulation as a document, from the figures to the caveat. */
export function simulationDocument(result: Simulation): ReportDocument {
  return {
    title: `Simulation: ${result.scenario.title}`,
    subtitle: `scenario ${result.scenario.id}: ${formatCount(result.samples)} samples, ${seedText(result, DEFAULT_SEED)}`,
    sections: [
      figuresSection(result),
      capabilitiesSection(result),
      histogramSection(result),
      ...[coverageSection(result)].filter((section): section is DocumentSection => section !== null),
      inputsSection(result),
      listSection('Notes', simulationNotes(result)),
      { ...assumptionsSection(result.estimate), only: 'markdown' },
      { ...sourcesSection(result.estimate), only: 'markdown' },
      listSection('How to read this', howToRead(result)),
      CAVEAT_SECTION,
    ],
  };
}
