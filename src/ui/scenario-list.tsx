import { Box } from 'ink';
import { sanitizeText } from '../core/index.js';
import { textWidth, truncate, wrap } from '../core/text-width.js';
import { formatProblem, type Problem } from '../scenarios/problem.js';
import { Cell } from './cell.js';
import { visibleItems, type ScenarioListState } from './scenario-list-state.js';
import { StyledText } from './styled-text.js';
import { visibleWindow } from './visible-window.js';
import { ClippedColumn } from './clipped-column.js';
import { Row } from './row.js';

/** A scenario as a row of the list, its text sanitised and its numbers formatted. */
export interface ScenarioRow {
  readonly id: string;
  readonly title: string;
  /** The coverage length, "1,350". */
  readonly lineKm: string;
  /** The brigades range, "2..3". */
  readonly brigades: string;
  /** The scenario's description, shown under the list for the scenario at the cursor ("" for none). */
  readonly description: string;
}

/** Props of the ScenarioList. */
export interface ScenarioListProps {
  readonly state: ScenarioListState;
  readonly rows: ReadonlyMap<string, ScenarioRow>;
  /** Problems of files that were skipped. */
  readonly problems: readonly Problem[];
  readonly width: number;
  readonly height: number;
}

const GAP = 2;
const CURSOR_WIDTH = 2;
const MARK_WIDTH = 4;
/** The narrowest number columns (their headings); wider when a value needs it, as numbers are never cut. */
const MIN_LINE_WIDTH = 9;
const MIN_BRIGADES_WIDTH = 8;
/** Problem lines shown at most; the rest are counted. */
const MAX_PROBLEM_LINES = 3;
/** Lines of the description of the scenario at the cursor, at most. */
const MAX_DESCRIPTION_LINES = 4;
/** Rows of scenarios the description never takes the place of. */
const MIN_LIST_ROWS = 5;
const DESCRIPTION_INDENT = 2;

/** Lines the problems block takes: a blank line, a heading, the problems and a "more" line. */
function problemLines(problems: readonly Problem[], room: number): { shown: number; lines: number } {
  if (problems.length === 0) return { shown: 0, lines: 0 };
  const shown = Math.max(0, Math.min(problems.length, MAX_PROBLEM_LINES, room - 3));
  return { shown, lines: 2 + shown + (shown < problems.length ? 1 : 0) };
}

/**
 * The description of the scenario at the cursor, wrapped into at most `room`
 * lines (the last ending in "…" when cut); none when there is no room for it
 * and a blank line above it.
 */
function descriptionLines(description: string, width: number, room: number): string[] {
  const shown = Math.min(MAX_DESCRIPTION_LINES, room - 1);
  if (description === '' || shown < 1) return [];
  const lines = wrap(description, Math.max(1, width - DESCRIPTION_INDENT));
  if (lines.length <= shown) return lines;
  const last = lines.slice(shown - 1).join(' ');
  return [...lines.slice(0, shown - 1), truncate(last, Math.max(1, width - DESCRIPTION_INDENT))];
}

/**
 * The scenario list: cursor `>`, marks `[x]`, id, title, line length, brigades;
 * the description of the scenario at the cursor; then skipped files.
 */
