/**
 * An Estimate as rows of display text, shared by the table and the Markdown
 * printer so that both say the same thing in the same order. Text from files
 * (names, countries, ids) is sanitised here; numbers go through
 * number-format.ts.
 */
import type { Estimate, ResolvedFactor } from '../core/estimate.js';
import { DEFAULT_PRESET, FACTOR_NAMES, FACTORS } from '../core/factors.js';
import { COALITION_FIGURE_NAMES, CORE_FIGURE_NAMES, FIGURES, type FigureName } from '../core/figures.js';
import type { Interval } from '../core/interval.js';
import { sanitizeText } from '../text/sanitize.js';
import { providedText } from './capability-rows.js';
import { formatDecimal, formatFactorAsWritten, formatInterval, formatQuantity, unitFor } from './number-format.js';

/** A figure as display text: its label, value ("1..2") and unit ("brigades"). */
export interface FigureRow {
  readonly label: string;
  readonly value: string;
  readonly unit: string;
}

/** A sector as display text, its name sanitised. */
export interface SectorRow {
  readonly name: string;
  readonly lengthKm: string;
  readonly density: string;
  readonly troops: string;
}

/** A coalition contributor as display text, the country sanitised. */
export interface ContributorRow {
  readonly country: string;
  /** The pledge as written: "1 brigade", "5,000 troops", or "no troops" for capabilities only. */
  readonly pledge: string;
  readonly troops: string;
  /** What it provides and whether it is the backstop ("backstop; provides Air cover 2"); null where neither. */
  readonly provides: string | null;
}

/** A planning factor as display text, with where its value came from. */
export interface AssumptionRow {
  readonly label: string;
  readonly value: string;
  /** Where the value came from: "default (palisa-minimum)", "scenario file" (the heading names it), "--set". */
  readonly origin: string;
  /** The source of a default value; null for values a scenario or a planner set. */
  readonly source: string | null;
}

function figureRow(name: FigureName, value: Interval): FigureRow {
  const figure = FIGURES[name];
  return { label: figure.label, value: formatInterval(value, figure.kind), unit: unitFor(value, figure.unit) };
}

/** The figures of section 1 that every scenario has, in display order. */
export function coreFigureRows(result: Estimate): FigureRow[] {
  return CORE_FIGURE_NAMES.map((name) => figureRow(name, result.figures[name]));
}

/** Pledged troops, coverage, density and the shortfall; empty without a coalition. */
export function coalitionFigureRows(result: Estimate): FigureRow[] {
  const coalition = result.coalition;
  return coalition === null ? [] : COALITION_FIGURE_NAMES.map((name) => figureRow(name, coalition.figures[name]));
}

/** One bound of brigades and the line it can still add before one more brigade (`nextBrigadeKm`). */
export interface NextBrigadeRow {
  /** "Low bound" or "High bound". */
  readonly bound: string;
  /** The brigades at that bound: "2". */
  readonly brigades: string;
  /** The line's density at that bound, which each km added holds: "3 /km". */
  readonly density: string;
  /** The km the line can grow by: "466.67 km". */
  readonly growthKm: string;
}

/**
 * The low and the high bound of brigades, each with the km of line (at the
 * line's density at that bound) it can add before it needs one more brigade.
 */
export function nextBrigadeRows(result: Estimate): NextBrigadeRow[] {
  const { brigades } = result.figures;
  const density = result.nextBrigade.lineDensity;
  const row = (bound: string, count: number, perKm: number, km: number): NextBrigadeRow => ({
    bound,
    brigades: formatInterval({ min: count, max: count }, 'count'),
    density: `${formatDecimal(perKm)} /km`,
    growthKm: `${formatDecimal(km)} km`,
  });
  return [
    row('Low bound', brigades.min, density.min, result.nextBrigade.km.min),
    row('High bound', brigades.max, density.max, result.nextBrigade.km.max),
  ];
}

/** One row per sector: name, length, density and troops. */
export function sectorRows(result: Estimate): SectorRow[] {
  return result.sectors.map((sector) => ({
    name: sanitizeText(sector.name),
    lengthKm: formatInterval(sector.lengthKm, 'length'),
    density: formatInterval(sector.density, 'density'),
    troops: formatInterval(sector.troops, 'count'),
  }));
}

/** One row per contributor; empty without a coalition. */
export function contributorRows(result: Estimate): ContributorRow[] {
  return (result.coalition?.contributors ?? []).map((contributor) => {
    const provided = providedText(contributor.provides);
    const parts = [...(contributor.backstop ? ['backstop'] : []), ...(provided === '' ? [] : [`provides ${provided}`])];
    return {
      country: sanitizeText(contributor.country),
      pledge:
        contributor.pledgeKind === 'none'
          ? 'no troops'
          : contributor.pledgedBrigades === null
            ? `${formatInterval(contributor.troops, 'count')} ${unitFor(contributor.troops, 'troops')}`
            : `${formatQuantity(contributor.pledgedBrigades)} ${unitFor(contributor.pledgedBrigades, 'brigades')}`,
      troops: formatInterval(contributor.troops, 'count'),
      provides: parts.length === 0 ? null : parts.join('; '),
    };
  });
}

function originText(factor: ResolvedFactor): string {
  switch (factor.origin) {
    case 'default':
      return `default (${DEFAULT_PRESET})`;
    case 'scenario':
      // The report's heading names the scenario; its id here would only crowd the column.
      return 'scenario file';
    case 'override':
      return sanitizeText(factor.source);
  }
}

/** Each factor with its value (its distribution as written, where it has one) and where it came from. */
export function assumptionRows(result: Estimate): AssumptionRow[] {
  return FACTOR_NAMES.map((name) => {
    const factor = result.factors[name];
    return {
      label: FACTORS[name].label,
      value: formatFactorAsWritten(name, factor.value),
      origin: originText(factor),
      source: factor.origin === 'default' ? sanitizeText(factor.source) : null,
    };
  });
}

/** The scenario's own sources, sanitised. */
export function sourceLines(result: Estimate): string[] {
  return result.sources.map(sanitizeText);
}

/** The scenario's title and id, sanitised. */
export function scenarioHeading(result: Estimate): { title: string; id: string } {
  return { title: sanitizeText(result.scenario.title), id: sanitizeText(result.scenario.id) };
}

/** The one-line caveat every report carries. */
export const PLANNING_CAVEAT =
  'These are planning factors, not predictions: each figure follows from the assumptions listed.';
