import { escapePath, sanitizeText } from '../../text/sanitize.js';
import { clampLines, textEnd, textWidth, wrap } from '../../text/text-width.js';
import type { PromptState } from './prompt-state.js';
import { StyledText } from '../components/styled-text.js';
import { ClippedColumn } from '../components/clipped-column.js';
import type { StyleName } from '../components/theme.js';

/** Props of the PromptView. */
export interface PromptViewProps {
  readonly prompt: PromptState;
  readonly scenariosDir: string;
  readonly exportDir: string;
  readonly width: number;
  /**
   * Lines the prompt may take (`promptHeight` says how many it needs); a
   * message that needs more is cut, its last line ending in "…". @default 2
   */
  readonly height?: number;
}

/** A line of the prompt and how it looks. */
interface PromptLine {
  readonly text: string;
  readonly style: StyleName;
}

/** The typed name keeps at least this many columns; the question before it gives way first. */
const MIN_FIELD_WIDTH = 10;
/** What marks the end of the typed name, where the next character goes. */
const CURSOR = '_';

/**
 * "Save the edited scenario as: name_" in `width` columns. The end of the
 * name and the cursor always show: a name too long for the line scrolls, its
 * start cut with "…"; where the question leaves the name too little room, the
 * question goes (the hint and the footer under it still say what is asked).
 */
export function fieldLine(question: string, text: string, width: number): string {
  const room = width - textWidth(question) - textWidth(CURSOR);
  const keepsQuestion = textWidth(text) <= room || room >= MIN_FIELD_WIDTH;
  const fieldWidth = keepsQuestion ? room : width - textWidth(CURSOR);
  const shownText = textWidth(text) <= fieldWidth ? text : `…${textEnd(text, fieldWidth - 1)}`;
  return `${keepsQuestion ? question : ''}${shownText}${CURSOR}`;
}

/** The first line of the prompt (a question, with the name being typed) and the message under it, before wrapping. */
function promptParts(prompt: PromptState, scenariosDir: string, exportDir: string): { question: string; field: string | null; message: PromptLine } {
  const message = (hint: string): PromptLine => (prompt.error === null ? { text: hint, style: 'muted' } : { text: `! ${sanitizeText(prompt.error)}`, style: 'error' });
  switch (prompt.step) {
    case 'format':
      return { question: 'Export the estimate as: m Markdown, j JSON', field: null, message: message('The same text as forcecalc estimate --format md|json.') };
    case 'overwrite':
      return {
        question: `${sanitizeText(prompt.existing ?? 'The file exists')}.`,
        field: null,
        message: message('Overwrite it? y yes, n another name, Esc nothing is written.'),
      };
    case 'title':
      return {
        question: 'Title of the saved scenario: ',
        // The default title is the file's: text from a file, sanitised as everywhere.
        field: sanitizeText(prompt.title),
        message: message(`The list shows it; saved as ${escapePath(prompt.text)}.yaml.`),
      };
    case 'name':
      return prompt.kind === 'save'
        ? {
            question: 'Save the edited scenario as: ',
            field: prompt.text,
            message: message(`A new scenario file in ${escapePath(scenariosDir)} (".yaml" is added).`),
          }
        : {
            question: 'Export to file: ',
            field: prompt.text,
            message: message(`In ${escapePath(exportDir)}; a path (folder/name) goes where it says.`),
          };
  }
}

/**
 * Every line of the prompt at `width`: the question, or the question with the
 * typed name on one line that scrolls; then the hint or why the name was
 * refused; each wrapped at the width.
 */
function promptLines(prompt: PromptState, scenariosDir: string, exportDir: string, width: number): { first: PromptLine[]; message: PromptLine[] } {
  const lineWidth = Math.max(1, width);
  const { question, field, message } = promptParts(prompt, scenariosDir, exportDir);
  const first =
    field === null ? wrap(question, lineWidth).map((text) => ({ text, style: 'key' as const })) : [{ text: fieldLine(question, field, lineWidth), style: 'key' as const }];
  return { first, message: wrap(message.text, lineWidth).map((text) => ({ text, style: message.style })) };
}

/** Lines the prompt needs at `width` to show its whole message. */
export function promptHeight(prompt: PromptState, width: number, scenariosDir: string, exportDir: string): number {
  const { first, message } = promptLines(prompt, scenariosDir, exportDir, width);
  return Math.max(2, first.length + message.length);
}

/**
 * The save or export question: the question with what is typed, then a hint
 * or why a name was refused, wrapped in `height` lines. The question keeps
 * its first line and the message its first; what does not fit is cut, the
 * last line shown ending in "…".
 */
export function PromptView({ prompt, scenariosDir, exportDir, width, height = 2 }: PromptViewProps) {
  const { first, message } = promptLines(prompt, scenariosDir, exportDir, width);
  const lines = Math.max(2, height);
  const questionShown = Math.max(1, Math.min(first.length, lines - Math.min(1, message.length)));
  const shown = [...cut(first, questionShown, width), ...cut(message, lines - questionShown, width)];
  return (
    <ClippedColumn width={width} height={lines}>
      {shown.map((line, index) => (
        <StyledText key={index} style={line.style}>
          {line.text}
        </StyledText>
      ))}
    </ClippedColumn>
  );
}

/** The first `count` lines; when some are left out, the last shown ends in "…" and takes the next's words as far as they fit. */
function cut(lines: readonly PromptLine[], count: number, width: number): PromptLine[] {
  return clampLines(lines.map((line) => line.text), count, width).map((text, index) => ({ text, style: lines[index]?.style ?? 'muted' }));
}
