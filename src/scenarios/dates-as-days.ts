import { dayNumber, daysInMonth } from '../core/index.js';

/**
 * Dates in a day of the timeline (`arrives:`, `leaves:`), read as the days
 * after the scenario's `start:` before the text is read as a duration:
 * `2026-07-01` with start 2026-06-01 is `30 days`, wherever a day may be
 * written (a value, a bound of a range, an argument of a distribution).
 *
 * A month, `2026-07`, is any day of it: alone it is the range from its first
 * day to its last (`2026-07-01..2026-07-31`), as the low bound of a range its
 * first day and as the high bound its last (`2026-07..2026-09` is July to
 * September). A distribution's arguments are days, so a month there is
 * refused with the day to write instead. A month that starts before `start`
 * and ends after it counts from day 0.
 */

/** How a field reads dates: the scenario's start, or null where the scenario sets none. */
export interface DateReading {
  readonly start: string | null;
}

/** Where the text stands: a whole value, or one bound of a range given as two texts (`[a, b]`, `{min, max}`). */
export type DayRole = 'value' | 'low' | 'high';

/** The text with every date as days, or the hint of what is wrong. */
export type DatesAsDays = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly hint: string };

// A year and a month, and maybe a day, not inside a longer number (`12026-07`, `2026-07-011`, `1,2026-07`);
// `-` after it would make a month of a date's first part.
const DATE_OR_MONTH = /(?<![\d_]|\d[.,])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d_-]|[.,]\d)/g;
const DISTRIBUTION = /^\s*[A-Za-z]+\s*\(/;

interface Found {
  readonly text: string;
  readonly index: number;
  readonly year: number;
  readonly month: number;
  /** Null for a month. */
  readonly day: string | null;
}

function findDates(text: string): Found[] {
  return [...text.matchAll(DATE_OR_MONTH)].map((match) => ({
    text: match[0],
    index: match.index,
    year: Number(match[1]),
    month: Number(match[2]),
    day: match[3] ?? null,
  }));
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Which bound a month stands for, from its place in the text; null where a month cannot stand. */
function monthRole(text: string, found: Found, role: DayRole): DayRole | null {
  if (role !== 'value') return found.text === text.trim() ? role : null;
  if (found.text === text.trim()) return 'value';
  const [low = '', high, extra] = text.split('..');
  if (high === undefined || extra !== undefined) return null;
  if (low.trim() === found.text) return 'low';
  if (high.trim() === found.text) return 'high';
  return null;
}

/**
 * `text` with its dates and months written as days after `dates.start`, or
 * what is wrong: a date where the field takes none (`dates` undefined: a
 * tour, the horizon), a date without a start, a date that does not exist, a
 * date before the start, a month inside a distribution or a sum.
 */
export function datesAsDays(text: string, role: DayRole, dates: DateReading | undefined): DatesAsDays {
  const found = findDates(text);
  const first = found[0];
  if (first === undefined) return { ok: true, text };
  if (dates === undefined) return { ok: false, hint: `a duration, not a date such as ${first.text}` };
  if (dates.start === null) return { ok: false, hint: `a date needs start: at the top of the file, the date of day 0; or write days, such as "30 days"` };
  const origin = dayNumber(dates.start);
  if (origin === null) return { ok: false, hint: `start is not a date: ${dates.start}` };

  let result = '';
  let at = 0;
  for (const date of found) {
    let replacement: string;
    if (date.day !== null) {
      const day = dayNumber(date.text);
      if (day === null) return { ok: false, hint: `${date.text} is not a date: write YYYY-MM-DD, such as 2026-07-01` };
      if (day < origin) return { ok: false, hint: `${date.text} is before start, ${dates.start}` };
      replacement = `${day - origin} days`;
    } else {
      const firstDay = date.month >= 1 && date.month <= 12 ? dayNumber(`${date.year}-${pad(date.month)}-01`) : null;
      if (firstDay === null) return { ok: false, hint: `${date.text} is not a month: write YYYY-MM, such as 2026-07` };
      const lastDay = firstDay + daysInMonth(date.year, date.month) - 1;
      if (lastDay < origin) return { ok: false, hint: `${date.text} is before start, ${dates.start}` };
      const low = Math.max(0, firstDay - origin);
      const high = lastDay - origin;
      const stands = monthRole(text, date, role);
      if (stands === null) {
        const distribution = DISTRIBUTION.test(text) ? 'a distribution takes days, not months' : 'a month stands alone or as a bound of a range';
        return { ok: false, hint: `${distribution}: write a day such as ${date.text}-01` };
      }
      replacement = stands === 'low' ? `${low} days` : stands === 'high' ? `${high} days` : `${low} days..${high} days`;
    }
    result += text.slice(at, date.index) + replacement;
    at = date.index + date.text.length;
  }
  return { ok: true, text: result + text.slice(at) };
}
