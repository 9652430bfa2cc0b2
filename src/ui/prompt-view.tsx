import { sanitizeText } from '../core/index.js';
import type { PromptState } from './prompt-state.js';
import { StyledText } from './styled-text.js';
import { ClippedColumn } from './clipped-column.js';

/** Props of the PromptView. */
export interface PromptViewProps {
  readonly prompt: PromptState;
  readonly scenariosDir: string;
  readonly exportDir: string;
  readonly width: number;
}

/** The save or export question on two lines: the question with what is typed, then a hint or why a name was refused. */
export function PromptView({ prompt, scenariosDir, exportDir, width }: PromptViewProps) {
  const [question, hint] = promptLines(prompt, scenariosDir, exportDir);
  return (
    <ClippedColumn width={width} height={2}>
      <StyledText style="key">{question}</StyledText>
      {prompt.error === null ? <StyledText style="muted">{hint}</StyledText> : <StyledText style="error">! {sanitizeText(prompt.error)}</StyledText>}
    </ClippedColumn>
  );
}

function promptLines(prompt: PromptState, scenariosDir: string, exportDir: string): [string, string] {
  switch (prompt.step) {
    case 'format':
      return ['Export the estimate as: m Markdown, j JSON', 'The same text as forcecalc estimate --format md|json.'];
    case 'overwrite':
      return [`${sanitizeText(prompt.existing ?? 'The file exists')}.`, 'Overwrite it? y yes, n another name, Esc nothing is written.'];
    case 'name':
      return prompt.kind === 'save'
        ? [`Save the edited scenario as: ${prompt.text}_`, `A new scenario file in ${sanitizeText(scenariosDir)} (".yaml" is added).`]
        : [`Export to file: ${prompt.text}_`, `In ${sanitizeText(exportDir)}.`];
  }
}
