import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/core/analysis/index.js';
import { simulate } from '../../../src/core/simulation/index.js';
import { figuresReducer, initialFiguresState, type FiguresAction } from '../../../src/ui/estimate/figures-state.js';
import {
  initialUncertaintyState,
  isComputing,
  uncertaintyFor,
  uncertaintyReducer,
  type UncertaintyAction,
  type UncertaintyState,
} from '../../../src/ui/uncertainty/uncertainty-state.js';
import { border, ceasefire } from '../build-scenarios.js';

// Results as the hook hands them over; small, since only their identity matters here.
const simulation = simulate(ceasefire, { samples: 10, seed: 1 });
const analysis = sensitivity(ceasefire);
const fileValues = {};
const denser = { density: { min: 4, max: 4 } };
const inputs = { scenario: ceasefire, overrides: fileValues };

const run = (...actions: UncertaintyAction[]): UncertaintyState => actions.reduce(uncertaintyReducer, initialUncertaintyState);
const summary = (state: UncertaintyState) => ({
  request: state.request,
  simulated: state.simulation !== null,
  analysed: state.sensitivity !== null,
  error: state.error,
  computing: isComputing(state),
});

describe('uncertainty reducer', () => {
  it.each<[string, UncertaintyAction[], ReturnType<typeof summary>]>([
    ['nothing asked for', [], { request: 0, simulated: false, analysed: false, error: null, computing: false }],
    ['a request started', [{ type: 'start', request: 1, inputs }], { request: 1, simulated: false, analysed: false, error: null, computing: true }],
    [
      'its simulation done',
      [{ type: 'start', request: 1, inputs }, { type: 'simulated', request: 1, simulation }],
      { request: 1, simulated: true, analysed: false, error: null, computing: true },
    ],
    [
      'both parts done',
      [{ type: 'start', request: 1, inputs }, { type: 'simulated', request: 1, simulation }, { type: 'analysed', request: 1, sensitivity: analysis }],
      { request: 1, simulated: true, analysed: true, error: null, computing: false },
    ],
    [
      'a new request clears what the old one computed',
      [{ type: 'start', request: 1, inputs }, { type: 'simulated', request: 1, simulation }, { type: 'start', request: 2, inputs }],
      { request: 2, simulated: false, analysed: false, error: null, computing: true },
    ],
    [
      'a result of an older request is dropped',
      [{ type: 'start', request: 1, inputs }, { type: 'start', request: 2, inputs }, { type: 'simulated', request: 1, simulation }, { type: 'analysed', request: 1, sensitivity: analysis }],
      { request: 2, simulated: false, analysed: false, error: null, computing: true },
    ],
    [
      'a failure ends the request',
      [{ type: 'start', request: 1, inputs }, { type: 'failed', request: 1, message: 'no samples' }],
      { request: 1, simulated: false, analysed: false, error: 'no samples', computing: false },
    ],
    [
      'a failure of an older request is dropped',
      [{ type: 'start', request: 1, inputs }, { type: 'start', request: 2, inputs }, { type: 'failed', request: 1, message: 'no samples' }],
      { request: 2, simulated: false, analysed: false, error: null, computing: true },
    ],
  ])('%s', (_name, actions, expected) => {
    expect(summary(run(...actions))).toEqual(expected);
  });

  it.each([
    ['the same scenario and values', { scenario: ceasefire, overrides: fileValues }, true],
    ['another factor value', { scenario: ceasefire, overrides: denser }, false],
    ['another scenario', { scenario: border, overrides: fileValues }, false],
  ])('shows what it has only for the inputs it was computed for: %s', (_name, current, shown) => {
    const done = run({ type: 'start', request: 1, inputs }, { type: 'simulated', request: 1, simulation });
    const visible = uncertaintyFor(done, current);
    expect(visible.simulation !== null).toBe(shown);
    // What is not shown yet is being computed (the effect starts the request right after this frame).
    expect(isComputing(visible)).toBe(true);
  });
});

describe('figures reducer: the uncertainty view', () => {
  const view = (...actions: FiguresAction[]) => {
    const state = actions.reduce(figuresReducer, initialFiguresState);
    return { sources: state.sources, uncertainty: state.uncertainty, cursor: state.cursor };
  };
  it.each<[string, FiguresAction[], ReturnType<typeof view>]>([
    ['starts hidden', [], { sources: null, uncertainty: null, cursor: 0 }],
    ['u shows it', [{ type: 'toggleUncertainty' }], { sources: null, uncertainty: { scroll: 0 }, cursor: 0 }],
    ['u again hides it', [{ type: 'toggleUncertainty' }, { type: 'toggleUncertainty' }], { sources: null, uncertainty: null, cursor: 0 }],
    ['Esc hides it', [{ type: 'toggleUncertainty' }, { type: 'hideUncertainty' }], { sources: null, uncertainty: null, cursor: 0 }],
    [
      'scrolls down to the last line and back',
      [{ type: 'toggleUncertainty' }, ...Array.from({ length: 4 }, () => ({ type: 'scrollUncertaintyDown', maxScroll: 2 }) as const), { type: 'scrollUncertaintyUp' }],
      { sources: null, uncertainty: { scroll: 1 }, cursor: 0 },
    ],
    ['does not scroll when hidden', [{ type: 'scrollUncertaintyDown', maxScroll: 2 }], { sources: null, uncertainty: null, cursor: 0 }],
    ['the sources replace it', [{ type: 'toggleUncertainty' }, { type: 'toggleSources' }], { sources: { scroll: 0 }, uncertainty: null, cursor: 0 }],
    ['it replaces the sources', [{ type: 'toggleSources' }, { type: 'toggleUncertainty' }], { sources: null, uncertainty: { scroll: 0 }, cursor: 0 }],
    ['keeps the selected figure', [{ type: 'down' }, { type: 'toggleUncertainty' }, { type: 'toggleUncertainty' }], { sources: null, uncertainty: null, cursor: 1 }],
  ])('%s', (_name, actions, expected) => {
    expect(view(...actions)).toEqual(expected);
  });
});
