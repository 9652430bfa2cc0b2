import { sameCapability, type Estimate } from '../../core/index.js';
import { formatInterval } from '../../report/number-format.js';
import { sanitizeText } from '../../text/sanitize.js';
import { textWidth } from '../../text/text-width.js';
import { Cell } from '../components/cell.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { Row } from '../components/row.js';
import { StyledText } from '../components/styled-text.js';
import { cursorColumn, cursorRow, type TableCursorState } from '../components/table-cursor-state.js';
import { visibleWindow } from '../components/visible-window.js';
import { WrappedText } from '../components/wrapped-text.js';
import { figureText } from '../estimate/figure-text.js';
import { pledgeAmount } from '../estimate/pledge-line.js';
import { CONTRIBUTOR_COLUMNS } from '../workbench/input-entry.js';

/** Props of the CoalitionPanel. */
export interface CoalitionPanelProps {
  readonly estimate: Estimate;
  /** The contributor and the column (country, pledge, departure, tour, a capability) under the cursor. */
  readonly state: TableCursorState;
  readonly width: number;
  readonly height: number;
}

const CURSOR_WIDTH = 2;
const GAP = 2;
/** The columns' headings; the one Enter types into is shown in brackets. */
const HEADINGS = { country: 'COUNTRY', pledge: 'PLEDGE', troops: 'TROOPS', arrives: 'ARRIVES', leaves: 'LEAVES', tour: 'TOUR', provides: 'PROVIDES' } as const;
/** Lines under the contributors: blank, pledged, needed, shortfall, what Enter types. */
const SUMMARY_LINES = 5;

/** A contributor's line as texts. */
interface ContributorLine {
  readonly country: string;
  readonly pledge: string;
  readonly troops: string;
  readonly arrives: string;
  readonly leaves: string;
  readonly tour: string;
  readonly provides: string;
}

function contributorLines(estimate: Estimate): ContributorLine[] {
  return (estimate.coalition?.contributors ?? []).map((contributor) => ({
    country: `${sanitizeText(contributor.country)}${contributor.backstop ? ' (backstop)' : ''}`,
    pledge: contributor.pledgeKind === 'none' ? 'capabilities only' : pledgeAmount(contributor),
    troops: formatInterval(contributor.troops, 'count'),
    arrives: `day ${formatInterval(contributor.arrivesDay, 'count')}`,
    leaves: contributor.leavesDay === null ? 'stays' : `day ${formatInterval(contributor.leavesDay, 'count')}`,
    tour: contributor.tourDays === null ? 'none' : `${formatInterval(contributor.tourDays, 'count')} d`,
    provides: contributor.provides.map((provided) => `${sanitizeText(provided.capability)} ${formatInterval(provided.units, 'count')}`).join(', '),
  }));
}

/** The heading of a column, in brackets where Enter types into it (PROVIDES for each capability past the pledge). */
function heading(name: keyof typeof HEADINGS, column: number): string {
  const typed = column >= CONTRIBUTOR_COLUMNS.length ? 'provides' : CONTRIBUTOR_COLUMNS[column];
  return typed === name ? `[${HEADINGS[name]}]` : HEADINGS[name];
}

/** What Enter types at the cursor, said under the table: the column's heading cannot name the capability in its width. */
function cursorHint(estimate: Estimate, contributor: number, column: number): string {
  const entry = estimate.coalition?.contributors[contributor];
  if (entry === undefined) return '';
  const country = sanitizeText(entry.country);
  switch (CONTRIBUTOR_COLUMNS[column]) {
    case 'country':
      return `Enter types the country of ${country}; a adds a contributor, x withdraws it.`;
    case 'pledge':
      return `Enter types the pledge of ${country}: 5,000, 2 brigades, or none (capabilities only).`;
    case 'leaves':
      return `Enter types the day ${country} leaves, none: it stays (arrival: panel 6).`;
    case 'tour':
      return `Enter types the tour of ${country}, days a contingent serves (none: one).`;
    case undefined:
      break;
  }
  const capability = estimate.capabilities[column - CONTRIBUTOR_COLUMNS.length]?.name ?? '';
  const units = entry.provides.find((provided) => sameCapability(provided.capability, capability))?.units;
  const now = units === undefined ? 'none now' : `now ${formatInterval(units, 'count')}`;
  return `Enter types the ${sanitizeText(capability)} ${country} provides (${now}).`;
}

/**
 * The coalition: each contributor with its pledge as written, the troops it
 * counts, the days it arrives and leaves, its tour and what it provides; then
 * pledged against needed. The planner adds (`a`), removes (`x`) and types
 * (Enter) a contributor's country, pledge, departure, tour or the units of a
 * capability it provides (Right past the tour goes through the capabilities,
 * named in the PROVIDES heading); the figures are the core's.
 */
