import { Box } from 'ink';
import { sanitizeText } from '../../text/sanitize.js';
import { clampLines, textWidth, wrap } from '../../text/text-width.js';
import { formatProblem, type Problem } from '../../scenarios/problem.js';
import { Cell } from '../components/cell.js';
import { visibleItems, type ScenarioListState } from './scenario-list-state.js';
import { StyledText } from '../components/styled-text.js';
import { visibleWindow } from '../components/visible-window.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { Row } from '../components/row.js';

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
/** The id column never narrows below a few characters and "…". */
const MIN_ID_WIDTH = 4;
/** A title narrower than its heading tells nothing: the column is then left out. */
const MIN_TITLE_WIDTH = 5;
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

/** Widths of the list's columns; a title of width 0 is not shown. */
interface ListColumns {
  readonly idWidth: number;
  readonly titleWidth: number;
  readonly lineWidth: number;
  readonly brigadesWidth: number;
}

/**
 * The columns of the list in `width`: the numbers as wide as their longest
 * value (never cut), the id as wide as its longest (`longestId`), the title
 * what is left. When the room runs out the title gives way first, down to
 * nothing, then the id, down to a few characters cut with "…".
 */
function listColumns(width: number, longestId: number, longestLineKm: number, longestBrigades: number): ListColumns {
  const lineWidth = Math.max(MIN_LINE_WIDTH, longestLineKm);
  const brigadesWidth = Math.max(MIN_BRIGADES_WIDTH, longestBrigades);
  const idNeeded = Math.max(MIN_ID_WIDTH, longestId);
  // Every column but the title, each followed by its gap (the last by none).
  const withoutTitle = CURSOR_WIDTH + MARK_WIDTH + GAP + lineWidth + GAP + brigadesWidth;
  const titleRoom = width - withoutTitle - idNeeded - GAP;
  if (titleRoom >= MIN_TITLE_WIDTH) return { idWidth: idNeeded, titleWidth: titleRoom, lineWidth, brigadesWidth };
  return { idWidth: Math.max(MIN_ID_WIDTH, Math.min(idNeeded, width - withoutTitle)), titleWidth: 0, lineWidth, brigadesWidth };
}

/**
 * "(2 more: Up, 3 more: Down)": the rows the window leaves out above and
 * below, as the other views say what is hidden; "" when every row shows.
 */
function hiddenRowsText(above: number, below: number): string {
  const parts = [above > 0 ? `${above} more: Up` : '', below > 0 ? `${below} more: Down` : ''].filter((part) => part !== '');
  return parts.length === 0 ? '' : `(${parts.join(', ')})`;
}

/**
 * The description of the scenario at the cursor, wrapped into at most `room`
 * lines (the last ending in "…" when cut); none when there is no room for it
 * and a blank line above it.
 */
function descriptionLines(description: string, width: number, room: number): string[] {
  const shown = Math.min(MAX_DESCRIPTION_LINES, room - 1);
  if (description === '' || shown < 1) return [];
  const lineWidth = Math.max(1, width - DESCRIPTION_INDENT);
  return clampLines(wrap(description, lineWidth), shown, lineWidth);
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
    // The line that counts the rows left out, too, when they cannot all show.
    roomAboveProblems - Math.min(items.length, MIN_LIST_ROWS) - (items.length > MIN_LIST_ROWS ? 1 : 0),
  );
  const listHeight = Math.max(1, roomAboveProblems - (description.length > 0 ? description.length + 1 : 0));
  // When rows are left out, a line under the rows says how many: it takes the place of one row.
  const allFit = items.length <= listHeight;
  const window = visibleWindow(items.length, state.cursor, allFit ? listHeight : Math.max(1, listHeight - 1));
  const hiddenText = hiddenRowsText(window.start, items.length - window.end);
  // The description sits right under the rows it describes; the problems stay at the bottom.
  const rowsHeight = description.length > 0 || !allFit ? Math.max(1, window.end - window.start) : listHeight;
  const shown = [...rows.values()];
  const { idWidth, titleWidth, lineWidth, brigadesWidth } = listColumns(
    width,
    Math.max(0, ...items.map((item) => textWidth(rows.get(item.id)?.id ?? ''))),
    Math.max(0, ...shown.map((row) => row.lineKm.length)),
    Math.max(0, ...shown.map((row) => row.brigades.length)),
  );
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
        {hiddenText === '' ? null : (
          <StyledText style="muted">
            {' '.repeat(CURSOR_WIDTH + MARK_WIDTH)}
            {hiddenText}
          </StyledText>
        )}
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
