import type { Dispatch } from 'react';
import { sanitizeText } from '../../text/sanitize.js';
import type { AppAction } from '../app/app-state.js';
import { compareLayout } from './compare-layout.js';
import { compareRows, type CompareColumn } from './compare-rows.js';
import type { CompareAction, CompareState } from './compare-state.js';
import { CompareView } from './compare-view.js';
import type { Focus } from '../app/focus.js';
import { useCompareKeys } from './use-compare-keys.js';

/** Props of the CompareScreen. */
export interface CompareScreenProps {
  readonly state: CompareState;
  readonly dispatch: Dispatch<CompareAction>;
  readonly dispatchApp: Dispatch<AppAction>;
  readonly columns: readonly CompareColumn[];
  readonly focus: Focus;
  readonly width: number;
  readonly height: number;
}

/** The marked scenarios side by side, with its keys. */
export function CompareScreen({ state, dispatch, dispatchApp, columns, focus, width, height }: CompareScreenProps) {
  const rows = compareRows(columns);
  const ids = columns.map((column) => sanitizeText(column.estimate.scenario.id));
  const names = { ids, edited: ids.filter((_, index) => columns[index]?.edited === true) };
  const layout = compareLayout(rows, names, width, height);
  useCompareKeys(dispatch, dispatchApp, {
    isActive: focus === 'compare',
    maxRowOffset: layout.maxRowOffset,
    maxColumnOffset: layout.maxColumnOffset,
  });
  return <CompareView names={names} rows={rows} layout={layout} state={state} width={width} height={height} />;
}
