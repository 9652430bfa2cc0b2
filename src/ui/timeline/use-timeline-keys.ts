import type { Dispatch } from 'react';
import type { Scenario } from '../../core/index.js';
import { entryKey } from '../keys/typed-text.js';
import { useKeys } from '../keys/use-keys.js';
import { CURSOR_STEP_DAYS, type TimelineAction } from './timeline-state.js';

/** When the Timeline keys are on, what they move over, and the scenario as its file has it. */
export interface TimelineKeysOptions {
  readonly isActive: boolean;
  /** True while an arrival is being typed: letters go into it. */
  readonly typing: boolean;
  readonly horizonDays: number;
  readonly stepDays: readonly number[];
  readonly contributorCount: number;
  /** The open scenario as loaded: an arrival is checked against its departure. */
  readonly scenario: Scenario;
}

/**
 * Keys of the Timeline panel: Left/Right move the day a week, [ and ] to
 * the previous or next step, Home and End to day 0 and the horizon; Up/Down
 * choose a contributor, - and + move its arrival a week, Enter types one
 * (days, a range, a date), as the factor editor types a value.
 */
export function useTimelineKeys(dispatch: Dispatch<TimelineAction>, { isActive, typing, horizonDays, stepDays, contributorCount, scenario }: TimelineKeysOptions): void {
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (typing) {
        entryKey(input, key, {
          apply: () => dispatch({ type: 'applyEntry', scenario }),
          cancel: () => dispatch({ type: 'cancelEntry' }),
          deleteChar: () => dispatch({ type: 'deleteEntryChar' }),
          type: (text) => dispatch({ type: 'typeEntry', text }),
        });
        return;
      }
      if (key.leftArrow) dispatch({ type: 'moveDay', days: -CURSOR_STEP_DAYS, horizonDays });
      else if (key.rightArrow) dispatch({ type: 'moveDay', days: CURSOR_STEP_DAYS, horizonDays });
      else if (input === '[') dispatch({ type: 'toStep', direction: -1, stepDays });
      else if (input === ']') dispatch({ type: 'toStep', direction: 1, stepDays });
      else if (key.home) dispatch({ type: 'moveDay', days: -horizonDays, horizonDays });
      else if (key.end) dispatch({ type: 'moveDay', days: horizonDays, horizonDays });
      else if (key.upArrow) dispatch({ type: 'moveContributor', move: { type: 'up' }, count: contributorCount });
      else if (key.downArrow) dispatch({ type: 'moveContributor', move: { type: 'down' }, count: contributorCount });
      // `=` is `+` without Shift on most keyboards.
      else if (input === '+' || input === '=') dispatch({ type: 'shiftArrival', scenario, direction: 1 });
      else if (input === '-') dispatch({ type: 'shiftArrival', scenario, direction: -1 });
      else if (key.return && contributorCount > 0) dispatch({ type: 'startEntry' });
    },
    { isActive },
  );
}
