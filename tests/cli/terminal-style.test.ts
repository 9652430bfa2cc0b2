import { describe, expect, it } from 'vitest';
import type { TerminalEnvironment } from '../../src/cli/interactive-terminal.js';
import { terminalStyle } from '../../src/cli/terminal-style.js';

const tty = { isTTY: true };
const pipe = {}; // Node leaves isTTY undefined on a pipe or a file

describe('terminalStyle: colour and Unicode, decided once for stdout', () => {
  it.each<[string, TerminalEnvironment, { isTTY?: boolean }, boolean]>([
    ['a terminal, nothing set', {}, tty, true],
    ['a pipe', {}, pipe, false],
    ['NO_COLOR=1 on a terminal', { NO_COLOR: '1' }, tty, false],
    ['NO_COLOR empty (no-color.org: only a non-empty value counts)', { NO_COLOR: '' }, tty, true],
    ['TERM=dumb on a terminal', { TERM: 'dumb' }, tty, false],
    ['CI=true on a terminal', { CI: 'true' }, tty, false],
    ['CI=1 on a terminal', { CI: '1' }, tty, false],
    ['CONTINUOUS_INTEGRATION=true on a terminal', { CONTINUOUS_INTEGRATION: 'true' }, tty, false],
    ['CI=false on a terminal (not CI, as Ink reads it)', { CI: 'false' }, tty, true],
    ['CI=0 on a terminal', { CI: '0' }, tty, true],
    ['FORCE_COLOR=1 on a pipe', { FORCE_COLOR: '1' }, pipe, true],
    ['FORCE_COLOR empty on a pipe (as Node reads it: on)', { FORCE_COLOR: '' }, pipe, true],
    ['FORCE_COLOR=1 beside NO_COLOR=1 (forcing wins, as in Node)', { FORCE_COLOR: '1', NO_COLOR: '1' }, pipe, true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, tty, false],
    ['FORCE_COLOR=false on a terminal', { FORCE_COLOR: 'false' }, tty, false],
  ])('colour: %s', (_case, env, stdout, colour) => {
    expect(terminalStyle(env, stdout).colour).toBe(colour);
  });

  it.each<[string, TerminalEnvironment, boolean]>([
    ['TERM=xterm-256color', { TERM: 'xterm-256color' }, true],
    ['no TERM', {}, true],
    ['TERM=dumb', { TERM: 'dumb' }, false],
    ['TERM=dumb with FORCE_COLOR=1 (colour, but still ASCII)', { TERM: 'dumb', FORCE_COLOR: '1' }, false],
  ])('Unicode: %s', (_case, env, unicode) => {
    expect(terminalStyle(env, tty).unicode).toBe(unicode);
  });
});
