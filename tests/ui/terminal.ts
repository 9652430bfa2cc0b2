/**
 * Rendering the UI as a terminal of a fixed size, and typing into it.
 *
 * ink-testing-library's stdout reports 100 columns (a getter on its class) and
 * no rows, and its `render` takes no options. The app reads its size from that
 * stdout (useTerminalSize), and Ink lays out at `stdout.columns` on every
 * render, so the helper gives the stream its own size and emits `resize`, as a
 * terminal does: the frames after that are the size the test names.
 */
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

export const STANDARD_TERMINAL: TerminalSize = { columns: 80, rows: 24 };

export type RenderedTerminal = ReturnType<typeof render>;

/** Resizes the fake terminal, as a window resize would. */
export function resizeTerminal(terminal: RenderedTerminal, size: TerminalSize): void {
  Object.defineProperty(terminal.stdout, 'columns', { value: size.columns, configurable: true });
  Object.defineProperty(terminal.stdout, 'rows', { value: size.rows, configurable: true });
  terminal.stdout.emit('resize');
}

/** Renders `tree` in a terminal of `size` and waits for the frame at that size. */
export async function renderTerminal(tree: ReactElement, size: TerminalSize = STANDARD_TERMINAL): Promise<RenderedTerminal> {
  const terminal = render(tree);
  resizeTerminal(terminal, size);
  await settle();
  return terminal;
}

/**
 * Lets Ink handle what was typed: a lone Esc waits one turn of the event loop
 * to tell itself from an escape sequence, React renders Ink's tree in a
 * scheduler task, and the app takes the keys of one chunk one render at a
 * time (key-router.tsx). Ten turns cover a chunk of a few keys.
 */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Types each key in turn, letting the app react to each. */
export async function press(terminal: RenderedTerminal, ...keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    terminal.stdin.write(key);
    await settle();
  }
}

/** Types text one character at a time, as a planner does. */
export async function type(terminal: RenderedTerminal, text: string): Promise<void> {
  await press(terminal, ...text);
}

/** The current frame; an empty string before the first. */
export function frame(terminal: RenderedTerminal): string {
  return terminal.lastFrame() ?? '';
}

/** A frame written as lines in a test, joined as Ink joins them. */
export function screen(...lines: readonly string[]): string {
  return lines.join('\n');
}

/** `count` empty lines, for the blank part of a frame. */
export function blank(count: number): string[] {
  return Array.from({ length: count }, () => '');
}
