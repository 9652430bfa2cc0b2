import { Box, Text } from 'ink';
import type { Estimate } from '../../core/estimate.js';
import type { SimulatedCoverage } from '../../core/simulation/covered-from-day.js';
import { StyledText } from '../components/styled-text.js';
import { WrappedText } from '../components/wrapped-text.js';
import { contributorsHeader, timelineLines } from './timeline-lines.js';
import { sanitizeText } from '../../text/sanitize.js';
import type { ArrivalEdits, TimelineNotice, TimelineState } from './timeline-state.js';

/** Props of the TimelinePanel. */
export interface TimelinePanelProps {
  readonly estimate: Estimate;
  readonly state: TimelineState;
  /** The arrivals the planner changed, by contributor: marked `*` (its row shows the new days). */
  readonly changed: ArrivalEdits;
  /** The simulation's coverage of the same values, once computed (the chance of being covered by the cursor's day). */
  readonly coverage: SimulatedCoverage | null;
  readonly width: number;
  readonly height: number;
}

/** Why a change of an arrival was refused, in the file parser's words where it read the text. */
function noticeText(notice: TimelineNotice): string {
  switch (notice.kind) {
    case 'beforeDayZero':
      return 'An arrival cannot come before day 0.';
    case 'afterDeparture':
      return 'An arrival must stay before the departure: every day of leaves after every day of arrives.';
    case 'unreadable':
      return sanitizeText(`Expected ${notice.expected}, got ${notice.received}`);
  }
}

/** What the panel says for a scenario without a coalition. */
export const NO_COALITION = 'No coalition: give the scenario coalition: with arrives: and leaves: to see when its contingents are on the ground.';

/**
 * The coalition over time: the cursor's day with what is on the ground and
 * what is short, from what day the line can and surely is covered, the chart
 * of the troops on the ground against the need with the cursor, and each
 * contributor's presence on the cursor's day, the chosen one marked.
 */
export function TimelinePanel({ estimate, state, changed, coverage, width, height }: TimelinePanelProps) {
  const lines = timelineLines(estimate, state.day, width, height, coverage);
  if (lines === null) return <WrappedText text={NO_COALITION} width={width} style="muted" />;
  const notice = state.notice === null ? null : noticeText(state.notice);
  const country = estimate.coalition?.contributors[state.contributor]?.country ?? '';
  const entry = state.entry === null ? null : `Arrival of ${sanitizeText(country)}: ${sanitizeText(state.entry.text)}_  (days, a range or a date; Enter applies, Esc cancels)`;
  const shown = Math.max(0, height - lines.heading.length - lines.chart.length - 1 - (notice === null ? 0 : 1) - (entry === null ? 0 : 1));
  const first = Math.max(0, Math.min(state.contributor - shown + 1, lines.contributors.length - shown));
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {lines.heading.map((line, index) => (
        <StyledText key={`heading-${index}`} style={index === 0 ? 'heading' : undefined}>
          {line}
        </StyledText>
      ))}
      {lines.chart.map((line, index) => (
        <Text key={`chart-${index}`} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
      <StyledText style="muted">{contributorsHeader(estimate)}</StyledText>
      {lines.contributors.slice(first, first + shown).map((row, index) => {
        const selected = first + index === state.contributor;
        return (
          <StyledText key={`contributor-${first + index}`} style={selected ? 'cursor' : row.presence === 'absent' ? 'muted' : undefined}>
            {selected ? '> ' : '  '}
            {changed.has(first + index) ? '* ' : '  '}
            {row.text}
          </StyledText>
        );
      })}
      {entry === null ? null : <StyledText style="focus">{entry}</StyledText>}
      {notice === null ? null : <StyledText style="error">{notice}</StyledText>}
    </Box>
  );
}
