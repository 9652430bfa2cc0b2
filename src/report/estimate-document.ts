/**
 * The estimate as one document for the table and the Markdown report:
 * figures, sectors, coalition, then the assumptions and sources behind them
 * and the caveat that these are planning factors, not predictions.
 */
import type { Estimate } from '../core/estimate.js';
import { assumptionsSection, sourcesSection } from './assumptions-section.js';
import { capabilitiesSection } from './capabilities-section.js';
import { coalitionFigureRows, contributorRows, coreFigureRows, nextBrigadeRows, scenarioHeading, sectorRows, type FigureRow } from './estimate-rows.js';
import { CAVEAT_SECTION } from './planning-caveat.js';
import { sectorRoundingNote } from './sector-rounding-note.js';
import { documentMarkdown } from './document-markdown.js';
import { documentText } from './document-text.js';
import type { DocumentSection, ReportDocument, TableBlock } from './report-document.js';
import type { TableOptions } from './report-format.js';

/** Sector and contributor names give way to the numbers down to this width. */
const NAME_MIN_WIDTH = 8;

function figureTable(title: string, rows: readonly FigureRow[]): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: [title], align: 'left' },
      { header: ['Value'], align: 'right' },
      { header: ['Unit'], align: 'left' },
    ],
    rows: rows.map((row) => [row.label, row.value, row.unit]),
  };
}

function figuresSection(result: Estimate): DocumentSection {
  return {
    heading: 'Figures',
    blocks: [
      figureTable('Figure', coreFigureRows(result)),
      {
        kind: 'table',
        columns: [
          { header: ['Before one', 'more brigade'], align: 'left' },
          { header: ['Brigades'], align: 'right' },
          { header: ['At line', 'density'], align: 'right' },
          { header: ['Line can', 'grow by'], align: 'right' },
        ],
        rows: nextBrigadeRows(result).map((row) => [row.bound, row.brigades, row.density, row.growthKm]),
      },
    ],
  };
}

/** The sectors, and under them why their rows add up to more than the line troops, where they do. */
function sectorsSection(result: Estimate): DocumentSection {
  const note = sectorRoundingNote(result);
  return {
    heading: 'Sectors',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Sector'], align: 'left', minWidth: NAME_MIN_WIDTH },
          { header: ['Length km'], align: 'right' },
          { header: ['Density /km'], align: 'right' },
          { header: ['Troops'], align: 'right' },
        ],
        rows: sectorRows(result).map((row) => [row.name, row.lengthKm, row.density, row.troops]),
      },
      ...(note === null ? [] : [{ kind: 'paragraph' as const, text: note }]),
    ],
  };
}

function coalitionSection(result: Estimate): DocumentSection {
  if (result.coalition === null) return { heading: 'Coalition', lead: 'none (the scenario names no contributors)', blocks: [] };
  const contributors = contributorRows(result);
  return {
    heading: 'Coalition',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Contributor'], align: 'left', minWidth: NAME_MIN_WIDTH },
          { header: ['Pledge'], align: 'left' },
          { header: ['Troops'], align: 'right' },
        ],
        rows: contributors.map((row) => [row.country, row.pledge, row.troops]),
        ...(contributors.some((row) => row.provides !== null) ? { details: { header: 'Provides', texts: contributors.map((row) => row.provides) } } : {}),
      },
      figureTable('Coalition', coalitionFigureRows(result)),
    ],
  };
}

/**
 * The scenario's description, for the Markdown briefing alone: a terminal
 * report is read beside the file, a briefing travels without it. (The
 * Markdown renderer sanitises and escapes the text, as every file's text.)
 */
function descriptionSections(result: Estimate): DocumentSection[] {
  const description = result.scenario.description.trim();
  if (description === '') return [];
  return [{ only: 'markdown', blocks: [{ kind: 'paragraph', text: description }] }];
}

/** The estimate as a document: (in Markdown, the description,) figures, sectors, coalition, capabilities, assumptions, sources, caveat. */
export function estimateDocument(result: Estimate): ReportDocument {
  const heading = scenarioHeading(result);
  return {
    title: heading.title,
    subtitle: `scenario ${heading.id}`,
    sections: [
      ...descriptionSections(result),
      figuresSection(result),
      sectorsSection(result),
      coalitionSection(result),
      capabilitiesSection(result),
      assumptionsSection(result), sourcesSection(result), CAVEAT_SECTION,
    ],
  };
}

/**
 * The estimate as an aligned text report of at most `width` columns (80 by
 * default). Names too long for their column end in "…"; sources wrap.
 */
export function formatEstimateTable(result: Estimate, options: TableOptions = {}): string {
  return documentText(estimateDocument(result), options.width ?? 80);
}

/** The estimate as a Markdown briefing, ending in a newline. */
export function formatEstimateMarkdown(result: Estimate): string {
  return documentMarkdown(estimateDocument(result));
}
