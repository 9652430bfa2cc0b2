import type { Dispatch } from 'react';
import type { Problem } from '../../scenarios/problem.js';
import type { Focus } from '../app/focus.js';
import { ScenarioList, type ScenarioRow } from './scenario-list.js';
import { selectedId, type ScenarioListAction, type ScenarioListState } from './scenario-list-state.js';
import { useScenarioListKeys } from './use-scenario-list-keys.js';

/** Props of the ListScreen. */
export interface ListScreenProps {
  readonly state: ScenarioListState;
  readonly dispatch: Dispatch<ScenarioListAction>;
  readonly rows: ReadonlyMap<string, ScenarioRow>;
  readonly problems: readonly Problem[];
  readonly focus: Focus;
  readonly width: number;
  readonly height: number;
  readonly onOpen: (id: string) => void;
  readonly onCompare: () => void;
}

/** The scenario list with its keys. */
export function ListScreen({ state, dispatch, rows, problems, focus, width, height, onOpen, onCompare }: ListScreenProps) {
  useScenarioListKeys(dispatch, {
    isActive: focus === 'list' || focus === 'filter',
    typing: focus === 'filter',
    hasFilter: state.filter !== '',
    pageSize: Math.max(1, height - 2),
    onOpen: () => {
      const id = selectedId(state);
      if (id !== null) onOpen(id);
    },
    onCompare,
  });
  return <ScenarioList state={state} rows={rows} problems={problems} width={width} height={height} />;
}
