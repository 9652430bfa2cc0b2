/**
 * The capabilities of an estimate as rows of display text, shared by the
 * table and Markdown reports and the screen: what each needs, what is pledged
 * and what is missing with and without the backstop. Names and sources come
 * from files and are sanitised here; every number is the core's.
 */
import { AIR_COVER } from '../core/capabilities.js';
import { CAPABILITY_COALITION_FIGURE_NAMES, CAPABILITY_FIGURES } from '../core/capability-figures.js';
import type { CapabilityEstimate, Estimate } from '../core/estimate.js';
import { FACTORS } from '../core/factors.js';
import type { CapabilityPer } from '../core/scenario.js';
import { sanitizeText } from '../text/sanitize.js';
import { formatInterval, formatQuantity, unitFor } from './number-format.js';

/** One capability as display text. */
export interface CapabilityRow {
  readonly name: string;
  /** The need per unit of `per` as written: "1..2 per brigade", "0.5 per 100 km", "4 for the force". */
  readonly needPer: string;
  /** Whole units needed: "2..4". */
  readonly need: string;
  /** Pledged, shortfall and shortfall without the backstop, in the capability figure table's order; empty without a coalition. */
  readonly coalition: readonly string[];
  /**
   * The need per unit as written, its formula and its source: "1..2 units per
   * brigade; need = round up (...); source: ..." ("no source given" where the
   * scenario gives none; air cover's is the factor's, under the assumptions).
   */
  readonly basis: string;
}

/** What a need is counted per, after its value: "per brigade", "per 100 km", "for the force". */
export function perPhrase(per: CapabilityPer): string {
  switch (per.kind) {
    case 'brigade':
      return 'per brigade';
    case 'force':
      return 'for the force';
    case 'length':
      return `per ${formatQuantity({ min: per.km, max: per.km })} km`;
  }
}

/** The headers of the coalition columns, from the capability figure table. */
export const CAPABILITY_COALITION_HEADERS: readonly string[] = CAPABILITY_COALITION_FIGURE_NAMES.map((name) => CAPABILITY_FIGURES[name].label);

/** A capability's row. */
export function capabilityRow(capability: CapabilityEstimate): CapabilityRow {
  const { coalition } = capability;
  // Air cover's source is the factor's, long and printed with the assumptions already.
  const source =
    capability.name === AIR_COVER
      ? `source: the assumption ${FACTORS.airCoverPerBrigade.label.toLowerCase()}`
      : capability.source === null
        ? 'no source given'
        : `source: ${sanitizeText(capability.source)}`;
  const needPer = `${formatQuantity(capability.needPer)} ${unitFor(capability.needPer, capability.unit)} ${perPhrase(capability.per)}`;
  return {
    name: sanitizeText(capability.name),
    needPer,
    need: formatInterval(capability.figures.need, 'count'),
    coalition: coalition === null ? [] : CAPABILITY_COALITION_FIGURE_NAMES.map((name) => formatInterval(coalition[name], 'count')),
    basis: `${needPer}; need = ${capability.formula}; ${source}`,
  };
}

/** Air cover, then the scenario's capabilities, as rows. */
export function capabilityRows(result: Estimate): CapabilityRow[] {
  return result.capabilities.map(capabilityRow);
}

/** What a contributor provides, as one text: "Air cover 2, Air-defence battery 1..2"; empty where it provides nothing. */
export function providedText(provides: readonly { readonly capability: string; readonly units: { min: number; max: number } }[]): string {
  return provides.map((provided) => `${sanitizeText(provided.capability)} ${formatInterval(provided.units, 'count')}`).join(', ');
}
