import type { Key } from 'ink';

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** One character as Ink would report it had it come alone. */
function keyOf(character: string): [string, Key] {
  const code = character.codePointAt(0) ?? 0;
  if (character === '\r' || character === '\n') return ['', { ...NO_KEY, return: true }];
  if (character === '\t') return ['', { ...NO_KEY, tab: true }];
  if (character === '\u007F') return ['', { ...NO_KEY, delete: true }];
  if (character === '\b') return ['', { ...NO_KEY, backspace: true }];
  if (code < 0x20) return [String.fromCharCode(code + 0x60), { ...NO_KEY, ctrl: true }];
  return [character, { ...NO_KEY, shift: /^[A-Z]$/.test(character) }];
}

/**
 * Ink reports several characters that arrive together ("b/q", or "3 kg" and
 * Enter from a fast typist, a paste or tmux `send-keys`) as one input. Split
 * back into keys, they act as typed: `b` then `/` then `q`, and the Enter of
 * "3 kg⏎" applies the value. A single key, an escape sequence or a key with a
 * modifier is passed on as it is.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  const characters = [...input];
  if (characters.length <= 1 || key.ctrl || key.meta || key.escape) return [[input, key]];
  return characters.map(keyOf);
}
