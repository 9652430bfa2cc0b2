import type { Dispatch } from 'react';
import { useKeys } from '../keys/use-keys.js';
import { CURSOR_STEP_DAYS, type TimelineAction } from './timeline-state.js';

/** When the Timeline keys are on, and what they move over. */
export interface TimelineKeysOptions {
  readonly isActive: boolean;
  readonly horizonDays: number;
  readonly stepDays: readonly number[];
  readonly contributorCount: number;
  /** Moves the chosen contributor's arrival a week later (1) or earlier (-1). */
  readonly onShift: (direction: 1 | -1) => void;
}

/**
 * Keys of the Timeline panel: Left/Right move the day a week, [ and ] to
 * the previous or next step, Home and End to day 0 and the horizon; Up/Down
 * choose a contributor, - and + move its arrival a week.
 */
export function useTimelineKeys(dispatch: Dispatch<TimelineAction>, { isActive, horizonDays, stepDays, contributorCount, onShift }: TimelineKeysOptions): void {
  useKeys(
    (input, key) => {
      if (key.leftArrow) dispatch({ type: 'moveDay', days: -CURSOR_STEP_DAYS, horizonDays });
      else if (key.rightArrow) dispatch({ type: 'moveDay', days: CURSOR_STEP_DAYS, horizonDays });
      else if (input === '[') dispatch({ type: 'toStep', direction: -1, stepDays });
      else if (input === ']') dispatch({ type: 'toStep', direction: 1, stepDays });
      else if (key.home) dispatch({ type: 'moveDay', days: -horizonDays, horizonDays });
      else if (key.end) dispatch({ type: 'moveDay', days: horizonDays, horizonDays });
      else if (key.upArrow) dispatch({ type: 'moveContributor', move: { type: 'up' }, count: contributorCount });
      else if (key.downArrow) dispatch({ type: 'moveContributor', move: { type: 'down' }, count: contributorCount });
      else if (input === '+' || input === '=') onShift(1);
      else if (input === '-') onShift(-1);
    },
    { isActive },
  );
}
