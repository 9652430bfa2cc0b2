import { describe, expect, it } from 'vitest';
import { uncertain, type FactorName, type FactorSettings, type Scenario } from '../../../src/core/index.js';
import { parseFactorValue } from '../../../src/scenarios/index.js';
import {
  currentOverrides,
  factorEditorReducer,
  initialFactorEditorState,
  overridesFor,
  type FactorEditorAction,
  type FactorEditorState,
} from '../../../src/ui/factor-editor/factor-editor-state.js';
import { border, ceasefire, uiScenario } from '../build-scenarios.js';

/** A scenario that sets density 1 /km and rotation 1 in its file. */
const thin = uiScenario({ id: 'thin', title: 'Thin line', factors: { density: 1, rotation: 1 }, sectors: [{ km: 100 }] });

/** The editor with `scenario` open, after the actions. */
function after(scenario: Scenario, ...actions: FactorEditorAction[]): FactorEditorState {
  return actions.reduce(factorEditorReducer, factorEditorReducer(initialFactorEditorState, { type: 'open', scenario }));
}

const to = (name: FactorName): FactorEditorAction[] => {
  const index = ['density', 'brigadeSize', 'airCoverPerBrigade', 'enablerShare', 'rotation'].indexOf(name);
  return Array.from({ length: index }, () => ({ type: 'down' }) as const);
};
const typeText = (text: string): FactorEditorAction[] => [{ type: 'startEntry' }, { type: 'typeEntry', text }, { type: 'applyEntry' }];
const range = (min: number, max = min) => ({ min, max });

describe('factor editor reducer: stepping', () => {
  it.each<[string, Scenario, FactorEditorAction[], FactorSettings, FactorName | null]>([
    // name, scenario, actions, overrides after, factor of the bound notice
    ['steps density up by 1 /km', ceasefire, [{ type: 'stepUp' }], { density: range(4) }, null],
    ['moves both bounds of a range', ceasefire, [...to('brigadeSize'), { type: 'stepDown' }], { brigadeSize: range(2500, 4500) }, null],
    ['stepping back to the file value is no change', ceasefire, [{ type: 'stepUp' }, { type: 'stepDown' }], {}, null],
    ['adds shares without float noise', ceasefire, [...to('enablerShare'), { type: 'stepUp' }, { type: 'stepUp' }, { type: 'stepUp' }], { enablerShare: range(0.15) }, null],
    ['keeps density above 0 /km', thin, [{ type: 'stepDown' }], {}, 'density'],
    ['keeps rotation at 1 or more', thin, [...to('rotation'), { type: 'stepDown' }], {}, 'rotation'],
    ['keeps brigade size at 1 or more, both bounds', ceasefire, [...to('brigadeSize'), ...Array.from({ length: 6 }, () => ({ type: 'stepDown' }) as const)], { brigadeSize: range(500, 2500) }, 'brigadeSize'],
    ['clears the notice on the next good step', thin, [{ type: 'stepDown' }, { type: 'stepUp' }], { density: range(2) }, null],
    ['resets to the file values', ceasefire, [{ type: 'stepUp' }, ...to('rotation'), { type: 'stepUp' }, { type: 'reset' }], {}, null],
  ])('%s', (_name, scenario, actions, overrides, noticeFactor) => {
    const state = after(scenario, ...actions);
    expect(currentOverrides(state)).toEqual(overrides);
    expect(state.notice?.factor ?? null).toBe(noticeFactor);
  });
});

