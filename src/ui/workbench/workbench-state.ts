/**
 * Every edit of a scenario on screen, as one pure reducer over the editors'
 * reducers, so that undo and redo cover them all: the factors (the factor
 * editor), the capability needs (the Capabilities panel), the arrivals (the
 * Timeline panel), and the scenario's own inputs typed here (title,
 * description, sectors, contributors).
 *
 * Each editor keeps its changes by scenario id, relative to a base: the
 * scenario as its file has it or, once its own inputs are edited, the
 * scenario as edited. An edit of the inputs starts from the scenario as it
 * stands (needs and arrivals included) and becomes the new base, so that an
 * index the other editors keep (a capability's, a contributor's) never
 * points past a sector or contributor removed. The history keeps, per
 * scenario, what the four held before each edit.
 */
import { isDeepStrictEqual } from 'node:util';
import type { FactorSettings, Scenario } from '../../core/index.js';
import {
  capabilitiesReducer,
  initialCapabilitiesState,
  withCapabilityNeeds,
  type CapabilitiesAction,
  type CapabilitiesState,
  type CapabilityNeeds,
} from '../capabilities/capabilities-state.js';
import { factorEditorReducer, initialFactorEditorState, overridesFor, type FactorEditorAction, type FactorEditorState } from '../factor-editor/factor-editor-state.js';
import { initialTimelineState, timelineReducer, withArrivals, type ArrivalEdits, type TimelineAction, type TimelineState } from '../timeline/timeline-state.js';
import { emptyHistory, recordEdit, redoEdit, undoEdit, type EditHistory } from './edit-history.js';
import { initialEntryText, removeEntry, submitEntry, type InputError, type InputField } from './input-entry.js';

/** What the editors hold for one scenario; absent parts are the base's own. */
export interface ScenarioEdits {
  /** The scenario with its own inputs edited (needs and arrivals of the time folded in); absent: the file's. */
  readonly inputs?: Scenario;
  readonly overrides?: FactorSettings;
  readonly needs?: CapabilityNeeds;
  readonly arrivals?: ArrivalEdits;
}

/** A scenario input being typed. */
export interface InputEntry {
  readonly field: InputField;
  readonly text: string;
  /** Set when Enter found the text unreadable; cleared by the next key. */
  readonly error: InputError | null;
}

/** What the status line says after an undo, a redo or a refused removal. */
export interface WorkbenchNotice {
  readonly tone: 'info' | 'error';
  readonly text: string;
}

/** The editors' states, the inputs typed, and the history. */
export interface WorkbenchState {
  /** The open scenario as its file has it; null before one is opened. */
  readonly file: Scenario | null;
  readonly editor: FactorEditorState;
  readonly capabilities: CapabilitiesState;
  readonly timeline: TimelineState;
  /** Scenarios whose own inputs were edited, by id, as edited. */
  readonly inputsById: ReadonlyMap<string, Scenario>;
  readonly entry: InputEntry | null;
  /** What the last action has to say (the app moves it to its status line and clears it). */
  readonly notice: WorkbenchNotice | null;
  /** The sector, contributor or capability the last action added, at the end of its list: the cursor goes to it. */
  readonly added: { readonly list: 'sectors' | 'coalition' | 'capabilities'; readonly count: number } | null;
  readonly history: ReadonlyMap<string, EditHistory<ScenarioEdits>>;
}

/** One action per thing the planner can do to a scenario's values. */
export type WorkbenchAction =
  /** Opens `scenario` (as its file has it), its edits kept. */
  | { readonly type: 'open'; readonly scenario: Scenario }
  | { readonly type: 'editor'; readonly action: FactorEditorAction }
  | { readonly type: 'capabilities'; readonly action: CapabilitiesAction }
  | { readonly type: 'timeline'; readonly action: TimelineAction }
  | { readonly type: 'startEntry'; readonly field: InputField }
  | { readonly type: 'typeEntry'; readonly text: string }
  | { readonly type: 'deleteEntryChar' }
  /** Ctrl-U: the whole text goes. */
  | { readonly type: 'clearEntry' }
  | { readonly type: 'submitEntry' }
  | { readonly type: 'cancelEntry' }
  /** A capability by its index in the scenario's `capabilities` (-1: air cover, refused). */
  | { readonly type: 'remove'; readonly list: 'sectors' | 'coalition' | 'capabilities'; readonly index: number }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** Every edit of the open scenario dropped (itself an edit that can be undone). */
  | { readonly type: 'reset' }
  /** The edits of `from` were saved as `scenario` (read back from its file): both show their files now, with no history. */
  | { readonly type: 'saved'; readonly from: string; readonly scenario: Scenario }
  /** The notice was shown: it goes. */
  | { readonly type: 'clearNotice' };

