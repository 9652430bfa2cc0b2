import type { Scenario } from '../../core/index.js';
import { sanitizeText } from '../../text/sanitize.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { StyledText } from '../components/styled-text.js';
import { fieldLine } from '../prompt/prompt-view.js';
import { entryPrompt } from './input-entry.js';
import type { InputEntry } from './workbench-state.js';

/** Lines the entry takes under the body: what is typed, and the hint or why it was refused. */
export const INPUT_ENTRY_LINES = 2;

/** Props of the InputEntryView. */
export interface InputEntryViewProps {
  readonly entry: InputEntry;
  /** The open scenario as it stands: the entry names its sector or contributor. */
  readonly scenario: Scenario;
  readonly width: number;
}

/**
 * A scenario input being typed, where the status line is: "Length of Hot
 * spot (km, ...): 200 km_", and under it the keys, or the loader's message
 * when Enter found the text unreadable. The end of a long text shows, as
 * in the save prompt.
 */
export function InputEntryView({ entry, scenario, width }: InputEntryViewProps) {
  const question = `${sanitizeText(entryPrompt(entry.field, scenario))}: `;
  const message =
    entry.error === null
      ? { text: 'Enter apply, Esc cancel, Ctrl-U clear.', style: 'muted' as const }
      : { text: `! Expected ${sanitizeText(entry.error.expected)}, found ${sanitizeText(entry.error.received)}.`, style: 'error' as const };
  return (
    <ClippedColumn width={width} height={INPUT_ENTRY_LINES} linesFit>
      <StyledText style="focus">{fieldLine(question, sanitizeText(entry.text), width)}</StyledText>
      <StyledText style={message.style}>
        {message.text}
      </StyledText>
    </ClippedColumn>
  );
}