export function ScenarioList({ state, rows, problems, width, height }: ScenarioListProps) {
  const items = visibleItems(state);
  const showFilter = state.typingFilter || state.filter !== '';
  const problemBlock = problemLines(problems, height - 3);
  const roomAboveProblems = height - (showFilter ? 1 : 0) - 1 - problemBlock.lines;
  const selected = items[state.cursor];
  const description = descriptionLines(
    selected === undefined ? '' : (rows.get(selected.id)?.description ?? ''),
    width,
    roomAboveProblems - Math.min(items.length, MIN_LIST_ROWS),
  );
  const listHeight = Math.max(1, roomAboveProblems - (description.length > 0 ? description.length + 1 : 0));
  // The description sits right under the rows it describes; the problems stay at the bottom.
  const rowsHeight = description.length > 0 ? Math.min(listHeight, Math.max(1, items.length)) : listHeight;
  const window = visibleWindow(items.length, state.cursor, listHeight);
  const idWidth = Math.min(22, Math.max(4, ...items.map((item) => textWidth(rows.get(item.id)?.id ?? ''))));
  const shown = [...rows.values()];
  const lineWidth = Math.max(MIN_LINE_WIDTH, ...shown.map((row) => row.lineKm.length));
  const brigadesWidth = Math.max(MIN_BRIGADES_WIDTH, ...shown.map((row) => row.brigades.length));
  const titleWidth = Math.max(1, width - CURSOR_WIDTH - MARK_WIDTH - idWidth - GAP - GAP - lineWidth - GAP - brigadesWidth);
  const files = new Set(problems.map((problem) => problem.file)).size;

  return (
    <ClippedColumn width={width} height={height}>
      {showFilter ? (
        <StyledText style="key">
          Filter: {sanitizeText(state.filter)}
          {state.typingFilter ? '_' : ''}
        </StyledText>
      ) : null}
      <Row>
        <Cell width={CURSOR_WIDTH + MARK_WIDTH} />
        <Cell width={idWidth} gap={GAP} style="heading">ID</Cell>
        <Cell width={titleWidth} gap={GAP} style="heading">TITLE</Cell>
        <Cell width={lineWidth} align="right" gap={GAP} style="heading">LINE KM</Cell>
        <Cell width={brigadesWidth} align="right" style="heading">BRIGADES</Cell>
      </Row>
      <Box flexDirection="column" height={Math.max(1, roomAboveProblems)} flexShrink={0}>
        <ClippedColumn height={rowsHeight}>
          {items.length === 0 ? (
            <StyledText style="muted">
              {state.items.length === 0 ? '  No scenario could be read.' : `  No scenario matches "${sanitizeText(state.filter)}".`}
            </StyledText>
          ) : null}
          {items.slice(window.start, window.end).map((item, offset) => {
            const index = window.start + offset;
            const row = rows.get(item.id);
            const atCursor = index === state.cursor;
            const style = atCursor ? 'cursor' : undefined;
            return (
              <Row key={item.id}>
                <Cell width={CURSOR_WIDTH} style={style}>{atCursor ? '>' : ' '}</Cell>
                <Cell width={MARK_WIDTH} style={style}>{state.marked.includes(item.id) ? '[x]' : '[ ]'}</Cell>
                <Cell width={idWidth} gap={GAP} style={style}>{row?.id}</Cell>
                <Cell width={titleWidth} gap={GAP} style={style}>{row?.title}</Cell>
                <Cell width={lineWidth} align="right" gap={GAP} style={style}>{row?.lineKm}</Cell>
                <Cell width={brigadesWidth} align="right" style={style}>{row?.brigades}</Cell>
              </Row>
            );
          })}
        </ClippedColumn>
        {description.length > 0 ? (
          <Box flexDirection="column" marginTop={1}>
            {description.map((line, index) => (
              <StyledText key={index} style="muted">
                {' '.repeat(DESCRIPTION_INDENT)}
                {line}
              </StyledText>
            ))}
          </Box>
        ) : null}
      </Box>
      {problemBlock.lines > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          <StyledText style="error">
            Skipped {files} {files === 1 ? 'file' : 'files'} with problems:
          </StyledText>
          {problems.slice(0, problemBlock.shown).map((problem, index) => (
            <StyledText key={index}>  {sanitizeText(formatProblem(problem))}</StyledText>
          ))}
          {problemBlock.shown < problems.length ? (
            <StyledText style="muted">  ... and {problems.length - problemBlock.shown} more (forcecalc validate shows all)</StyledText>
          ) : null}
        </Box>
      ) : null}
    </ClippedColumn>
  );
}
