/**
 * The compare view's rows: every factor, then every figure, then each
 * capability's figures, of each scenario
 * (the report's comparison rows), a cell per scenario marked where it differs
 * from the base.
 */
import type { Estimate } from '../../core/index.js';
import { capabilityComparisonRows, factorComparisonRows, figureComparisonRows, type ComparisonRow } from '../../report/comparison-rows.js';

/** A scenario in the comparison. */
export interface CompareColumn {
  readonly estimate: Estimate;
  /** True when the planner changed its factors in this session. */
  readonly edited: boolean;
}

/** One factor or figure across the scenarios. */
export type CompareRow = ComparisonRow;

/** The factors, then every figure, then every capability's figures, of each scenario. */
export function compareRows(columns: readonly CompareColumn[]): CompareRow[] {
  const estimates = columns.map((column) => column.estimate);
  return [...factorComparisonRows(estimates), ...figureComparisonRows(estimates), ...capabilityComparisonRows(estimates)];
}
