/**
 * Every key of the interactive calculator, in one place: the help overlay
 * lists all of them, the footer the ones that work where the focus is, and the
 * key table of docs/ui.md follows it.
 */
import type { Focus } from '../app/focus.js';

/** A key (or keys) and what it does. */
export interface KeyBinding {
  /** The keys as a planner reads them: "Up, Down", "Ctrl-C". */
  readonly keys: string;
  readonly action: string;
}

/** The keys of one part of the screen. */
export interface KeySection {
  readonly title: string;
  readonly bindings: readonly KeyBinding[];
}

const bind = (keys: string, action: string): KeyBinding => ({ keys, action });

/** All keys, by where they work. */
export const KEY_REFERENCE: readonly KeySection[] = [
  {
    title: 'Everywhere',
    bindings: [
      bind('?', 'show or hide this help'),
      bind('q', 'quit'),
      bind('Esc', 'close, else quit'),
      bind('Ctrl-C', 'quit, also while typing'),
    ],
  },
  {
    title: 'Scenario list',
    bindings: [
      bind('Up, Down', 'move'),
      bind('PgUp, PgDn', 'move a page'),
      bind('Home, End', 'first, last'),
      bind('Enter', 'open the scenario'),
      bind('/', 'filter by id or title'),
      bind('Esc', 'clear the filter'),
      bind('Space', 'mark for compare'),
      bind('c', 'compare the marked'),
    ],
  },
  {
    title: 'Scenario',
    bindings: [
      bind('Tab', 'next panel'),
      bind('Shift-Tab', 'previous panel'),
      bind('1 to 7', 'choose a panel'),
      bind('b, Backspace', 'back to the list'),
      bind('z, Ctrl-Z', 'undo the last edit'),
      bind('y, Ctrl-Y', 'redo'),
      bind('t', 'type the title'),
      bind('d', 'type the description'),
      bind('r', 'reset every edit'),
      bind('s', 'save as new scenario'),
      bind('e', 'export Markdown or JSON'),
      bind('u', 'show/hide uncertainty'),
    ],
  },
  {
    title: 'Estimate panel',
    bindings: [bind('Up, Down', 'choose a figure'), bind('i, Enter', 'show/hide its sources')],
  },
  {
    title: 'Sectors panel',
    bindings: [
      bind('Up, Down', 'choose a sector'),
      bind('PgUp, PgDn', 'move a page'),
      bind('Left, Right', 'name, length or density'),
      bind('Enter', 'type it'),
      bind('a', 'add a sector'),
      bind('x', 'remove the sector'),
    ],
  },
  {
    title: 'Factors panel',
    bindings: [
      bind('Up, Down', 'choose a factor'),
      bind('Left, -', 'step down'),
      bind('Right, +', 'step up'),
      bind('Enter', 'type a value or range'),
      bind('Enter', 'apply the typed value'),
      bind('Esc', 'cancel typing'),
    ],
  },
  {
    title: 'Capabilities panel',
    bindings: [
      bind('Up, Down', 'choose a capability'),
      bind('Left, -', 'step its need down'),
      bind('Right, +', 'step its need up'),
      bind('Enter', 'type a need'),
      bind('Enter', 'apply the typed need'),
      bind('Esc', 'cancel typing'),
      bind('a', 'add a capability'),
      bind('x', 'remove the capability'),
    ],
  },
  {
    title: 'Timeline panel',
    bindings: [
      bind('Left, Right', 'the cursor a week back, on'),
      bind('[, ]', 'the previous, next step'),
      bind('Home, End', 'day 0, the horizon'),
      bind('Up, Down', 'choose a contributor'),
      bind('-, +', 'its arrival a week earlier, later'),
      bind('Enter', 'type its arrival: days, a range, a date'),
    ],
  },
  {
    title: 'Pledges panel',
    bindings: [
      bind('Up, Down', 'choose a contributor'),
      bind('Left, Right', 'choose a column'),
      bind('Enter', 'type it'),
      bind('a', 'add a contributor'),
      bind('x', 'remove the contributor'),
    ],
  },
  {
    title: 'Typing a value',
    bindings: [bind('Enter', 'apply, or the next step'), bind('Esc', 'cancel'), bind('Ctrl-U', 'clear the text')],
  },
  {
    title: 'Compare',
    bindings: [bind('Up, Down', 'scroll figures'), bind('Left, Right', 'scroll scenarios'), bind('b, Backspace', 'back to the list')],
  },
  {
    title: 'Prompts',
    bindings: [
      bind('Enter', 'confirm'),
      bind('Esc', 'cancel'),
      bind('Ctrl-U', 'clear the name'),
      bind('y, n', 'overwrite, other name'),
      bind('m, j', 'Markdown, JSON'),
    ],
  },
];

