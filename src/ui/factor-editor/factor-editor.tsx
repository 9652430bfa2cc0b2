import { memo } from 'react';
import { FACTOR_NAMES, FACTORS, FIGURES, figureValue, type Estimate, type FactorName } from '../../core/index.js';
import { textWidth, wrap } from '../../text/text-width.js';
import { formatFactor, formatFactorAsWritten } from '../../report/number-format.js';
import { Cell } from '../components/cell.js';
import { selectedFactor, type BoundNotice, type FactorEditorState } from './factor-editor-state.js';
import { figureText, originWord } from '../estimate/figure-text.js';
import { StyledText } from '../components/styled-text.js';
import { visibleWindow } from '../components/visible-window.js';
import { WrappedText } from '../components/wrapped-text.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { Row } from '../components/row.js';

/** Props of the FactorEditor. */
export interface FactorEditorProps {
  readonly state: FactorEditorState;
  /** The estimate under the current values: the factors as resolved, and the headline figures. */
  readonly estimate: Estimate;
  readonly width: number;
  readonly height: number;
  /** Show the headline figures under the editor (when the estimate panel is not beside it). */
  readonly showSummary: boolean;
}

const CURSOR_WIDTH = 2;
const MARK_WIDTH = 2;
/** The longest factor label and two spaces (from the factor table). */
const LABEL_WIDTH = Math.max(...FACTOR_NAMES.map((name) => textWidth(FACTORS[name].label))) + 2;
const ORIGIN_WIDTH = 7;
const GAP = 2;
/** The value column's width unless a value needs more. */
const MIN_VALUE_WIDTH = 24;
/** The figures shown under the editor on a narrow screen, so a change shows its effect at once. */
const SUMMARY_FIGURES = ['troops', 'brigades', 'airCover', 'committedTroops', 'committedBrigades', 'shortfallTroops'] as const;
const SUMMARY_LABEL_WIDTH = Math.max(...SUMMARY_FIGURES.map((name) => textWidth(FIGURES[name].label))) + 2;

function boundText(name: FactorName, value: number): string {
  return formatFactor(name, { min: value, max: value });
}

/** "Density cannot go lower: it must stay at least 0.001 /km." */
function noticeText(notice: BoundNotice): string {
  const { label, bounds } = FACTORS[notice.factor];
  const way = notice.direction === 'up' ? 'higher' : 'lower';
  if (notice.uncountable !== undefined) return `${label} cannot go ${way}: ${notice.uncountable} would pass what forcecalc counts exactly.`;
  if (notice.direction === 'up') return `${label} cannot go higher: it must stay at most ${boundText(notice.factor, bounds.max)}.`;
  const limit = bounds.minExclusive ? 'above' : 'at least';
  return `${label} cannot go lower: it must stay ${limit} ${boundText(notice.factor, bounds.min)}.`;
}

/**
 * How many factors the table shows (under its heading, when `withHeading`)
 * and whether a blank line follows it, in `height` lines of which `reserved`
 * go to the value being typed. The table gives way to the typed value: it
 * drops its blank line, then the factors farthest from the cursor, then its
 * heading.
 */
function tableRoom(height: number, reserved: number): { rows: number; withHeading: boolean; blankLine: boolean } {
  const room = height - reserved;
  const all = FACTOR_NAMES.length;
  if (room >= all + 2) return { rows: all, withHeading: true, blankLine: true };
  if (room >= 2) return { rows: Math.min(all, room - 1), withHeading: true, blankLine: false };
  return { rows: Math.max(0, room), withHeading: false, blankLine: false };
}

