/**
 * Calendar days, for a scenario whose day 0 has a date (`start:`): a date is
 * `YYYY-MM-DD` in the proleptic Gregorian calendar, and days are counted in
 * UTC calendar days, so that no time zone or daylight-saving change can make
 * a day 23 or 25 hours long or move a date.
 */

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first and last years a date may have: a planning horizon, not history. */
export const CALENDAR_YEARS = { first: 1900, last: 2199 } as const;

/** Days from 1970-01-01 to the date, or null when the text is not a real date `YYYY-MM-DD` within CALENDAR_YEARS. */
export function dayNumber(date: string): number | null {
  const match = DATE.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Days in a month (1-12) of a year: February has 29 in a leap year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` whole days after 1970-01-01, as `YYYY-MM-DD`. */
export function dateOfDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar day `moment` falls on where the machine is (its time zone, not UTC), as `YYYY-MM-DD`: the date a person there would write. */
export function localDateOf(moment: Date): string {
  return dateOfDayNumber(Math.floor((moment.getTime() - moment.getTimezoneOffset() * 60_000) / MS_PER_DAY));
}

/**
 * The date of `day` (days after day 0, which is `start`): the calendar day
 * the day falls in, so day 45.7 is the date of day 45. Throws a RangeError for
 * a start that is not a date (a programmer error: the loader checks it).
 */
export function dateOfDay(start: string, day: number): string {
  const origin = dayNumber(start);
  if (origin === null) throw new RangeError(`not a date: ${start}`);
  return dateOfDayNumber(origin + Math.floor(day));
}
