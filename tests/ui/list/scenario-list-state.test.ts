import { describe, expect, it } from 'vitest';
import {
  initialScenarioListState,
  scenarioListReducer,
  selectedId,
  visibleItems,
  type ScenarioListAction,
  type ScenarioListState,
} from '../../../src/ui/list/scenario-list-state.js';
import { listItem } from '../../../src/ui/list/scenario-rows.js';
import { border, ceasefire, coast } from '../build-scenarios.js';

const items = [ceasefire, border, coast].map(listItem);

/** The list after the actions, from the start. */
function after(...actions: ScenarioListAction[]): ScenarioListState {
  return actions.reduce(scenarioListReducer, initialScenarioListState(items));
}

const typed = (text: string): ScenarioListAction[] => [{ type: 'startFilter' }, ...[...text].map((character) => ({ type: 'typeFilter', text: character }) as const)];

describe('scenario list reducer', () => {
  it.each<[string, ScenarioListAction[], { visible: string[]; selected: string | null; typing: boolean; marked?: string[] }]>([
    ['starts on the first scenario', [], { visible: ['ceasefire', 'border', 'coast'], selected: 'ceasefire', typing: false }],
    ['moves down', [{ type: 'down' }, { type: 'down' }], { visible: ['ceasefire', 'border', 'coast'], selected: 'coast', typing: false }],
    ['stops at the last', [{ type: 'down' }, { type: 'down' }, { type: 'down' }], { visible: ['ceasefire', 'border', 'coast'], selected: 'coast', typing: false }],
    ['pages and jumps', [{ type: 'pageDown', page: 5 }, { type: 'first' }], { visible: ['ceasefire', 'border', 'coast'], selected: 'ceasefire', typing: false }],
    ['filters by id or title while typing', typed('north'), { visible: ['border'], selected: 'border', typing: true }],
    ['filters in any case', typed('WATCH'), { visible: ['coast'], selected: 'coast', typing: true }],
    ['keeps the cursor on a scenario that still matches', [{ type: 'down' }, ...typed('o')], { visible: ['border', 'coast'], selected: 'border', typing: true }],
    ['goes to the first match when the scenario no longer matches', typed('o'), { visible: ['border', 'coast'], selected: 'border', typing: true }],
    ['keeps the cursor when the filter widens', [...typed('o'), { type: 'down' }, { type: 'deleteFilterChar' }], { visible: ['ceasefire', 'border', 'coast'], selected: 'coast', typing: true }],
    ['keeps the filter after Enter', [...typed('co'), { type: 'keepFilter' }], { visible: ['coast'], selected: 'coast', typing: false }],
    ['clears the filter on Esc', [...typed('co'), { type: 'clearFilter' }], { visible: ['ceasefire', 'border', 'coast'], selected: 'coast', typing: false }],
    ['selects nothing when nothing matches', typed('zz'), { visible: [], selected: null, typing: true }],
    ['marks in the order marked', [{ type: 'down' }, { type: 'toggleMark' }, { type: 'up' }, { type: 'toggleMark' }], { visible: ['ceasefire', 'border', 'coast'], selected: 'ceasefire', typing: false, marked: ['border', 'ceasefire'] }],
    ['unmarks a marked scenario', [{ type: 'toggleMark' }, { type: 'toggleMark' }], { visible: ['ceasefire', 'border', 'coast'], selected: 'ceasefire', typing: false, marked: [] }],
    ['marks the scenario under the cursor of a filtered list', [...typed('coast'), { type: 'toggleMark' }], { visible: ['coast'], selected: 'coast', typing: true, marked: ['coast'] }],
    ['marks nothing when nothing matches', [...typed('zz'), { type: 'toggleMark' }], { visible: [], selected: null, typing: true, marked: [] }],
  ])('%s', (_name, actions, expected) => {
    const state = after(...actions);
    expect(visibleItems(state).map((item) => item.id)).toEqual(expected.visible);
    expect(selectedId(state)).toBe(expected.selected);
    expect(state.typingFilter).toBe(expected.typing);
    expect(state.marked).toEqual(expected.marked ?? []);
  });

  it('adds a saved scenario at the end, the cursor on it (the screen shows it)', () => {
    const saved = listItem({ ...coast, id: 'coast-edited' });
    const state = after({ type: 'down' }, { type: 'addItem', item: saved });
    expect(visibleItems(state).map((item) => item.id)).toEqual(['ceasefire', 'border', 'coast', 'coast-edited']);
    expect(selectedId(state)).toBe('coast-edited');
  });

  it('replaces the item of a scenario saved over, in its place', () => {
    const saved = listItem({ ...border, title: 'Northern border, redrawn' });
    const state = after({ type: 'addItem', item: saved });
    expect(state.items).toEqual([items[0], saved, items[2]]);
  });

  it('puts the cursor on a saved scenario the filter shows, and keeps it on the same scenario where the filter hides it', () => {
    const shown = after(...typed('o'), { type: 'down' }, { type: 'addItem', item: listItem({ ...border, id: 'a-border' }) });
    expect(visibleItems(shown).map((item) => item.id)).toEqual(['border', 'coast', 'a-border']);
    expect(selectedId(shown)).toBe('a-border');
    const hidden = after(...typed('o'), { type: 'down' }, { type: 'addItem', item: listItem({ ...ceasefire, id: 'ceasefire-2' }) });
    expect(selectedId(hidden)).toBe('coast');
  });
});