/** Nothing open, nothing edited. */
export const initialWorkbenchState: WorkbenchState = {
  file: null,
  editor: initialFactorEditorState,
  capabilities: initialCapabilitiesState,
  timeline: initialTimelineState,
  inputsById: new Map(),
  entry: null,
  notice: null,
  added: null,
  history: new Map(),
};

const NO_EDITS: ScenarioEdits = {};

/** What the editors hold for `id`. */
export function editsOf(state: WorkbenchState, id: string): ScenarioEdits {
  const edits: ScenarioEdits = {
    ...(state.inputsById.has(id) ? { inputs: state.inputsById.get(id) } : {}),
    ...(state.editor.overridesById.has(id) ? { overrides: state.editor.overridesById.get(id) } : {}),
    ...(state.capabilities.needsById.has(id) ? { needs: state.capabilities.needsById.get(id) } : {}),
    ...(state.timeline.arrivalsById.has(id) ? { arrivals: state.timeline.arrivalsById.get(id) } : {}),
  };
  return Object.keys(edits).length === 0 ? NO_EDITS : edits;
}

/** True when anything of `id` differs from its file. */
export function isEdited(state: WorkbenchState, id: string): boolean {
  return editsOf(state, id) !== NO_EDITS;
}

/** The ids of every scenario with edits. */
export function editedIds(state: WorkbenchState): string[] {
  return [...new Set([...state.inputsById.keys(), ...state.editor.overridesById.keys(), ...state.capabilities.needsById.keys(), ...state.timeline.arrivalsById.keys()])];
}

/** What an edited scenario is made of: the inputs, needs and arrivals kept by id (the factors are the estimate's overrides). */
export interface ScenarioEditMaps {
  readonly inputsById: WorkbenchState['inputsById'];
  readonly capabilities: Pick<CapabilitiesState, 'needsById'>;
  readonly timeline: Pick<TimelineState, 'arrivalsById'>;
}

/** The base the editors' changes of `file`'s scenario are relative to: its inputs as edited, else the file's. */
export function baseScenario(state: Pick<ScenarioEditMaps, 'inputsById'>, file: Scenario): Scenario {
  return state.inputsById.get(file.id) ?? file;
}

/** `file`'s scenario with every edit but the factors (which the estimate takes as overrides). */
export function editedScenario(state: ScenarioEditMaps, file: Scenario): Scenario {
  const base = baseScenario(state, file);
  return withArrivals(withCapabilityNeeds(base, state.capabilities.needsById.get(file.id) ?? new Map()), state.timeline.arrivalsById.get(file.id) ?? new Map());
}

/** The planner's factors for `id` (the same empty object when none, so that what depends on them is not computed again). */
export function overridesOf(state: WorkbenchState, id: string): FactorSettings {
  return overridesFor(state.editor, id);
}

function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V | undefined): ReadonlyMap<K, V> {
  if (value === undefined && !map.has(key)) return map;
  const next = new Map(map);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  return next;
}

/** `state` with `edits` as what the editors hold for scenario `id`; the open scenario's editors on their new base. */
function restore(state: WorkbenchState, id: string, edits: ScenarioEdits): WorkbenchState {
  const open = state.file !== null && state.file.id === id ? state.file : null;
  const base = edits.inputs ?? open;
  const rebased = base === null ? {} : { scenario: base, entry: null, notice: null };
  // The Timeline's contributor and the Capabilities panel's row stay on one there is, once some went
  // (the panel's first row is air cover, always there).
  const contributors = base?.coalition?.length ?? 0;
  const contributor = base === null ? state.timeline.contributor : Math.max(0, Math.min(state.timeline.contributor, contributors - 1));
  const capabilityRow = base === null ? state.capabilities.cursor : Math.min(state.capabilities.cursor, base.capabilities?.length ?? 0);
  return {
    ...state,
    inputsById: withEntry(state.inputsById, id, edits.inputs),
    editor: { ...state.editor, overridesById: withEntry(state.editor.overridesById, id, edits.overrides), ...rebased },
    capabilities: { ...state.capabilities, needsById: withEntry(state.capabilities.needsById, id, edits.needs), cursor: capabilityRow, ...rebased },
    timeline: { ...state.timeline, arrivalsById: withEntry(state.timeline.arrivalsById, id, edits.arrivals), contributor, entry: null, notice: null },
    entry: null,
  };
}

/** `next` with its edits of the open scenario recorded in the history when they differ from `state`'s. */
function recorded(state: WorkbenchState, next: WorkbenchState): WorkbenchState {
  const id = state.file?.id;
  if (id === undefined) return next;
  const before = editsOf(state, id);
  if (isDeepStrictEqual(before, editsOf(next, id))) return next;
  return { ...next, history: withEntry(next.history, id, recordEdit(next.history.get(id) ?? emptyHistory(), before)) };
}

