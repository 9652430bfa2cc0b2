import { DAY_BOUNDS, dayNumber, HORIZON_BOUNDS, TOUR_BOUNDS, type Uncertain } from '../core/index.js';
import { formatNumber } from './quantity-messages.js';
import type { DateReading } from './dates-as-days.js';
import { readQuantityNode } from './read-quantity-node.js';
import { childPath, describeNode, isNothing, offsetOf, report, scalarText, type Entry, type NodeReader } from './yaml-nodes.js';

/**
 * Time in a scenario file (docs/scenario-files.md, "Time"): `start:` (the
 * date of day 0), `horizon:` (how far the timeline runs) and, per
 * contributor, `arrives:`, `leaves:` and `tour:`. Days are durations
 * through mathjs (`10 days`, `6 weeks`, `3 months`, `1 year`; a plain number
 * is days); an arrival or a departure may be a date once `start:` is set
 * (dates-as-days.ts).
 */

/** When a contributor is on the ground, as the file gives it: each absent where the file says nothing. */
export interface ScheduleRead {
  readonly arrives?: Uncertain;
  readonly leaves?: Uncertain;
  readonly tour?: Uncertain;
}

/**
 * Reads `start:`: a date `YYYY-MM-DD`. Returns the date, null where there is
 * none, and 'invalid' after a problem (dates under contributors then say
 * start is not a date rather than that it is missing).
 */
export function readStart(reader: NodeReader, entry: Entry | undefined, path: string): string | null | 'invalid' {
  if (entry === undefined) return null;
  const text = isNothing(entry.value) ? null : scalarText(entry.value);
  if (text !== null && dayNumber(text.trim()) !== null) return text.trim();
  report(reader, entry.value === null ? offsetOf(entry.key) : offsetOf(entry.value), path, 'a date such as "2026-06-01" (YYYY-MM-DD, from 1900 to 2199)', describeNode(reader, entry.value));
  return 'invalid';
}

/** How the days of a file read dates, from what `readStart` found. */
export function dateReading(start: string | null | 'invalid'): DateReading {
  // An invalid start reads as no date at all, so that a date under a contributor says start is not a date.
  return { start: start === 'invalid' ? '' : start };
}

/** Reads `horizon:`, a single duration of at least a day (a date: the days from start to it); null after a problem or where absent. */
export function readHorizon(reader: NodeReader, entry: Entry | undefined, path: string, dates: DateReading): number | null | 'invalid' {
  if (entry === undefined) return null;
  const read = readQuantityNode(
    reader,
    entry.value,
    path,
    { kind: 'duration', bounds: HORIZON_BOUNDS, options: { example: '365 days', distributions: false, dates } },
    offsetOf(entry.key),
  );
  if (read === null) return 'invalid';
  if (read.value.min !== read.value.max) {
    report(reader, offsetOf(entry.value ?? entry.key), path, 'a single duration such as "365 days", not a range', describeNode(reader, entry.value));
    return 'invalid';
  }
  return read.value.min;
}

/**
 * What a departure must be when `leaves` breaks the rule that it comes after
 * the arrival whatever values each takes (its lowest day after the arrival's
 * highest; day 0 without an arrival); null when it keeps it. The file's
 * reader and the UI's Pledges panel say the same.
 */
export function departureRuleBroken(arrives: Uncertain | undefined, leaves: Uncertain): string | null {
  const latestArrival = arrives?.max ?? 0;
  if (leaves.min > latestArrival) return null;
  return arrives === undefined
    ? 'a departure after day 0 (a contributor without arrives: is there from day 0)'
    : `a departure after the arrival: every day of leaves after the last day of arrives, day ${formatNumber(latestArrival)}`;
}

/** The schedule keys a contributor may have. */
export const SCHEDULE_KEYS = ['arrives', 'leaves', 'tour'] as const;

/**
 * Reads a contributor's `arrives:`, `leaves:` and `tour:` (each a value, a
 * range or a distribution); null after a problem. A departure must come after
 * the arrival whatever values each takes: its lowest day after the
 * arrival's highest.
 */
export function readSchedule(
  reader: NodeReader,
  entries: ReadonlyMap<string, Entry>,
  path: string,
  dates: DateReading,
): ScheduleRead | null {
  const readDays = (key: (typeof SCHEDULE_KEYS)[number]): Uncertain | null | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    const spec =
      key === 'tour'
        ? { kind: 'duration' as const, bounds: TOUR_BOUNDS, options: { example: '6 months' } }
        : { kind: 'duration' as const, bounds: DAY_BOUNDS, options: { example: '30 days', dates } };
    return readQuantityNode(reader, entry.value, childPath(path, key), spec, offsetOf(entry.key))?.value ?? null;
  };
  const arrives = readDays('arrives');
  const leaves = readDays('leaves');
  const tour = readDays('tour');
  if (arrives === null || leaves === null || tour === null) return null;
  const leavesEntry = entries.get('leaves');
  const departure = leaves === undefined ? null : departureRuleBroken(arrives, leaves);
  if (departure !== null && leavesEntry !== undefined) {
    report(reader, offsetOf(leavesEntry.value ?? leavesEntry.key), childPath(path, 'leaves'), departure, describeNode(reader, leavesEntry.value));
    return null;
  }
  return {
    ...(arrives === undefined ? {} : { arrives }),
    ...(leaves === undefined ? {} : { leaves }),
    ...(tour === undefined ? {} : { tour }),
  };
}
