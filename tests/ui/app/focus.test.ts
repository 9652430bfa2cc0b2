import { describe, expect, it } from 'vitest';
import { appReducer, initialAppState, type AppAction, type Panel } from '../../../src/ui/app/app-state.js';
import { factorEditorReducer, initialFactorEditorState } from '../../../src/ui/factor-editor/factor-editor-state.js';
import { figuresReducer, initialFiguresState } from '../../../src/ui/estimate/figures-state.js';
import { currentFocus, escapeQuits, isTyping, type Focus, type FocusInputs } from '../../../src/ui/app/focus.js';
import { promptReducer } from '../../../src/ui/prompt/prompt-state.js';
import { capabilitiesReducer, initialCapabilitiesState } from '../../../src/ui/capabilities/capabilities-state.js';
import { initialScenarioListState, scenarioListReducer } from '../../../src/ui/list/scenario-list-state.js';
import { listItem } from '../../../src/ui/list/scenario-rows.js';
import { initialTimelineState } from '../../../src/ui/timeline/timeline-state.js';
import { ceasefire } from '../build-scenarios.js';

const base: FocusInputs = {
  app: initialAppState,
  list: initialScenarioListState([listItem(ceasefire)]),
  editor: factorEditorReducer(initialFactorEditorState, { type: 'open', scenario: ceasefire }),
  figures: initialFiguresState,
  capabilities: capabilitiesReducer(initialCapabilitiesState, { type: 'open', scenario: ceasefire }),
  timeline: initialTimelineState,
  prompt: null,
};
const app = (...actions: AppAction[]) => actions.reduce(appReducer, initialAppState);
const onPanel = (panel: Panel) => app({ type: 'openScenario', id: 'ceasefire' }, { type: 'showPanel', panel });

describe('focus', () => {
  it.each<[string, Partial<FocusInputs>, Focus, boolean, boolean]>([
    // name, inputs, focus, typing, Esc quits
    ['the list', {}, 'list', false, true],
    ['the filter being typed', { list: scenarioListReducer(base.list, { type: 'startFilter' }) }, 'filter', true, false],
    ['the list with a filter kept', { list: [{ type: 'startFilter' } as const, { type: 'typeFilter', text: 'c' } as const, { type: 'keepFilter' } as const].reduce(scenarioListReducer, base.list) }, 'list', false, false],
    ['the estimate', { app: onPanel('estimate') }, 'estimate', false, true],
    ['the sources of a figure', { app: onPanel('estimate'), figures: figuresReducer(initialFiguresState, { type: 'toggleSources' }) }, 'sources', false, false],
    ['the uncertainty of the estimate', { app: onPanel('estimate'), figures: figuresReducer(initialFiguresState, { type: 'toggleUncertainty' }) }, 'uncertainty', false, false],
    ['the sectors', { app: onPanel('sectors') }, 'sectors', false, true],
    ['the factors', { app: onPanel('factors') }, 'factors', false, true],
    ['the map', { app: onPanel('map') }, 'map', false, true],
    ['the capabilities', { app: onPanel('capabilities') }, 'capabilities', false, true],
    ['a capability need being typed', { app: onPanel('capabilities'), capabilities: { ...base.capabilities, entry: { text: '', error: null } } }, 'capabilityEntry', true, false],
    ['the timeline', { app: onPanel('timeline') }, 'timeline', false, true],
    ['an arrival being typed', { app: onPanel('timeline'), timeline: { ...initialTimelineState, entry: { text: '' } } }, 'timelineEntry', true, false],
    ['a factor value being typed', { app: onPanel('factors'), editor: factorEditorReducer(base.editor, { type: 'startEntry' }) }, 'entry', true, false],
    ['the compare view', { app: app({ type: 'openCompare' }) }, 'compare', false, true],
    ['the help over any screen', { app: app({ type: 'openCompare' }, { type: 'toggleHelp' }) }, 'help', false, false],
    ['a save name', { app: onPanel('factors'), prompt: promptReducer(null, { type: 'openSave', name: 'x', title: 'X (edited)' }) }, 'promptText', true, false],
    ['an export format', { app: onPanel('factors'), prompt: promptReducer(null, { type: 'openExport' }) }, 'promptFormat', false, false],
  ])('%s', (_name, inputs, focus, typing, quits) => {
    const all = { ...base, ...inputs };
    expect(currentFocus(all)).toBe(focus);
    expect(isTyping(focus)).toBe(typing);
    expect(escapeQuits(focus, all.list)).toBe(quits);
  });
});
