import { describe, expect, it } from 'vitest';
import { estimate, type Scenario } from '../../../src/core/index.js';
import {
  editedIds,
  editedScenario,
  initialWorkbenchState,
  isEdited,
  overridesOf,
  workbenchReducer,
  type WorkbenchAction,
  type WorkbenchState,
} from '../../../src/ui/workbench/workbench-state.js';
import { HISTORY_LIMIT } from '../../../src/ui/workbench/edit-history.js';
import type { InputField } from '../../../src/ui/workbench/input-entry.js';
import { border, buildUp, ceasefire, multiDomain } from '../build-scenarios.js';

const opened = (scenario: Scenario, ...actions: WorkbenchAction[]): WorkbenchState =>
  actions.reduce(workbenchReducer, workbenchReducer(initialWorkbenchState, { type: 'open', scenario }));

const typed = (field: InputField, text: string): WorkbenchAction[] => [
  { type: 'startEntry', field },
  { type: 'clearEntry' },
  { type: 'typeEntry', text },
  { type: 'submitEntry' },
];

const troopsOf = (state: WorkbenchState, file: Scenario) =>
  estimate(editedScenario(state, file), { overrides: overridesOf(state, file.id) }).figures.troops;

const densityUp: WorkbenchAction = { type: 'editor', action: { type: 'stepUp' } };

describe('workbenchReducer: the inputs typed', () => {
  it('adds a sector in two steps, name then length, and the figures follow', () => {
    // ceasefire: 6,600 troops; a port of 100 km at 3 /km adds 300.
    const state = opened(ceasefire, { type: 'startEntry', field: { kind: 'newSector', name: null } }, { type: 'typeEntry', text: 'Port' }, { type: 'submitEntry' });
    expect(state.entry).toEqual({ field: { kind: 'newSector', name: 'Port' }, text: '', error: null });
    const added = ([{ type: 'typeEntry', text: '100 km' }, { type: 'submitEntry' }] satisfies WorkbenchAction[]).reduce(workbenchReducer, state);
    expect(added.entry).toBeNull();
    expect(editedScenario(added, ceasefire).sectors.map((sector) => sector.name)).toEqual(['Line of contact', 'Hot spot', 'Port']);
    expect(troopsOf(added, ceasefire)).toEqual({ min: 6_900, max: 6_900 });
    expect(isEdited(added, 'ceasefire')).toBe(true);
  });

  it('keeps a refused text with the loader message, the scenario unchanged', () => {
    const state = opened(ceasefire, ...typed({ kind: 'sector', sector: 0, column: 'length' }, '3 km 5'));
    expect(state.entry?.text).toBe('3 km 5');
    expect(state.entry?.error?.received).toMatch(/3 km 5/);
    expect(isEdited(state, 'ceasefire')).toBe(false);
    expect(state.history.get('ceasefire')).toBeUndefined();
    // The next key clears the message.
    expect(workbenchReducer(state, { type: 'deleteEntryChar' }).entry).toMatchObject({ text: '3 km ', error: null });
  });

  it('refuses to remove the last sector, and says so', () => {
    const state = opened(border, { type: 'remove', list: 'sectors', index: 0 });
    expect(state.notice).toEqual({ tone: 'error', text: 'A scenario keeps at least one sector: add another first.' });
    expect(isEdited(state, 'border')).toBe(false);
  });

  it('folds the arrivals into the inputs when a contributor goes, so no arrival lands on the next contributor', () => {
    // build-up: France arrives day 10..30, the UK day 61. Move France a week later, then remove France.
    const state = opened(
      buildUp,
      { type: 'timeline', action: { type: 'shiftArrival', scenario: buildUp, direction: 1 } },
      { type: 'remove', list: 'coalition', index: 0 },
    );
    const scenario = editedScenario(state, buildUp);
    expect(scenario.coalition?.map((contributor) => [contributor.country, contributor.arrives])).toEqual([['United Kingdom', { min: 61, max: 61 }]]);
    expect(state.timeline.arrivalsById.has('build-up')).toBe(false);
    // Undo brings France back with the arrival the planner moved.
    const undone = workbenchReducer(state, { type: 'undo' });
    expect(editedScenario(undone, buildUp).coalition?.[0]?.arrives).toEqual({ min: 17, max: 37 });
  });

  it('keeps the capability needs the planner typed through an edit of the inputs', () => {
    const state = opened(
      multiDomain,
      { type: 'capabilities', action: { type: 'move', move: { type: 'down' } } },
      { type: 'capabilities', action: { type: 'stepUp', overrides: {} } },
      ...typed({ kind: 'sector', sector: 0, column: 'name' }, 'Line of contact'),
    );
    const scenario = editedScenario(state, multiDomain);
    expect(scenario.sectors[0]?.name).toBe('Line of contact');
    expect(scenario.capabilities?.[0]?.need).toEqual({ min: 2, max: 2 });
    // The panel steps on from the need as it stands, not from the file's.
    const stepped = workbenchReducer(state, { type: 'capabilities', action: { type: 'stepUp', overrides: {} } });
    expect(editedScenario(stepped, multiDomain).capabilities?.[0]?.need).toEqual({ min: 3, max: 3 });
  });
});

