import { Text } from 'ink';
import { memo } from 'react';
import { sameCapability, type Estimate, type Interval } from '../../core/index.js';
import { capabilityRow, perPhrase } from '../../report/capability-rows.js';
import { formatInterval, formatQuantity, unitFor } from '../../report/number-format.js';
import { sanitizeText } from '../../text/sanitize.js';
import { textWidth, wrap } from '../../text/text-width.js';
import { Bar } from '../components/bar.js';
import { Cell } from '../components/cell.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { Row } from '../components/row.js';
import { StyledText } from '../components/styled-text.js';
import { visibleWindow } from '../components/visible-window.js';
import { WrappedText } from '../components/wrapped-text.js';
import { NEED_STEP, type CapabilitiesState, type CapabilityNotice } from './capabilities-state.js';

/** Props of the CapabilitiesPanel. */
export interface CapabilitiesPanelProps {
  readonly estimate: Estimate;
  readonly state: CapabilitiesState;
  /** The rows (0 is air cover) whose need the planner changed. */
  readonly changed: ReadonlySet<number>;
  readonly width: number;
  readonly height: number;
}

const CURSOR_WIDTH = 2;
const MARK_WIDTH = 2;
const GAP = 2;
/** The label before each bar ("need", "pledged"), indented under the name. */
const BAR_LABEL_WIDTH = 12;
/** The bars keep at least this many columns and take at most this many. */
const MIN_BAR_WIDTH = 8;
const MAX_BAR_WIDTH = 40;
/** The columns' headings. */
const HEADINGS = { need: 'NEED', pledged: 'PLEDGED', shortfall: 'SHORT', without: 'NO BACKSTOP' } as const;

/** What a contributor marked backstop provides of a capability, as the file gives it: "United States 4". */
function backstopText(estimate: Estimate, name: string): string {
  return (estimate.coalition?.contributors ?? [])
    .filter((contributor) => contributor.backstop)
    .flatMap((contributor) =>
      contributor.provides
        .filter((provided) => sameCapability(provided.capability, name))
        .map((provided) => `${sanitizeText(contributor.country)} ${formatInterval(provided.units, 'count')}`),
    )
    .join(', ');
}

/** What the panel says when a key changed nothing. */
function noticeText(notice: CapabilityNotice): string {
  switch (notice.kind) {
    case 'airCover':
      return "Air cover's need is the factor air cover per brigade: change it in 3 Factors.";
    case 'bound':
      return notice.direction === 'up' ? 'The need cannot go higher: at most 10,000 units.' : 'The need cannot go lower: at least 0 units.';
    case 'uncountable':
      return `The need cannot change so: ${notice.total} would pass what forcecalc counts exactly.`;
  }
}

/**
 * Each capability's need against what the coalition pledges: its figures on
 * one line (need, pledged, shortfall, shortfall without the backstop), then a
 * bar of the need and a bar of the pledges on one scale, with what the
 * backstop provides beside the pledges. The cursor picks a capability whose
 * need -/+ steps or Enter types, as in the factor editor.
 */
