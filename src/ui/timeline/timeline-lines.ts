/**
 * The Timeline panel's text, as plain lines (so that a test reads them
 * without Ink): where the cursor is and what is on the ground that day, from
 * what day the line is covered, the chart with the cursor, and each
 * contributor's presence on the cursor's day. Every number comes from the
 * core (the estimate's timeline, presenceOn, the simulation's coverage);
 * these lines only place them.
 */
import { dateOfDay } from '../../core/calendar.js';
import type { ContributorEstimate, Estimate } from '../../core/estimate.js';
import { coveredByDay, type SimulatedCoverage } from '../../core/simulation/covered-from-day.js';
import { presenceOn, stepOn, type Presence } from '../../core/timeline.js';
import { formatCount, formatDecimal, formatInterval } from '../../report/number-format.js';
import { percentText } from '../../report/simulation-rows.js';
import { timelineChart } from '../../report/timeline-chart.js';
import { sanitizeText } from '../../text/sanitize.js';

/** How the panel names a contributor's presence on the cursor's day. */
export const PRESENCE_TEXT: Readonly<Record<Presence, string>> = { sure: 'there', possible: 'maybe there', absent: 'not there' };

/** Lines the panel keeps for the contributors at least, with their header. */
const CONTRIBUTOR_LINES = 4;
/** Lines above the chart (the day, the coverage) and under its plot (axis, markers, days, dates). */
const FIXED_LINES = 2 + 4;

const dayText = (day: number, start: string | null): string =>
  `day ${formatDecimal(day, 1)}${start === null ? '' : ` (${dateOfDay(start, Math.floor(day))})`}`;

const coveredText = (day: number | null): string => (day === null ? 'never' : `from day ${formatDecimal(day, 1)}`);

const surelyText = (day: number | null): string => (day === null ? 'never surely to the horizon' : `surely from day ${formatDecimal(day, 1)} to the horizon`);

/** "30..90", or "30" for a single day; "stays" for a departure past the horizon. */
function daysText(days: ContributorEstimate['arrivesDay'] | null): string {
  return days === null ? 'stays' : formatInterval(days, 'length');
}

/** What the panel shows: the lines above the chart, the chart, and a row per contributor. */
export interface TimelineLines {
  readonly heading: readonly string[];
  readonly chart: readonly string[];
  readonly contributors: readonly { readonly text: string; readonly presence: Presence }[];
}

/**
 * The panel's lines for `estimate` with the cursor on `day`, in `width`
 * columns and `height` rows; `coverage` (a simulation's) adds the chance of
 * being covered by that day. Null without a coalition.
 */
export function timelineLines(estimate: Estimate, day: number, width: number, height: number, coverage: SimulatedCoverage | null): TimelineLines | null {
  const coalition = estimate.coalition;
  if (coalition === null) return null;
  const { timeline } = coalition;
  const step = stepOn(timeline, day);
  const chance = coverage === null ? '' : `; covered by this day in ${percentText(coveredByDay(coverage, day))} of samples`;
  const heading = [
    `${dayText(day, timeline.start)}: pledged ${formatInterval(step.pledgedTroops, 'count')} of ${formatInterval(estimate.figures.deployedTroops, 'count')} needed, short ${formatInterval(step.shortfallTroops, 'count')}`,
    `Can cover ${coveredText(timeline.coveredFromDay.min)}; ${surelyText(timeline.coveredFromDay.max)}${chance}`,
  ];
  const rows = Math.max(1, height - FIXED_LINES - (timeline.start === null ? 0 : 1) - Math.min(CONTRIBUTOR_LINES, coalition.contributors.length + 1) - 1);
  const chart = timelineChart(estimate, width, rows, day) ?? [];
  const nameWidth = Math.min(20, Math.max(...coalition.contributors.map((contributor) => sanitizeText(contributor.country).length), 11));
  const contributors = coalition.contributors.map((contributor) => {
    const presence = presenceOn(day, contributor.arrivesDay, contributor.leavesDay);
    const name = sanitizeText(contributor.country);
    const cut = name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name.padEnd(nameWidth);
    return {
      presence,
      // Presence first: the days may be cut at the panel's edge, never whether it is there.
      text: `${cut}  ${PRESENCE_TEXT[presence].padEnd(11)}  ${formatInterval(contributor.troops, 'count').padStart(12)}  arrives ${daysText(contributor.arrivesDay)}, leaves ${daysText(contributor.leavesDay)}`,
    };
  });
  return { heading, chart, contributors };
}

/** The header over the contributors' rows. */
export function contributorsHeader(estimate: Estimate): string {
  const count = estimate.coalition?.contributors.length ?? 0;
  return `${formatCount(count)} ${count === 1 ? 'contributor' : 'contributors'} on the cursor's day (Up/Down to choose)`;
}
