import { describe, expect, it } from 'vitest';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../../src/ui/app/app-state.js';

const after = (...actions: AppAction[]): AppState => actions.reduce(appReducer, initialAppState);
const open: AppAction = { type: 'openScenario', id: 'ceasefire' };
const status: AppAction = { type: 'showStatus', status: { tone: 'success', text: 'Saved x.yaml' } };

describe('app navigation reducer', () => {
  it.each<[string, AppAction[], Partial<AppState>]>([
    ['starts on the list', [], { screen: 'list', panel: 'estimate', scenarioId: null, help: null, quitting: false }],
    ['opens a scenario on the panel last used', [open], { screen: 'scenario', scenarioId: 'ceasefire', panel: 'estimate' }],
    ['Tab cycles the panels', [open, { type: 'nextPanel' }], { panel: 'sectors' }],
    ['and on to the map', [open, { type: 'nextPanel' }, { type: 'nextPanel' }, { type: 'nextPanel' }], { panel: 'map' }],
    ['and the capabilities last', [open, { type: 'nextPanel' }, { type: 'nextPanel' }, { type: 'nextPanel' }, { type: 'nextPanel' }], { panel: 'capabilities' }],
    ['and comes round again', [open, ...Array.from({ length: 7 }, () => ({ type: 'nextPanel' }) as const)], { panel: 'estimate' }],
    ['Shift-Tab goes back round', [open, { type: 'previousPanel' }], { panel: 'coalition' }],
    ['a number picks a panel', [open, { type: 'showPanel', panel: 'factors' }], { panel: 'factors' }],
    ['goes back to the list', [open, { type: 'back' }], { screen: 'list', scenarioId: 'ceasefire' }],
    ['opens the compare view', [{ type: 'openCompare' }], { screen: 'compare' }],
    ['opens and closes the help', [{ type: 'toggleHelp' }, { type: 'toggleHelp' }], { help: null }],
    ['scrolls the help up to its end', [{ type: 'toggleHelp' }, { type: 'scrollHelpDown', maxScroll: 1 }, { type: 'scrollHelpDown', maxScroll: 1 }], { help: { scroll: 1 } }],
    ['closes the help on Esc', [{ type: 'toggleHelp' }, { type: 'closeHelp' }], { help: null }],
    ['shows a status', [open, status], { status: { tone: 'success', text: 'Saved x.yaml' } }],
    ['clears the status when the screen changes', [open, status, { type: 'back' }], { status: null }],
    ['clears the status when asked (a factor changed)', [open, status, { type: 'clearStatus' }], { status: null }],
    ['keeps the status when the panel changes', [open, status, { type: 'nextPanel' }], { status: { tone: 'success', text: 'Saved x.yaml' } }],
    ['records files written, oldest first', [{ type: 'fileWritten', path: 'a.md' }, { type: 'fileWritten', path: 'b.yaml' }], { written: ['a.md', 'b.yaml'] }],
    ['quits', [open, { type: 'quit', unsaved: false }], { quitting: true }],
    ['asks before quitting with edits not saved', [open, { type: 'quit', unsaved: true }], { quitting: false, confirmingQuit: true }],
    ['quits when asked again (a second Ctrl-C)', [open, { type: 'quit', unsaved: true }, { type: 'quit', unsaved: true }], { quitting: true }],
    ['discards the edits and quits', [open, { type: 'quit', unsaved: true }, { type: 'discardAndQuit' }], { quitting: true }],
    ['stays, the edits kept', [open, { type: 'quit', unsaved: true }, { type: 'stay' }], { quitting: false, confirmingQuit: false }],
  ])('%s', (_name, actions, expected) => {
    expect(after(...actions)).toMatchObject(expected);
  });
});
