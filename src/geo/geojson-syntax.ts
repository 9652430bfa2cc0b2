/**
 * Where text that JSON.parse refused goes wrong, and why, in words of
 * forcecalc's own. JSON.parse's message is not used: V8 quotes the text
 * around the fault (`Unexpected token 'r', "root:*:202"... is not valid
 * JSON`), which would print a file's content (a `geojson:` aimed at
 * /etc/shadow) in a message, and its wording changes between Node versions.
 * A small scanner finds the first fault instead; it holds no value, only a
 * stack of open brackets, so no nesting depth can overflow it.
 */

/** The first fault in a JSON text: its offset (UTF-16 units) and what is wrong there, without any of the text. */
export interface JsonFault {
  readonly offset: number;
  readonly reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPED = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX_DIGIT = /^[0-9A-Fa-f]$/;
const LITERALS = ['true', 'false', 'null'] as const;
// A JSON number at the sticky position: -?(0|[1-9]digits)(.digits)?([eE][+-]?digits)?
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const OBJECT = 1;
const ARRAY = 2;

/** The offset of the first fault in the string that opens at `start`, or the offset just past it. */
function scanString(text: string, start: number): JsonFault | number {
  let index = start + 1;
  while (index < text.length) {
    const character = text[index] ?? '';
    if (character === '"') return index + 1;
    if (character.charCodeAt(0) < 0x20) return { offset: index, reason: 'a control character inside a string' };
    if (character === '\\') {
      const escaped = text[index + 1] ?? '';
      if (escaped === 'u') {
        const hex = text.slice(index + 2, index + 6);
        if (hex.length < 4 || ![...hex].every((digit) => HEX_DIGIT.test(digit))) return { offset: index, reason: 'a bad \\u escape inside a string' };
        index += 6;
        continue;
      }
      if (!ESCAPED.has(escaped)) return { offset: index, reason: 'a bad escape inside a string' };
      index += 2;
      continue;
    }
    index += 1;
  }
  return { offset: start, reason: 'a string that is never closed' };
}

/** The first fault of `text` as JSON, or null when it has none (JSON.parse would take it). */
export function findJsonFault(text: string): JsonFault | null {
  // Open brackets, one byte each: a text cannot open more brackets than it has characters.
  const open = new Uint8Array(text.length);
  let depth = 0;
  let index = 0;
  let expecting: 'value' | 'value or ]' | 'name' | 'name or }' | 'separator' = 'value';
  const ended = (): JsonFault => ({ offset: text.length, reason: 'an end before the JSON is complete' });
  for (;;) {
    while (WHITESPACE.has(text[index] ?? '')) index += 1;
    const character = text[index];
    const fault = (reason: string): JsonFault => ({ offset: index, reason });
    if (expecting === 'separator') {
      const container = depth === 0 ? 0 : open[depth - 1];
      if (container === 0) return character === undefined ? null : fault('more text after the JSON value');
      if (character === undefined) return ended();
      const closing = container === OBJECT ? '}' : ']';
      if (character === closing) {
        depth -= 1;
        index += 1;
      } else if (character === ',') {
        expecting = container === OBJECT ? 'name' : 'value';
        index += 1;
      } else {
        return fault(`a character where "," or "${closing}" should be`);
      }
      continue;
    }
    if (character === undefined) return ended();
    if (expecting === 'name' || expecting === 'name or }') {
      if (expecting === 'name or }' && character === '}') {
        depth -= 1;
        index += 1;
        expecting = 'separator';
        continue;
      }
      if (character !== '"') return fault('a property name that is not in double quotes');
      const end = scanString(text, index);
      if (typeof end !== 'number') return end;
      index = end;
      while (WHITESPACE.has(text[index] ?? '')) index += 1;
      if (text[index] === undefined) return ended();
      if (text[index] !== ':') return { offset: index, reason: 'a character where ":" should be' };
      index += 1;
      expecting = 'value';
      continue;
    }
    if (expecting === 'value or ]' && character === ']') {
      depth -= 1;
      index += 1;
      expecting = 'separator';
      continue;
    }
    if (character === '{' || character === '[') {
      open[depth] = character === '{' ? OBJECT : ARRAY;
      depth += 1;
      index += 1;
      expecting = character === '{' ? 'name or }' : 'value or ]';
      continue;
    }
    expecting = 'separator';
    if (character === '"') {
      const end = scanString(text, index);
      if (typeof end !== 'number') return end;
      index = end;
      continue;
    }
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(text);
    if (number !== null) {
      // `01`, `1.`, `1e`: JSON.parse stops inside the number; the number is at fault, not what follows.
      if (/[\d.eE]/.test(text[index + number[0].length] ?? '')) return fault('a number written wrong');
      index += number[0].length;
      continue;
    }
    if (character === '-') return fault('a number written wrong');
    const literal = LITERALS.find((word) => text.startsWith(word, index));
    if (literal === undefined) return fault('a character that starts no JSON value');
    index += literal.length;
  }
}

/** `offset` in `text` as a 1-based line and column (columns count characters, as an editor does). */
export function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: Array.from(before.slice(lineStart)).length + 1 };
}

/**
 * What a message says of text JSON.parse refused: `text that is not JSON (a
 * character that starts no JSON value at line 1, column 1)`. Never any of
 * the text itself.
 */
export function describeJsonFault(text: string): string {
  const fault = findJsonFault(text);
  if (fault === null) return 'text that is not JSON';
  const { line, column } = lineAndColumn(text, fault.offset);
  return `text that is not JSON (${fault.reason} at line ${line}, column ${column})`;
}
