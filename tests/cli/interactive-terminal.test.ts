import { describe, expect, it } from 'vitest';
import { isInteractiveTerminal, type MaybeTerminal } from '../../src/cli/interactive-terminal.js';

const tty: MaybeTerminal = { isTTY: true };
const pipe: MaybeTerminal = {}; // Node leaves isTTY undefined on a pipe or a file

describe('isInteractiveTerminal', () => {
  it.each<[string, MaybeTerminal, MaybeTerminal, boolean]>([
    ['both terminals', tty, tty, true],
    ['stdout piped', tty, pipe, false],
    ['stdin piped', pipe, tty, false],
    ['both piped', pipe, pipe, false],
    ['isTTY false', { isTTY: false }, tty, false],
  ])('%s -> %s', (_, stdin, stdout, interactive) => {
    expect(isInteractiveTerminal(stdin, stdout)).toBe(interactive);
  });
});
