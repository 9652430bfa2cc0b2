import { describe, expect, it } from 'vitest';
import {
  isContinuousIntegration,
  overviewMode,
  type MaybeTerminal,
  type OverviewMode,
  type TerminalEnvironment,
} from '../../src/cli/interactive-terminal.js';

const tty: MaybeTerminal = { isTTY: true };
const pipe: MaybeTerminal = {}; // Node leaves isTTY undefined on a pipe or a file

describe('overviewMode: the UI only for a person at both ends, and never in CI', () => {
  it.each<[string, MaybeTerminal, MaybeTerminal, TerminalEnvironment, OverviewMode]>([
    ['both terminals', tty, tty, {}, 'interactive'],
    ['stdout piped', tty, pipe, {}, 'plain'],
    ['stdin piped', pipe, tty, {}, 'plain'],
    ['both piped', pipe, pipe, {}, 'plain'],
    ['isTTY false', { isTTY: false }, tty, {}, 'plain'],
    ['both terminals under CI=true', tty, tty, { CI: 'true' }, 'plain-in-ci'],
    ['a pipe under CI=true (no note: nobody is watching a terminal)', tty, pipe, { CI: 'true' }, 'plain'],
    ['both terminals under CI=false', tty, tty, { CI: 'false' }, 'interactive'],
  ])('%s -> %s', (_, stdin, stdout, env, mode) => {
    expect(overviewMode(stdin, stdout, env)).toBe(mode);
  });
});

describe('isContinuousIntegration: the rule of Ink (is-in-ci)', () => {
  it.each<[TerminalEnvironment, boolean]>([
    [{}, false],
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ CI: '' }, true],
    [{ CI: 'woodpecker' }, true],
    [{ CI: 'false' }, false],
    [{ CI: 'FALSE' }, true], // Ink's is-in-ci compares case-sensitively: a blank screen unless we agree
    [{ CI: '0' }, false],
    [{ CONTINUOUS_INTEGRATION: 'true' }, true],
    [{ CONTINUOUS_INTEGRATION: '0' }, false],
    [{ CI: '0', CONTINUOUS_INTEGRATION: '1' }, true],
  ])('%o -> %s', (env, ci) => {
    expect(isContinuousIntegration(env)).toBe(ci);
  });
});