export function CapabilitiesPanel({ estimate, state, changed, width, height }: CapabilitiesPanelProps) {
  const pledged = estimate.coalition !== null;
  const rows = estimate.capabilities.map((capability) => {
    const row = capabilityRow(capability);
    return {
      name: row.name,
      need: row.need,
      pledged: row.coalition[0] ?? '',
      shortfall: row.coalition[1] ?? '',
      without: row.coalition[2] ?? '',
      needPer: row.needPer,
      needValue: capability.figures.need,
      pledgedValue: capability.coalition?.pledged ?? null,
      backstop: backstopText(estimate, capability.name),
    };
  });
  const needWidth = Math.max(HEADINGS.need.length, ...rows.map((row) => row.need.length));
  const pledgedWidth = pledged ? Math.max(HEADINGS.pledged.length, ...rows.map((row) => row.pledged.length)) : 0;
  const shortfallWidth = pledged ? Math.max(HEADINGS.shortfall.length, ...rows.map((row) => row.shortfall.length)) : 0;
  const withoutWidth = pledged ? Math.max(HEADINGS.without.length, ...rows.map((row) => row.without.length)) : 0;
  const numbers = needWidth + (pledged ? GAP + pledgedWidth + GAP + shortfallWidth + GAP + withoutWidth : 0);
  const longestName = Math.max(10, ...rows.map((row) => textWidth(row.name)));
  const nameWidth = Math.max(5, Math.min(longestName, width - CURSOR_WIDTH - MARK_WIDTH - GAP - numbers));
  const barWidth = Math.max(MIN_BAR_WIDTH, Math.min(MAX_BAR_WIDTH, Math.floor((width - BAR_LABEL_WIDTH) / 2)));

  const selected = estimate.capabilities[state.cursor];
  const entryError =
    state.entry === null || state.entry.error === null || selected === undefined
      ? null
      : `! expected ${state.entry.error.expected}, got ${state.entry.error.received}; kept ${formatQuantity(selected.needPer)}`;
  const backstops = (estimate.coalition?.contributors ?? []).filter((contributor) => contributor.backstop).map((contributor) => sanitizeText(contributor.country));
  const footer = [
    pledged
      ? backstops.length === 0
        ? 'No contributor is a backstop: both shortfalls are the same.'
        : `Backstop: ${backstops.join(', ')}, left out of NO BACKSTOP.`
      : 'No coalition: nothing is pledged against these needs.',
    `-/+ steps a need by ${NEED_STEP}; Enter types a value, range or distribution.`,
  ];
  const footerLines = footer.reduce((lines, text) => lines + wrap(text, Math.max(1, width)).length, 0);
  // While a need is typed, its line and the hint or error under it stay on screen, as the notice does.
  const entryLines = state.entry === null ? 0 : 1 + (entryError === null ? 1 : wrap(entryError, Math.max(1, width)).length);
  const noticeLines = state.notice === null ? 0 : wrap(noticeText(state.notice), Math.max(1, width)).length;
  const linesPerCapability = pledged ? 3 : 2;
  const room = Math.max(1, Math.floor((height - 1 - footerLines - 1 - entryLines - noticeLines) / linesPerCapability));
  const window = visibleWindow(rows.length, state.cursor, room);
  const widths = { nameWidth, needWidth, pledgedWidth, shortfallWidth, withoutWidth };

  return (
    <ClippedColumn width={width} height={height} linesFit={CURSOR_WIDTH + MARK_WIDTH + nameWidth + GAP + numbers <= width}>
      <FiguresLine {...widths} name="CAPABILITY" need={HEADINGS.need} pledged={HEADINGS.pledged} shortfall={HEADINGS.shortfall} without={HEADINGS.without} style="heading" pledgedShown={pledged} />
      {rows.slice(window.start, window.end).map((row, offset) => {
        const index = window.start + offset;
        const scale = Math.max(row.needValue.max, row.pledgedValue?.max ?? 0);
        return (
          <ClippedColumn key={index} linesFit={BAR_LABEL_WIDTH + barWidth + 1 <= width}>
            <FiguresLine
              {...widths}
              name={row.name}
              need={row.need}
              pledged={row.pledged}
              shortfall={row.shortfall}
              without={row.without}
              style={index === state.cursor ? 'cursor' : undefined}
              changed={changed.has(index)}
              pledgedShown={pledged}
            />
            <BarLine label="need" value={row.needValue} scale={scale} width={barWidth} text={row.needPer} />
            {row.pledgedValue === null ? null : (
              <BarLine label="pledged" value={row.pledgedValue} scale={scale} width={barWidth} text={row.backstop === '' ? '' : `backstop: ${row.backstop}`} pledges />
            )}
          </ClippedColumn>
        );
      })}
      <StyledText> </StyledText>
      {footer.map((text, index) => (
        <WrappedText key={index} text={text} width={width} style="muted" />
      ))}
      {state.entry === null || selected === undefined ? null : (
        <>
          <StyledText style="key">
            New need of {sanitizeText(selected.name)} ({unitFor(selected.needPer, selected.unit)} {perPhrase(selected.per)}): {state.entry.text}_
          </StyledText>
          {entryError === null ? (
            <StyledText style="muted">e.g. 2, 1..2 or triangular(1, 2, 4); Enter applies, Esc cancels</StyledText>
          ) : (
            <WrappedText text={entryError} width={width} style="error" />
          )}
        </>
      )}
      {state.notice === null ? null : <WrappedText text={noticeText(state.notice)} width={width} style="error" />}
    </ClippedColumn>
  );
}

/** Props of a FiguresLine: texts and widths as plain values, so an unchanged line is not drawn again. */
interface FiguresLineProps {
  readonly name: string;
  readonly need: string;
  readonly pledged: string;
  readonly shortfall: string;
  readonly without: string;
  readonly style?: 'heading' | 'cursor' | undefined;
  /** The planner changed this need: marked `*`. */
  readonly changed?: boolean;
  readonly pledgedShown: boolean;
  readonly nameWidth: number;
  readonly needWidth: number;
  readonly pledgedWidth: number;
  readonly shortfallWidth: number;
  readonly withoutWidth: number;
}

/** A capability's name and figures, or the headings. */
const FiguresLine = memo(function FiguresLine(props: FiguresLineProps) {
  const { style } = props;
  return (
    <Row>
      <Cell width={CURSOR_WIDTH} style={style === 'cursor' ? style : undefined}>{style === 'cursor' ? '>' : ' '}</Cell>
      <Cell width={MARK_WIDTH} style="changed">{props.changed === true ? '*' : ' '}</Cell>
      <Cell width={props.nameWidth} gap={GAP} style={style}>{props.name}</Cell>
      <Cell width={props.needWidth} align="right" gap={props.pledgedShown ? GAP : 0} style={style}>{props.need}</Cell>
      {props.pledgedShown ? (
        <>
          <Cell width={props.pledgedWidth} align="right" gap={GAP} style={style}>{props.pledged}</Cell>
          <Cell width={props.shortfallWidth} align="right" gap={GAP} style={style}>{props.shortfall}</Cell>
          <Cell width={props.withoutWidth} align="right" style={style}>{props.without}</Cell>
        </>
      ) : null}
    </Row>
  );
});

/** A bar under a capability: its label, the bar on the capability's scale, and a text after it. */
function BarLine({ label, value, scale, width, text, pledges = false }: { label: string; value: Interval; scale: number; width: number; text: string; pledges?: boolean }) {
  return (
    <Row>
      <Cell width={BAR_LABEL_WIDTH} style="muted">{`    ${label}`}</Cell>
      <Bar value={value} scaleMax={scale} width={width} style={pledges ? 'barPledged' : 'barNeeded'} padded />
      <Text wrap="truncate-end">{text === '' ? '' : ` ${text}`}</Text>
    </Row>
  );
}
