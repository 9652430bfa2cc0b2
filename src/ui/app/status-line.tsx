import { memo } from 'react';
import type { Status } from './app-state.js';
import { StyledText } from '../components/styled-text.js';

/** The outcome of the last save or export, or a hint; a blank line when there is none. Memoised: the status is state, the same object until it changes. */
export const StatusLine = memo(function StatusLine({ status }: { readonly status: Status | null }) {
  if (status === null) return <StyledText> </StyledText>;
  const style = status.tone === 'error' ? 'error' : status.tone === 'success' ? 'success' : 'muted';
  return <StyledText style={style}>{status.text}</StyledText>;
});
