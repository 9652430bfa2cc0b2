import { memo } from 'react';
import { FIGURE_NAMES, FIGURES, figureValue, isFactorName, type Estimate, type FactorName } from '../../core/index.js';
import { textWidth } from '../../text/text-width.js';
import { Cell } from '../components/cell.js';
import { inputName, inputWithValue, sourceEntries } from './figure-inputs.js';
import { figureText } from './figure-text.js';
import { selectedFigure, type FiguresState } from './figures-state.js';
import { sourceLines, sourcesMaxScroll } from './source-lines.js';
import { StyledText } from '../components/styled-text.js';
import { WrappedText } from '../components/wrapped-text.js';
import { visibleWindow } from '../components/visible-window.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { Row } from '../components/row.js';
import type { UncertaintyState } from '../uncertainty/uncertainty-state.js';
import { UncertaintyView } from '../uncertainty/uncertainty-view.js';

/** Props of the FiguresPanel. */
export interface FiguresPanelProps {
  readonly estimate: Estimate;
  readonly state: FiguresState;
  /** Factors the planner changed: marked `*` among a figure's inputs. */
  readonly changed: ReadonlySet<FactorName>;
  /** The simulation and tornado of the current values, as far as computed: shown when `state.uncertainty` is open. */
  readonly uncertainty: UncertaintyState;
  readonly width: number;
  readonly height: number;
  /** The Timeline panel's cursor, for the uncertainty view's chance of being covered by that day. */
  readonly timelineDay?: number;
}

const CURSOR_WIDTH = 2;
/** The longest figure label and two spaces: derived from the figure table, so a new figure's label fits. */
const LABEL_WIDTH = Math.max(...FIGURE_NAMES.map((name) => textWidth(FIGURES[name].label))) + 2;
const GAP = 2;
/** Lines under the table: a blank line, the formula, and the inputs (wrapped). */
const DETAIL_LINES = 4;
/** Room the inputs column needs before it is shown beside the values. */
const MIN_INPUTS_WIDTH = 40;

/** The estimate: every figure with its value; the selected one with its formula and inputs; or its sources; or the uncertainty. */
export function FiguresPanel(props: FiguresPanelProps) {
  const { state } = props;
  if (state.sources !== null) return <FigureSources {...props} />;
  if (state.uncertainty !== null) {
    return (
      <UncertaintyView
        estimate={props.estimate}
        uncertainty={props.uncertainty}
        scroll={state.uncertainty.scroll}
        width={props.width}
        height={props.height}
        {...(props.timelineDay === undefined ? {} : { coveredDay: props.timelineDay })}
      />
    );
  }
  return <FigureTable {...props} />;
}

function FigureTable({ estimate, state, changed, width, height }: FiguresPanelProps) {
  const values = FIGURE_NAMES.map((name) => figureText(name, figureValue(estimate, name)));
  const valueWidth = Math.max(5, ...values.map((text) => text.length));
  const inputsWidth = width - CURSOR_WIDTH - LABEL_WIDTH - valueWidth - GAP;
  const showInputs = inputsWidth >= MIN_INPUTS_WIDTH;
  const rowsHeight = Math.max(1, height - 1 - DETAIL_LINES);
  const window = visibleWindow(FIGURE_NAMES.length, state.cursor, rowsHeight);
  const selected = FIGURES[selectedFigure(state)];
  const marked = (input: (typeof selected.inputs)[number]) => (isFactorName(input) && changed.has(input) ? '*' : '');

  return (
    <ClippedColumn width={width} height={height} linesFit={CURSOR_WIDTH + LABEL_WIDTH + valueWidth + GAP <= width}>
      <Row>
        <Cell width={CURSOR_WIDTH + LABEL_WIDTH} style="heading">  FIGURE</Cell>
        <Cell width={valueWidth} gap={GAP} style="heading">VALUE</Cell>
        {showInputs ? <Cell width={inputsWidth} style="heading">FROM</Cell> : null}
      </Row>
      <ClippedColumn height={Math.min(rowsHeight, FIGURE_NAMES.length)} rowsOnly>
        {FIGURE_NAMES.slice(window.start, window.end).map((name, offset) => {
          const index = window.start + offset;
          const atCursor = index === state.cursor;
          return (
            <FigureLine
              key={name}
              label={FIGURES[name].label}
              value={values[index] ?? ''}
              inputs={showInputs ? FIGURES[name].inputs.map((input) => inputName(input) + marked(input)).join(', ') : null}
              atCursor={atCursor}
              valueWidth={valueWidth}
              inputsWidth={inputsWidth}
            />
          );
        })}
      </ClippedColumn>
      <ClippedColumn height={DETAIL_LINES}>
        <StyledText> </StyledText>
        <StyledText style="heading">
          {selected.label} = {selected.formula}
        </StyledText>
        <WrappedText text={`from ${selected.inputs.map((input) => inputWithValue(estimate, input) + marked(input)).join(' · ')}`} width={width} />
      </ClippedColumn>
    </ClippedColumn>
  );
}

function FigureSources({ estimate, state, width, height }: FiguresPanelProps) {
  const figure = FIGURES[selectedFigure(state)];
  const lines = sourceLines(sourceEntries(estimate, figure.inputs), width);
  const maxScroll = sourcesMaxScroll(lines.length, height);
  const scroll = Math.min(state.sources?.scroll ?? 0, maxScroll);
  const below = maxScroll - scroll;
  // Every line is wrapped or cut at the width.
  return (
    <ClippedColumn width={width} height={height} linesFit>
      <StyledText style="heading">
        Sources of {figure.label}
        {scroll > 0 ? `, from line ${scroll + 1}` : ''}
        {below > 0 ? ` (${below} more ${below === 1 ? 'line' : 'lines'}: Down)` : ''}
      </StyledText>
      {lines.slice(scroll, scroll + height - 1).map((line, index) => (
        <StyledText key={scroll + index} style={line.kind === 'heading' ? 'key' : undefined}>
          {line.text}
        </StyledText>
      ))}
    </ClippedColumn>
  );
}

/** Props of a FigureLine: plain values, so an unchanged line is not drawn again. */
interface FigureLineProps {
  readonly label: string;
  readonly value: string;
  /** The inputs column; null when the panel is too narrow for it. */
  readonly inputs: string | null;
  readonly atCursor: boolean;
  readonly valueWidth: number;
  readonly inputsWidth: number;
}

/** One figure with its value and inputs. Memoised: a factor change redraws only the figures it changed. */
const FigureLine = memo(function FigureLine({ label, value, inputs, atCursor, valueWidth, inputsWidth }: FigureLineProps) {
  const style = atCursor ? 'cursor' : undefined;
  return (
    <Row>
      <Cell width={CURSOR_WIDTH} style={style}>{atCursor ? '>' : ' '}</Cell>
      <Cell width={LABEL_WIDTH} style={style}>{label}</Cell>
      <Cell width={valueWidth} gap={GAP} style={style}>{value}</Cell>
      {inputs === null ? null : <Cell width={inputsWidth} style="muted">{inputs}</Cell>}
    </Row>
  );
});