describe('factor editor reducer: typing a value', () => {
  it.each<[string, FactorEditorAction[], FactorSettings]>([
    ['applies a typed value', typeText('5 / km'), { density: range(5) }],
    ['applies a typed range', [...to('brigadeSize'), ...typeText('4,000..6,000')], { brigadeSize: range(4000, 6000) }],
    ['a typed value equal to the file is no change', typeText('3'), {}],
    ['a typed distribution over the range of the file is a change', [...to('brigadeSize'), ...typeText('pert(3,000, 4,000, 5,000)')], { brigadeSize: uncertain({ kind: 'pert', low: 3_000, mode: 4_000, high: 5_000 }) }],
    ['cancel keeps the value', [{ type: 'startEntry' }, { type: 'typeEntry', text: '9' }, { type: 'cancelEntry' }], {}],
    ['backspace removes the last character', [{ type: 'startEntry' }, { type: 'typeEntry', text: '70' }, { type: 'deleteEntryChar' }, { type: 'applyEntry' }], { density: range(7) }],
  ])('%s', (_name, actions, overrides) => {
    const state = after(ceasefire, ...actions);
    expect(currentOverrides(state)).toEqual(overrides);
    expect(state.entry).toBeNull();
  });

  it('keeps the last good value and shows the parser error for a bad value', () => {
    const state = after(ceasefire, { type: 'stepUp' }, ...typeText('3 kg'));
    const parsed = parseFactorValue('density', '3 kg');
    expect(parsed.ok).toBe(false);
    expect(state.entry).toEqual({ text: '3 kg', error: parsed.ok ? null : { expected: parsed.expected, received: parsed.received } });
    expect(currentOverrides(state)).toEqual({ density: range(4) });
  });

  it('clears the error with the next key', () => {
    const state = after(ceasefire, ...typeText('3 kg'), { type: 'deleteEntryChar' });
    expect(state.entry).toEqual({ text: '3 k', error: null });
  });
});

describe('factor editor reducer: several scenarios', () => {
  it('keeps the edits of each scenario and resets only the open one', () => {
    let state = after(ceasefire, { type: 'stepUp' });
    state = factorEditorReducer(state, { type: 'open', scenario: border });
    state = [{ type: 'stepUp' } as const, { type: 'reset' } as const].reduce(factorEditorReducer, state);
    expect(overridesFor(state, 'ceasefire')).toEqual({ density: range(4) });
    expect(overridesFor(state, 'border')).toEqual({});
  });

  it('steps from the edited value, not the file value', () => {
    const state = after(border, { type: 'stepUp' }, { type: 'stepUp' });
    expect(currentOverrides(state)).toEqual({ density: range(7) });
  });

  it('drops the edits of a scenario whose file was saved over, and shows the file it now reads', () => {
    let state = after(ceasefire, { type: 'stepUp' });
    state = factorEditorReducer(state, { type: 'open', scenario: border });
    state = factorEditorReducer(state, { type: 'stepUp' });
    const saved = { ...border, factors: { ...border.factors, density: range(7) } };
    state = factorEditorReducer(state, { type: 'fileSaved', scenario: saved });
    expect(state.scenario).toBe(saved);
    expect(overridesFor(state, 'border')).toEqual({});
    expect(overridesFor(state, 'ceasefire')).toEqual({ density: range(4) });
  });

  it('keeps the open scenario when another file is saved', () => {
    const state = factorEditorReducer(after(ceasefire, { type: 'stepUp' }), { type: 'fileSaved', scenario: { ...ceasefire, id: 'ceasefire-edited' } });
    expect(state.scenario).toBe(ceasefire);
    expect(currentOverrides(state)).toEqual({ density: range(4) });
  });

  it('steps a distribution as a whole, keeping its shape: pert(2, 3, 5) /km steps to pert(1, 2, 4) and back', () => {
    const typed = after(ceasefire, ...typeText('pert(2, 3, 5) / km'));
    const down = factorEditorReducer(typed, { type: 'stepDown' });
    expect(currentOverrides(down)).toEqual({ density: uncertain({ kind: 'pert', low: 1, mode: 2, high: 4 }) });
    expect(currentOverrides(factorEditorReducer(down, { type: 'stepUp' }))).toEqual({ density: uncertain({ kind: 'pert', low: 2, mode: 3, high: 5 }) });
  });
});
