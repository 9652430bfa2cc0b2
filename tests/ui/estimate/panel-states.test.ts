import { describe, expect, it } from 'vitest';
import { compareReducer, initialCompareState, type CompareAction, type CompareState } from '../../../src/ui/compare/compare-state.js';
import { figuresReducer, initialFiguresState, selectedFigure, type FiguresAction } from '../../../src/ui/estimate/figures-state.js';
import { cursorColumn, cursorRow, initialTableCursor, tableCursorReducer, type TableCursorAction } from '../../../src/ui/components/table-cursor-state.js';

describe('figures reducer', () => {
  it.each<[string, FiguresAction[], { figure: string; sources: { scroll: number } | null }]>([
    ['starts on the coverage length', [], { figure: 'coverageKm', sources: null }],
    ['moves to the line density, then brigades', [{ type: 'down' }, { type: 'down' }, { type: 'down' }], { figure: 'brigades', sources: null }],
    ['stops at the first figure', [{ type: 'up' }], { figure: 'coverageKm', sources: null }],
    ['stops at the last figure', Array.from({ length: 20 }, () => ({ type: 'down' }) as const), { figure: 'rotatedTroops', sources: null }],
    ['shows the sources', [{ type: 'toggleSources' }], { figure: 'coverageKm', sources: { scroll: 0 } }],
    ['hides them again', [{ type: 'toggleSources' }, { type: 'toggleSources' }], { figure: 'coverageKm', sources: null }],
    ['scrolls the sources up to the last line', [{ type: 'toggleSources' }, ...Array.from({ length: 5 }, () => ({ type: 'scrollSourcesDown', maxScroll: 3 }) as const)], { figure: 'coverageKm', sources: { scroll: 3 } }],
    ['scrolls back', [{ type: 'toggleSources' }, { type: 'scrollSourcesDown', maxScroll: 3 }, { type: 'scrollSourcesUp' }, { type: 'scrollSourcesUp' }], { figure: 'coverageKm', sources: { scroll: 0 } }],
    ['starts the next figure at its first source', [{ type: 'toggleSources' }, { type: 'scrollSourcesDown', maxScroll: 3 }, { type: 'down' }], { figure: 'troops', sources: { scroll: 0 } }],
    ['does not scroll hidden sources', [{ type: 'scrollSourcesDown', maxScroll: 3 }], { figure: 'coverageKm', sources: null }],
    ['Esc hides the sources', [{ type: 'toggleSources' }, { type: 'hideSources' }], { figure: 'coverageKm', sources: null }],
  ])('%s', (_name, actions, expected) => {
    const state = actions.reduce(figuresReducer, initialFiguresState);
    expect({ figure: selectedFigure(state), sources: state.sources }).toEqual(expected);
  });
});

describe('table cursor reducer (sectors, coalition)', () => {
  it.each<[string, TableCursorAction[], number]>([
    ['moves down', [{ type: 'move', move: { type: 'down' }, count: 3 }], 1],
    ['stops at the last sector', Array.from({ length: 5 }, () => ({ type: 'move', move: { type: 'down' }, count: 3 }) as const), 2],
    ['jumps to the end', [{ type: 'move', move: { type: 'last' }, count: 20 }], 19],
    ['starts again for another scenario', [{ type: 'move', move: { type: 'last' }, count: 20 }, { type: 'reset' }], 0],
  ])('%s', (_name, actions, cursor) => {
    expect(actions.reduce(tableCursorReducer, initialTableCursor).cursor).toBe(cursor);
  });

  it.each<[string, TableCursorAction[], number]>([
    ['moves right', [{ type: 'moveColumn', by: 1, columnCount: 3 }], 1],
    ['stops at the last column', Array.from({ length: 4 }, () => ({ type: 'moveColumn', by: 1, columnCount: 3 }) as const), 2],
    ['stops at the first column', [{ type: 'moveColumn', by: -1, columnCount: 3 }], 0],
    // On the 8th of 8 columns, one goes (a capability removed): Left goes to the 6th, from the 7th shown.
    ['moves from the column shown once columns went', [...Array.from({ length: 7 }, () => ({ type: 'moveColumn', by: 1, columnCount: 8 }) as const), { type: 'moveColumn', by: -1, columnCount: 7 }], 5],
  ])('columns: %s', (_name, actions, column) => {
    expect(actions.reduce(tableCursorReducer, initialTableCursor).column).toBe(column);
  });

  it('keeps the cursor on a row once rows were removed', () => {
    expect(cursorRow({ cursor: 5, column: 0 }, 3)).toBe(2);
    expect(cursorRow({ cursor: 1, column: 0 }, 3)).toBe(1);
    expect(cursorRow({ cursor: 0, column: 0 }, 0)).toBe(0);
  });

  it('keeps the cursor on a column once columns went', () => {
    expect(cursorColumn({ cursor: 0, column: 7 }, 7)).toBe(6);
    expect(cursorColumn({ cursor: 0, column: 2 }, 7)).toBe(2);
  });
});

describe('compare reducer', () => {
  it.each<[string, CompareAction[], Omit<CompareState, 'ids'>]>([
    ['opens at the top left', [], { rowOffset: 0, columnOffset: 0 }],
    ['scrolls down to the last page', Array.from({ length: 4 }, () => ({ type: 'down', maxOffset: 2 }) as const), { rowOffset: 2, columnOffset: 0 }],
    ['scrolls across to the last scenarios', Array.from({ length: 3 }, () => ({ type: 'right', maxOffset: 1 }) as const), { rowOffset: 0, columnOffset: 1 }],
    ['scrolls back', [{ type: 'down', maxOffset: 2 }, { type: 'right', maxOffset: 1 }, { type: 'up' }, { type: 'left' }, { type: 'left' }], { rowOffset: 0, columnOffset: 0 }],
    ['does not scroll when everything fits', [{ type: 'down', maxOffset: 0 }, { type: 'right', maxOffset: 0 }], { rowOffset: 0, columnOffset: 0 }],
    // Scrolled to offset 2 in a small terminal, then enlarged so that the furthest is 1: one step back is 0.
    [
      'steps back from where a larger terminal leaves the furthest offset',
      [{ type: 'down', maxOffset: 2 }, { type: 'down', maxOffset: 2 }, { type: 'right', maxOffset: 2 }, { type: 'right', maxOffset: 2 }, { type: 'up', maxOffset: 1 }, { type: 'left', maxOffset: 1 }],
      { rowOffset: 0, columnOffset: 0 },
    ],
  ])('%s', (_name, actions, expected) => {
    const opened = compareReducer(initialCompareState, { type: 'open', ids: ['a', 'b', 'c'] });
    expect(actions.reduce(compareReducer, opened)).toEqual({ ids: ['a', 'b', 'c'], ...expected });
  });

  it('opening again starts at the top left', () => {
    const scrolled = compareReducer(compareReducer(initialCompareState, { type: 'open', ids: ['a', 'b'] }), { type: 'down', maxOffset: 5 });
    expect(compareReducer(scrolled, { type: 'open', ids: ['b', 'c'] })).toEqual({ ids: ['b', 'c'], rowOffset: 0, columnOffset: 0 });
  });
});
