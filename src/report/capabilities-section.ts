/**
 * The capabilities section every report of an estimate that shows them
 * shares (estimate, solve): each capability's need against what is pledged,
 * both shortfalls, and the basis of the need under each. Written once.
 */
import type { Estimate } from '../core/estimate.js';
import { CAPABILITY_COALITION_HEADERS, capabilityRows } from './capability-rows.js';
import type { DocumentSection } from './report-document.js';

/** Capability names give way to the numbers down to this width. */
const NAME_MIN_WIDTH = 8;

/**
 * Each capability's need against what is pledged, with its formula and
 * source under it; without a coalition the needs alone, and a lead saying so.
 */
export function capabilitiesSection(result: Estimate): DocumentSection {
  const rows = capabilityRows(result);
  const pledged = result.coalition !== null;
  return {
    heading: 'Capabilities',
    ...(pledged ? {} : { lead: 'needs only (the scenario names no contributors)' }),
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Capability'], align: 'left', minWidth: NAME_MIN_WIDTH },
          { header: ['Need'], align: 'right' },
          ...(pledged ? CAPABILITY_COALITION_HEADERS.map((header) => ({ header: header.split(' '), align: 'right' as const })) : []),
        ],
        rows: rows.map((row) => [row.name, row.need, ...row.coalition]),
        details: { header: 'Basis', texts: rows.map((row) => row.basis) },
        rowLabels: 1,
      },
    ],
  };
}

