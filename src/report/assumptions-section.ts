/**
 * The sections every report of an estimate shares: the assumptions (each
 * factor's value, where it came from, and a default's source under it) and
 * the scenario's own sources. Written once, printed by estimate, solve and
 * the simulation's briefing alike.
 */
import type { Estimate } from '../core/estimate.js';
import { assumptionRows, sourceLines } from './estimate-rows.js';
import type { DocumentSection } from './report-document.js';

/** A column that gives way (where a value came from) keeps this many columns. */
const FROM_MIN_WIDTH = 8;

/** Each factor: its value, where it came from, and a default's source under it (in a last column in Markdown). */
export function assumptionsSection(result: Estimate): DocumentSection {
  const rows = assumptionRows(result);
  return {
    heading: 'Assumptions',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Assumption'], align: 'left' },
          { header: ['Value'], align: 'left' },
          { header: ['From'], align: 'left', minWidth: FROM_MIN_WIDTH },
        ],
        rows: rows.map((row) => [row.label, row.value, row.origin]),
        details: { header: 'Source', texts: rows.map((row) => row.source) },
      },
    ],
  };
}

/** The scenario's own sources, or a lead saying it gives none. */
export function sourcesSection(result: Estimate): DocumentSection {
  const sources = sourceLines(result);
  return sources.length === 0
    ? { heading: 'Sources', lead: 'none given in the scenario', blocks: [] }
    : { heading: 'Sources', blocks: [{ kind: 'list', items: sources.map((text) => ({ text })) }] };
}