/** The keys the footer shows for each focus, most used first (the footer cuts what does not fit). */
export const FOOTER_KEYS: Readonly<Record<Focus, readonly KeyBinding[]>> = {
  list: [bind('Up/Down', 'move'), bind('Enter', 'open'), bind('/', 'filter'), bind('Space', 'mark'), bind('c', 'compare'), bind('?', 'help'), bind('q', 'quit')],
  filter: [bind('type', 'filter'), bind('Up/Down', 'move'), bind('Enter', 'keep'), bind('Esc', 'clear')],
  estimate: [bind('Up/Down', 'figure'), bind('i', 'sources'), bind('u', 'uncertainty'), bind('Tab', 'panel'), bind('s', 'save'), bind('?', 'help'), bind('q', 'quit')],
  sources: [bind('Up/Down', 'scroll'), bind('i/Esc', 'close'), bind('Tab', 'panel'), bind('?', 'help'), bind('q', 'quit')],
  uncertainty: [bind('Up/Down', 'scroll'), bind('u/Esc', 'close'), bind('Tab', 'panel'), bind('s', 'save'), bind('?', 'help'), bind('q', 'quit')],
  sectors: [bind('Up/Down', 'sector'), bind('Left/Right', 'column'), bind('Enter', 'type'), bind('a', 'add'), bind('x', 'remove'), bind('z/y', 'undo/redo'), bind('Tab', 'panel'), bind('s', 'save'), bind('?', 'help')],
  coalition: [bind('Up/Down', 'contributor'), bind('Left/Right', 'column'), bind('Enter', 'type'), bind('a', 'add'), bind('x', 'remove'), bind('z/y', 'undo/redo'), bind('Tab', 'panel'), bind('s', 'save'), bind('?', 'help')],
  inputEntry: [bind('type', 'the value'), bind('Enter', 'apply'), bind('Esc', 'cancel'), bind('Ctrl-U', 'clear')],
  factors: [bind('Up/Down', 'factor'), bind('-/+', 'step'), bind('Enter', 'type'), bind('r', 'reset'), bind('Tab', 'panel'), bind('s', 'save'), bind('?', 'help'), bind('q', 'quit')],
  entry: [bind('type', 'a value or range'), bind('Enter', 'apply'), bind('Esc', 'cancel')],
  // r reset and Tab panel are in the help: the footer keeps to 80 columns.
  capabilities: [bind('Up/Down', 'capability'), bind('-/+', 'step'), bind('Enter', 'type'), bind('a', 'add'), bind('x', 'remove'), bind('s', 'save'), bind('?', 'help')],
  capabilityEntry: [bind('type', 'a need or range'), bind('Enter', 'apply'), bind('Esc', 'cancel')],
  timeline: [bind('Left/Right', 'week'), bind('[/]', 'step'), bind('Up/Down', 'contributor'), bind('-/+', 'arrival'), bind('Enter', 'type'), bind('r', 'reset'), bind('Tab', 'panel'), bind('s', 'save'), bind('?', 'help')],
  timelineEntry: [bind('type', 'days, a range or a date'), bind('Enter', 'apply'), bind('Esc', 'cancel')],
  map: [bind('Tab', 'panel'), bind('b', 'back'), bind('s', 'save'), bind('e', 'export'), bind('?', 'help'), bind('q', 'quit')],
  compare: [bind('Up/Down', 'figures'), bind('Left/Right', 'scenarios'), bind('b', 'back'), bind('?', 'help'), bind('q', 'quit')],
  help: [bind('Up/Down', 'scroll'), bind('?/Esc', 'close'), bind('q', 'quit')],
  confirmQuit: [bind('s', 'save'), bind('d', 'discard and quit'), bind('Esc', 'stay')],
  promptText: [bind('type', 'a name'), bind('Enter', 'confirm'), bind('Esc', 'cancel')],
  promptOverwrite: [bind('y', 'overwrite'), bind('n', 'other name'), bind('Esc', 'cancel')],
  promptFormat: [bind('m', 'Markdown'), bind('j', 'JSON'), bind('Esc', 'cancel')],
};