export function CoalitionPanel({ estimate, state, width, height }: CoalitionPanelProps) {
  const lines = contributorLines(estimate);
  const coalition = estimate.coalition;
  if (coalition === null) {
    return (
      <WrappedText
        text={`No coalition in this scenario: ${figureText('deployedTroops', estimate.figures.deployedTroops)} needed on the ground. Press a to add a contributor and its pledge.`}
        width={width}
        style="muted"
      />
    );
  }
  // Country, pledge, departure, tour, then each capability (air cover first): kept on one there is.
  const column = cursorColumn(state, CONTRIBUTOR_COLUMNS.length + estimate.capabilities.length);
  const headings: ContributorLine = {
    country: heading('country', column),
    pledge: heading('pledge', column),
    troops: HEADINGS.troops,
    arrives: HEADINGS.arrives,
    leaves: heading('leaves', column),
    tour: heading('tour', column),
    provides: heading('provides', column),
  };
  const widthOf = (key: keyof ContributorLine, least: number) => Math.max(least, textWidth(headings[key]), ...lines.map((line) => textWidth(line[key])));
  const pledgeWidth = widthOf('pledge', 8);
  const troopsWidth = widthOf('troops', 8);
  const arrivesWidth = widthOf('arrives', 7);
  const leavesWidth = widthOf('leaves', 6);
  const tourWidth = widthOf('tour', 4);
  const fixed = CURSOR_WIDTH + pledgeWidth + GAP + troopsWidth + GAP + arrivesWidth + GAP + leavesWidth + GAP + tourWidth + GAP;
  // The country takes what it needs up to half of what is left, or more where what it provides
  // fits beside it; what provides is given the rest.
  const spare = width - fixed - GAP - widthOf('provides', 8);
  const countryWidth = Math.max(7, Math.min(widthOf('country', 7), Math.max(Math.floor((width - fixed) / 2), spare)));
  const providesWidth = Math.max(0, width - fixed - countryWidth - GAP);
  const widths = { countryWidth, pledgeWidth, troopsWidth, arrivesWidth, leavesWidth, tourWidth, providesWidth };
  const rowsHeight = Math.max(1, height - 1 - SUMMARY_LINES);
  const cursor = cursorRow(state, lines.length);
  const window = visibleWindow(lines.length, cursor, rowsHeight);

  return (
    <ClippedColumn width={width} height={height} linesFit>
      <Line {...widths} line={headings} style="heading" />
      <ClippedColumn height={Math.min(rowsHeight, lines.length)} rowsOnly>
        {lines.slice(window.start, window.end).map((line, offset) => (
          <Line key={window.start + offset} {...widths} line={line} style={window.start + offset === cursor ? 'cursor' : undefined} />
        ))}
      </ClippedColumn>
      <StyledText> </StyledText>
      <StyledText>Pledged {figureText('pledgedTroops', coalition.figures.pledgedTroops)}</StyledText>
      <StyledText>Needed {figureText('deployedTroops', estimate.figures.deployedTroops)} deployed</StyledText>
      <StyledText style={coalition.figures.shortfallTroops.max > 0 ? 'error' : 'success'}>Shortfall {figureText('shortfallTroops', coalition.figures.shortfallTroops)}</StyledText>
      <StyledText style="muted">{cursorHint(estimate, cursor, column)}</StyledText>
    </ClippedColumn>
  );
}

interface LineProps {
  readonly line: ContributorLine;
  readonly style?: 'heading' | 'cursor' | undefined;
  readonly countryWidth: number;
  readonly pledgeWidth: number;
  readonly troopsWidth: number;
  readonly arrivesWidth: number;
  readonly leavesWidth: number;
  readonly tourWidth: number;
  readonly providesWidth: number;
}

/** One line of the table; `>` marks the cursor's. */
function Line({ line, style, countryWidth, pledgeWidth, troopsWidth, arrivesWidth, leavesWidth, tourWidth, providesWidth }: LineProps) {
  return (
    <Row>
      <Cell width={CURSOR_WIDTH} style={style === 'cursor' ? style : undefined}>{style === 'cursor' ? '>' : ' '}</Cell>
      <Cell width={countryWidth} gap={GAP} style={style}>{line.country}</Cell>
      <Cell width={pledgeWidth} gap={GAP} style={style}>{line.pledge}</Cell>
      <Cell width={troopsWidth} align="right" gap={GAP} style={style}>{line.troops}</Cell>
      <Cell width={arrivesWidth} gap={GAP} style={style}>{line.arrives}</Cell>
      <Cell width={leavesWidth} gap={GAP} style={style}>{line.leaves}</Cell>
      <Cell width={tourWidth} gap={GAP} style={style}>{line.tour}</Cell>
      <Cell width={providesWidth} style={style}>{line.provides}</Cell>
    </Row>
  );
}
