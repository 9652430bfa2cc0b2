import type { Dispatch } from 'react';
import type { SectorsAction } from './sectors-state.js';
import { useKeys } from '../keys/use-keys.js';

/** When the sectors keys are on, and over how many sectors. */
export interface SectorsKeysOptions {
  readonly isActive: boolean;
  readonly sectorCount: number;
  /** Rows one PgUp/PgDn moves. */
  readonly pageSize: number;
}

/** Keys of the sectors panel: move through the sectors. */
export function useSectorsKeys(dispatch: Dispatch<SectorsAction>, { isActive, sectorCount, pageSize }: SectorsKeysOptions): void {
  useKeys(
    (_input, key) => {
      const move = key.upArrow
        ? ({ type: 'up' } as const)
        : key.downArrow
          ? ({ type: 'down' } as const)
          : key.pageUp
            ? ({ type: 'pageUp', page: pageSize } as const)
            : key.pageDown
              ? ({ type: 'pageDown', page: pageSize } as const)
              : key.home
                ? ({ type: 'first' } as const)
                : key.end
                  ? ({ type: 'last' } as const)
                  : null;
      if (move !== null) dispatch({ type: 'move', move, sectorCount });
    },
    { isActive },
  );
}
