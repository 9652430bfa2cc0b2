import { describe, expect, it } from 'vitest';
import { promptReducer, type PromptAction, type PromptState } from '../../../src/ui/prompt/prompt-state.js';

const exists: PromptAction = { type: 'outcome', result: { ok: false, reason: 'exists', message: 'scenarios/x.yaml already exists' } };
const invalid: PromptAction = { type: 'outcome', result: { ok: false, reason: 'invalid-name', message: 'a file name is needed' } };
const saved: PromptAction = { type: 'outcome', result: { ok: true, path: 'scenarios/x.yaml' } };
const failed: PromptAction = { type: 'outcome', result: { ok: false, reason: 'io', message: 'cannot write scenarios/x.yaml' } };
const openSave: PromptAction = { type: 'openSave', name: 'x', title: 'X (edited)' };

type Shown = Pick<PromptState, 'kind' | 'step' | 'text'> & Partial<PromptState>;

describe('prompt reducer', () => {
  it.each<[string, PromptAction[], Shown | null]>([
    ['opens the save prompt with a suggested name', [openSave], { kind: 'save', step: 'name', text: 'x', format: null }],
    ['types and deletes', [openSave, { type: 'typeText', text: '-2' }, { type: 'deleteChar' }], { kind: 'save', step: 'name', text: 'x-' }],
    ['Ctrl-U clears the name', [openSave, { type: 'typeText', text: '-2' }, { type: 'clearText' }], { kind: 'save', step: 'name', text: '' }],
    ['asks before overwriting', [openSave, exists], { kind: 'save', step: 'overwrite', text: 'x', existing: 'scenarios/x.yaml already exists' }],
    ['ignores typing while asking', [openSave, exists, { type: 'typeText', text: 'y' }], { kind: 'save', step: 'overwrite', text: 'x' }],
    ['"no" goes back to the name', [openSave, exists, { type: 'declineOverwrite' }], { kind: 'save', step: 'name', text: 'x', existing: null }],
    ['shows why a name was refused', [openSave, invalid], { kind: 'save', step: 'name', text: 'x', error: 'a file name is needed' }],
    ['clears the reason with the next key', [openSave, invalid, { type: 'typeText', text: 'y' }], { kind: 'save', step: 'name', text: 'xy', error: null }],
    ['closes once saved', [openSave, saved], null],
    ['closes when the system refused (the status line says why)', [openSave, failed], null],
    ['closes on Esc', [openSave, { type: 'cancel' }], null],
    ['asks an export for its format first', [{ type: 'openExport' }], { kind: 'export', step: 'format', text: '', format: null }],
    ['then for a name', [{ type: 'openExport' }, { type: 'chooseFormat', format: 'json', name: 'x.json' }], { kind: 'export', step: 'name', text: 'x.json', format: 'json' }],
    ['ignores typing before the format', [{ type: 'openExport' }, { type: 'typeText', text: 'm' }], { kind: 'export', step: 'format', text: '' }],
    ['does nothing when closed', [{ type: 'typeText', text: 'a' }, exists, { type: 'declineOverwrite' }], null],
  ])('%s', (_name, actions, expected) => {
    const state = actions.reduce<PromptState | null>(promptReducer, null);
    if (expected === null) expect(state).toBeNull();
    else expect(state).toMatchObject(expected);
  });
});