/** The open scenario after an edit of its inputs that made `scenario`: the new base, needs and arrivals folded in. */
function withInputs(state: WorkbenchState, file: Scenario, scenario: Scenario): WorkbenchState {
  const current = editsOf(state, file.id);
  const overrides = current.overrides === undefined ? {} : { overrides: current.overrides };
  // Edited back to what the file says (a name typed again, an entry taken as it was): no edit at all.
  return restore(state, file.id, isDeepStrictEqual(scenario, file) ? overrides : { inputs: scenario, ...overrides });
}

function submit(state: WorkbenchState, file: Scenario, entry: InputEntry): WorkbenchState {
  const outcome = submitEntry(entry.field, entry.text, editedScenario(state, file), overridesOf(state, file.id));
  switch (outcome.kind) {
    case 'refused':
      return { ...state, entry: { ...entry, error: outcome.error } };
    case 'next':
      return { ...state, entry: { field: outcome.field, text: '', error: null } };
    case 'edit': {
      const added =
        outcome.edit.kind === 'addSector'
          ? ({ list: 'sectors', count: outcome.scenario.sectors.length } as const)
          : outcome.edit.kind === 'addContributor'
            ? ({ list: 'coalition', count: outcome.scenario.coalition?.length ?? 0 } as const)
            : outcome.edit.kind === 'addCapability'
              ? // Air cover is the panel's first row.
                ({ list: 'capabilities', count: 1 + (outcome.scenario.capabilities?.length ?? 0) } as const)
              : null;
      return { ...withInputs(state, file, outcome.scenario), added };
    }
  }
}

function stepHistory(state: WorkbenchState, file: Scenario, direction: 'undo' | 'redo'): WorkbenchState {
  const history = state.history.get(file.id) ?? emptyHistory<ScenarioEdits>();
  const step = (direction === 'undo' ? undoEdit : redoEdit)(history, editsOf(state, file.id));
  if (step === null) return { ...state, notice: { tone: 'info', text: direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.' } };
  const left = direction === 'undo' ? step.history.past.length : step.history.future.length;
  const text = `${direction === 'undo' ? 'Undone' : 'Redone'}: ${left === 0 ? 'nothing more' : `${left} more`} to ${direction}.`;
  return { ...restore(state, file.id, step.state), history: withEntry(state.history, file.id, step.history), notice: { tone: 'info', text } };
}

/** The workbench after an action. Pure. */
export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  const cleared = state.notice === null && state.added === null ? state : { ...state, notice: null, added: null };
  if (action.type === 'clearNotice') return state.notice === null ? state : { ...state, notice: null };
  if (action.type === 'open') {
    const base = baseScenario(state, action.scenario);
    return {
      ...cleared,
      file: action.scenario,
      editor: factorEditorReducer(state.editor, { type: 'open', scenario: base }),
      capabilities: capabilitiesReducer(state.capabilities, { type: 'open', scenario: base }),
      timeline: timelineReducer(state.timeline, { type: 'open' }),
      entry: null,
    };
  }
  if (action.type === 'saved') {
    let next = cleared;
    for (const id of new Set([action.from, action.scenario.id])) next = { ...restore(next, id, NO_EDITS), history: withEntry(next.history, id, undefined) };
    return next;
  }
  const file = state.file;
  if (file === null) return state;
  switch (action.type) {
    case 'editor':
      return recorded(state, { ...cleared, editor: factorEditorReducer(state.editor, action.action) });
    case 'capabilities':
      return recorded(state, { ...cleared, capabilities: capabilitiesReducer(state.capabilities, action.action) });
    case 'timeline':
      return recorded(state, { ...cleared, timeline: timelineReducer(state.timeline, action.action) });
    case 'startEntry':
      return { ...cleared, entry: { field: action.field, text: initialEntryText(action.field, editedScenario(state, file)), error: null } };
    case 'typeEntry':
      return state.entry === null ? state : { ...cleared, entry: { ...state.entry, text: state.entry.text + action.text, error: null } };
    case 'deleteEntryChar':
      return state.entry === null ? state : { ...cleared, entry: { ...state.entry, text: [...state.entry.text].slice(0, -1).join(''), error: null } };
    case 'clearEntry':
      return state.entry === null ? state : { ...cleared, entry: { ...state.entry, text: '', error: null } };
    case 'cancelEntry':
      return { ...cleared, entry: null };
    case 'submitEntry':
      return state.entry === null ? state : recorded(state, submit(cleared, file, state.entry));
    case 'remove': {
      const outcome = removeEntry(action.list, action.index, editedScenario(state, file));
      if (outcome.kind === 'refused') return { ...cleared, notice: { tone: 'error', text: outcome.reason } };
      return recorded(state, withInputs(cleared, file, outcome.scenario));
    }
    case 'undo':
    case 'redo':
      return stepHistory(cleared, file, action.type);
    case 'reset':
      return recorded(state, restore(cleared, file.id, NO_EDITS));
  }
}
