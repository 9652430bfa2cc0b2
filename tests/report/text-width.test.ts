import { describe, expect, it } from 'vitest';
import { joinLines, pad, textWidth, truncate, wrap } from '../../src/report/text-width.js';

describe('truncate', () => {
  it.each([
    ['Line of contact', 20, 'Line of contact'],
    ['Line of contact', 15, 'Line of contact'],
    ['Line of contact', 8, 'Line of…'],
    ['Запоріжжя', 5, 'Запо…'], // counts characters, not bytes
    ['abc', 0, ''],
  ])('%s to %i -> %s', (text, width, cut) => {
    expect(truncate(text, width)).toBe(cut);
    expect(textWidth(truncate(text, width))).toBeLessThanOrEqual(width);
  });
});

describe('pad', () => {
  it.each([
    ['7', 3, 'left', '7  '],
    ['7', 3, 'right', '  7'],
    ['1,200', 3, 'right', '1,200'],
  ] as const)('%s to %i (%s)', (text, width, align, padded) => {
    expect(pad(text, width, align)).toBe(padded);
  });
});

describe('wrap', () => {
  it.each([
    ['one two three', 7, ['one two', 'three']],
    ['one two three', 80, ['one two three']],
    ['  spaced   out  ', 80, ['spaced out']],
    ['see https://example.org/a/very/long/path now', 10, ['see', 'https://ex', 'ample.org/', 'a/very/lon', 'g/path now']],
    ['', 10, []],
  ])('%j at %i', (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });
});

describe('joinLines', () => {
  it('drops trailing spaces and ends with one newline', () => {
    expect(joinLines(['a  ', '', 'b'])).toBe('a\n\nb\n');
  });
});
