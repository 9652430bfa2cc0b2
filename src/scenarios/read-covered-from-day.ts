/**
 * `coveredFromDay:` under `expect:`: the days from which the coalition can
 * and surely does cover the line, as `forcecalc timeline` prints them:
 * `61` (both the same day), `45..120`, `45..never` (can be covered from day
 * 45, never surely), `never`; `days` may follow. Each bound a day within the
 * calendar's reach, with the decimals it was written with (the check
 * compares after rounding to them, as for any figure).
 */
import type { ParsedNode } from 'yaml';
import { isAlias, isScalar } from 'yaml';
import { DAY_BOUNDS, type ExpectedValue } from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { describeNode, offsetOf, report, type NodeReader } from './yaml-nodes.js';

/** How `expect:` writes a day that is not (null in the estimate). */
export const COVERED_NEVER = 'never';

const EXPECTED = `a day or a range of days such as 45..120, with ${COVERED_NEVER} for no day (45..${COVERED_NEVER})`;
const BOUND = String.raw`(\d+(?:\.\d+)?|${COVERED_NEVER})`;
const PATTERN = new RegExp(String.raw`^${BOUND}(?:\s*\.\.\s*${BOUND})?(?:\s+days?)?$`);

/** A bound as written: its day (Infinity for never) and its decimals. */
function bound(text: string): { readonly day: number; readonly decimals: number } {
  if (text === COVERED_NEVER) return { day: Number.POSITIVE_INFINITY, decimals: 0 };
  return { day: Number(text), decimals: text.split('.')[1]?.length ?? 0 };
}

/** Reads `coveredFromDay:`'s value at `path`; null after a problem (reported at its place). */
export function readCoveredFromDay(reader: NodeReader, node: ParsedNode | null, path: string, at: number): ExpectedValue | null {
  if (node !== null && isAlias(node)) return null;
  const place = node === null ? at : offsetOf(node);
  const raw = isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'string') ? String(node.value).trim() : null;
  const match = raw === null ? null : PATTERN.exec(raw);
  if (raw === null || match === null) {
    report(reader, place, path, EXPECTED, raw === null ? describeNode(reader, node) : quoteForMessage(raw));
    return null;
  }
  const min = bound(match[1] ?? '');
  const max = match[2] === undefined ? min : bound(match[2]);
  const inRange = (day: number): boolean => day === Number.POSITIVE_INFINITY || (day >= DAY_BOUNDS.min && day <= DAY_BOUNDS.max);
  if (!inRange(min.day) || !inRange(max.day) || min.day > max.day) {
    const why = min.day > max.day ? 'the day it can be covered from first, then the day it surely is' : `days from ${DAY_BOUNDS.min} to ${DAY_BOUNDS.max.toLocaleString('en-US')}`;
    report(reader, place, path, `${EXPECTED}: ${why}`, quoteForMessage(raw));
    return null;
  }
  return { expected: { min: min.day, max: max.day }, decimals: { min: min.decimals, max: max.decimals } };
}
