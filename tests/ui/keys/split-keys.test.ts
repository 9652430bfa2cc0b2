import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { splitKeys } from '../../../src/ui/keys/split-keys.js';

const plain: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
  home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
  backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

/** The keys as "name" strings: the input, or the flag that is set. */
function names(input: string, key: Key = plain): string[] {
  return splitKeys(input, key).map(([text, each]) => {
    const flags = (Object.keys(each) as (keyof Key)[]).filter((flag) => each[flag] === true);
    return flags.length === 0 ? text : `${flags.join('+')}${text === '' ? '' : `:${text}`}`;
  });
}

describe('splitKeys', () => {
  it.each<[string, Key | undefined, string[]]>([
    ['q', undefined, ['q']],
    ['b/q', undefined, ['b', '/', 'q']],
    ['3 kg\r', undefined, ['3', ' ', 'k', 'g', 'return']],
    ['ab\u007F', undefined, ['a', 'b', 'delete']],
    ['Ab', undefined, ['shift:A', 'b']],
    ['a\tb', undefined, ['a', 'tab', 'b']],
    ['x\u0003', undefined, ['x', 'ctrl:c']],
    ['km²', undefined, ['k', 'm', '²']],
    ['', undefined, ['']],
    ['c', { ...plain, ctrl: true }, ['ctrl:c']],
    ['[A', { ...plain, meta: true }, ['meta:[A']],
  ])('%j -> %j', (input, key, expected) => {
    expect(names(input, key)).toEqual(expected);
  });
});