describe('workbenchReducer: undo and redo', () => {
  it('undoes and redoes every kind of edit, in order', () => {
    const edits: WorkbenchAction[] = [
      densityUp,
      ...typed({ kind: 'title' }, 'Longer line'),
      ...typed({ kind: 'sector', sector: 1, column: 'length' }, '300 km'),
      { type: 'remove', list: 'coalition', index: 1 },
    ];
    const states = edits.reduce<WorkbenchState[]>((all, action) => [...all, workbenchReducer(all.at(-1)!, action)], [opened(ceasefire)]);
    const last = states.at(-1)!;
    expect(last.history.get('ceasefire')?.past).toHaveLength(4);
    const undoneOnce = workbenchReducer(last, { type: 'undo' });
    expect(editedScenario(undoneOnce, ceasefire).coalition).toHaveLength(2);
    const undoneAll = [1, 2, 3].reduce((state) => workbenchReducer(state, { type: 'undo' }), undoneOnce);
    expect(isEdited(undoneAll, 'ceasefire')).toBe(false);
    expect(editedScenario(undoneAll, ceasefire)).toEqual(ceasefire);
    expect(workbenchReducer(undoneAll, { type: 'undo' }).notice).toEqual({ tone: 'info', text: 'Nothing to undo.' });
    const redoneAll = [1, 2, 3, 4].reduce((state) => workbenchReducer(state, { type: 'redo' }), undoneAll);
    expect(editedScenario(redoneAll, ceasefire)).toEqual(editedScenario(last, ceasefire));
    expect(overridesOf(redoneAll, 'ceasefire')).toEqual(overridesOf(last, 'ceasefire'));
    expect(troopsOf(redoneAll, ceasefire)).toEqual(troopsOf(last, ceasefire));
  });

  it('forgets what was undone once a new edit is made', () => {
    const state = opened(ceasefire, densityUp, { type: 'undo' }, ...typed({ kind: 'title' }, 'Other'));
    expect(state.history.get('ceasefire')).toEqual({ past: [{}], future: [] });
    expect(workbenchReducer(state, { type: 'redo' }).notice?.text).toBe('Nothing to redo.');
  });

  it('records nothing for a key that changes nothing: a cursor move, a refused step, an entry that reads back the same value', () => {
    const state = opened(
      ceasefire,
      { type: 'editor', action: { type: 'down' } },
      { type: 'startEntry', field: { kind: 'sector', sector: 0, column: 'length' } },
      { type: 'submitEntry' },
    );
    expect(state.history.get('ceasefire')).toBeUndefined();
  });

  it('undoes in the open scenario only', () => {
    const edited = opened(ceasefire, densityUp);
    const other = [{ type: 'open', scenario: border } as const, densityUp, { type: 'undo' } as const].reduce(workbenchReducer, edited);
    expect(isEdited(other, 'border')).toBe(false);
    expect(isEdited(other, 'ceasefire')).toBe(true);
    expect(editedIds(other)).toEqual(['ceasefire']);
  });

  it('makes reset an edit that can be undone', () => {
    const state = opened(ceasefire, densityUp, ...typed({ kind: 'title' }, 'Other'), { type: 'reset' });
    expect(isEdited(state, 'ceasefire')).toBe(false);
    const undone = workbenchReducer(state, { type: 'undo' });
    expect(editedScenario(undone, ceasefire).title).toBe('Other');
    expect(overridesOf(undone, 'ceasefire').density).toEqual({ min: 4, max: 4 });
  });

  it('keeps at most HISTORY_LIMIT edits per scenario', () => {
    const state = Array.from({ length: HISTORY_LIMIT + 20 }, (_, index) => typed({ kind: 'title' }, `Title ${index}`)).flat().reduce(workbenchReducer, opened(ceasefire));
    expect(state.history.get('ceasefire')?.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('workbenchReducer: saving', () => {
  it('drops the edits of the scenario saved and of the saved copy, with their histories', () => {
    const state = opened(ceasefire, densityUp, ...typed({ kind: 'title' }, 'Saved copy'));
    const saved = workbenchReducer(state, { type: 'saved', from: 'ceasefire', scenario: { ...ceasefire, id: 'ceasefire-edited', title: 'Saved copy' } });
    expect(editedIds(saved)).toEqual([]);
    expect(saved.history.size).toBe(0);
    expect(saved.editor.scenario).toEqual(ceasefire);
  });
});

describe('workbenchReducer: cursors and notices', () => {
  it('says which list grew when a sector or contributor is added, and nothing on other edits', () => {
    const added = opened(ceasefire, { type: 'startEntry', field: { kind: 'newSector', name: 'Port' } }, { type: 'typeEntry', text: '10' }, { type: 'submitEntry' });
    expect(added.added).toEqual({ list: 'sectors', count: 3 });
    expect(workbenchReducer(added, { type: 'undo' }).added).toBeNull();
  });

  it('keeps the Timeline on a contributor there is once contributors went', () => {
    const onTheUk = opened(buildUp, { type: 'timeline', action: { type: 'moveContributor', move: { type: 'down' }, count: 2 } });
    expect(onTheUk.timeline.contributor).toBe(1);
    expect(workbenchReducer(onTheUk, { type: 'remove', list: 'coalition', index: 1 }).timeline.contributor).toBe(0);
  });

  it('clears a notice once shown', () => {
    const refused = opened(border, { type: 'remove', list: 'sectors', index: 0 });
    expect(refused.notice).not.toBeNull();
    expect(workbenchReducer(refused, { type: 'clearNotice' }).notice).toBeNull();
  });
});