/** The factors with their values and where they come from; the selected one's help, a typed value and its error. */
export function FactorEditor({ state, estimate, width, height, showSummary }: FactorEditorProps) {
  const selected = selectedFactor(state);
  const definition = FACTORS[selected];
  // A distribution as written, with its range: pert(2, 3, 5) /km is not the plain range 2..5 /km.
  const values = FACTOR_NAMES.map((name) => formatFactorAsWritten(name, estimate.factors[name].value));
  // Room for "3,000..5,000 troops" and more when a value needs it; never more than the screen leaves.
  const valueWidth = Math.max(
    10,
    Math.min(Math.max(MIN_VALUE_WIDTH, ...values.map((text) => text.length)), width - CURSOR_WIDTH - MARK_WIDTH - LABEL_WIDTH - GAP - ORIGIN_WIDTH),
  );
  const changed = (name: FactorName) => estimate.factors[name].origin === 'override';
  // The shortfall only where there are pledges.
  const summary = SUMMARY_FIGURES.flatMap((name) => {
    const value = figureValue(estimate, name);
    return value === null ? [] : [[FIGURES[name].label, figureText(name, value)] as const];
  });

  const tableWidth = CURSOR_WIDTH + MARK_WIDTH + LABEL_WIDTH + valueWidth + GAP + ORIGIN_WIDTH;
  const summaryWidth = CURSOR_WIDTH + MARK_WIDTH + SUMMARY_LABEL_WIDTH;
  const entryError =
    state.entry === null || state.entry.error === null
      ? null
      : `! expected ${state.entry.error.expected}, got ${state.entry.error.received}; kept ${formatFactorAsWritten(selected, estimate.factors[selected].value)}`;
  // While a value is typed, its line and the hint or error under it are always on screen.
  const entryLines = state.entry === null ? 0 : 1 + (entryError === null ? 1 : wrap(entryError, Math.max(1, width)).length);
  const table = tableRoom(height, entryLines);
  const window = visibleWindow(FACTOR_NAMES.length, state.cursor, table.rows);

  return (
    <ClippedColumn width={width} height={height} linesFit={Math.max(tableWidth, summaryWidth) <= width}>
      {table.withHeading ? (
        <Row>
          <Cell width={CURSOR_WIDTH + MARK_WIDTH + LABEL_WIDTH} style="heading">    FACTOR</Cell>
          <Cell width={valueWidth} gap={GAP} style="heading">VALUE</Cell>
          <Cell width={ORIGIN_WIDTH} style="heading">FROM</Cell>
        </Row>
      ) : null}
      {table.rows > 0
        ? FACTOR_NAMES.slice(window.start, window.end).map((name, offset) => (
            <FactorLine
              key={name}
              label={FACTORS[name].label}
              value={values[window.start + offset] ?? ''}
              origin={originWord(estimate.factors[name].origin)}
              atCursor={window.start + offset === state.cursor}
              changed={changed(name)}
              valueWidth={valueWidth}
            />
          ))
        : null}
      {table.blankLine ? <StyledText> </StyledText> : null}
      {state.entry === null ? (
        <>
          <WrappedText text={`${definition.label}: ${definition.description}.`} width={width} />
          <WrappedText
            text={`-/+ steps by ${boundText(selected, definition.step)}; Enter types a value or range, e.g. ${definition.example}`}
            width={width}
            style="muted"
          />
        </>
      ) : (
        <>
          <StyledText style="key">
            New {definition.label.toLowerCase()}: {state.entry.text}_
          </StyledText>
          {entryError === null ? (
            <StyledText style="muted">e.g. {definition.example} or a range; Enter applies, Esc cancels</StyledText>
          ) : (
            <WrappedText text={entryError} width={width} style="error" />
          )}
        </>
      )}
      {state.notice === null ? null : <StyledText style="error">{noticeText(state.notice)}</StyledText>}
      {showSummary ? (
        <>
          <StyledText> </StyledText>
          {summary.map(([label, value]) => (
            <Row key={label}>
              <Cell width={CURSOR_WIDTH + MARK_WIDTH} />
              <Cell width={SUMMARY_LABEL_WIDTH}>{label}</Cell>
              <Cell width={width - CURSOR_WIDTH - MARK_WIDTH - SUMMARY_LABEL_WIDTH}>{value}</Cell>
            </Row>
          ))}
        </>
      ) : null}
    </ClippedColumn>
  );
}

/** Props of a FactorLine: plain values, so an unchanged line is not drawn again. */
interface FactorLineProps {
  readonly label: string;
  readonly value: string;
  /** Where the value comes from, in a word. */
  readonly origin: string;
  readonly atCursor: boolean;
  /** The planner changed it: marked `*`. */
  readonly changed: boolean;
  readonly valueWidth: number;
}

/** One factor with its value and origin. Memoised: a step redraws only the factor it changed. */
const FactorLine = memo(function FactorLine({ label, value, origin, atCursor, changed, valueWidth }: FactorLineProps) {
  const style = atCursor ? 'cursor' : undefined;
  return (
    <Row>
      <Cell width={CURSOR_WIDTH} style={style}>{atCursor ? '>' : ' '}</Cell>
      <Cell width={MARK_WIDTH} style="changed">{changed ? '*' : ' '}</Cell>
      <Cell width={LABEL_WIDTH} style={style}>{label}</Cell>
      <Cell width={valueWidth} gap={GAP} style={changed ? 'changed' : style}>
        {value}
      </Cell>
      <Cell width={ORIGIN_WIDTH} style="muted">{origin}</Cell>
    </Row>
  );
});
