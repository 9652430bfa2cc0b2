import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/text/sanitize.js';
import { clampLines, joinLines, pad, textEnd, textWidth, truncate, wrap } from '../../src/text/text-width.js';

describe('textWidth: terminal columns, as Ink measures them', () => {
  it.each([
    ['Line of contact', 15],
    ['Запоріжжя', 9],
    ['北京', 4], // East Asian wide: two columns each
    ['한국어', 6],
    ['🇺🇦 line', 7], // a flag is one cluster of two columns
    ['e\u0301tat', 4], // a combining accent takes no column
    ['1,350 km · 3 /km', 16],
    ['', 0],
  ])('%s -> %i', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });
});

describe('truncate', () => {
  it.each([
    ['Line of contact', 20, 'Line of contact'],
    ['Line of contact', 15, 'Line of contact'],
    ['Line of contact', 8, 'Line of…'],
    ['Запоріжжя', 5, 'Запо…'], // counts characters, not bytes
    ['abc', 0, ''],
    ['北京市の線', 5, '北京…'], // 2 + 2 + 1
    ['北京市の線', 4, '北…'], // the second wide character would take the fifth column
    ['北京', 1, '…'],
    ['🇺🇦🇺🇦🇺🇦', 5, '🇺🇦🇺🇦…'], // never half a flag
    ['e\u0301e\u0301e\u0301e\u0301', 3, 'e\u0301e\u0301…'], // never an accent without its letter
  ])('%s to %i -> %s', (text, width, cut) => {
    expect(truncate(text, width)).toBe(cut);
    expect(textWidth(truncate(text, width))).toBeLessThanOrEqual(width);
  });

  it.each([
    ['Line of contact', 8, '~', 'Line of~'],
    ['Line of contact', 8, '', 'Line of '],
    ['北京市', 3, '', '北'],
    ['北京市', 1, '', ''],
    ['abc', 0, '~', ''],
  ])('%s to %i ending in %j -> %j', (text, width, ellipsis, cut) => {
    expect(truncate(text, width, ellipsis)).toBe(cut);
  });
});

describe('pad', () => {
  it.each([
    ['7', 3, 'left', '7  '],
    ['7', 3, 'right', '  7'],
    ['1,200', 3, 'right', '1,200'],
    ['北京', 6, 'left', '北京  '],
    ['北京', 6, 'right', '  北京'],
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
    ['北京市の線は長い', 5, ['北京', '市の', '線は', '長い']],
    ['北 京', 1, ['北', '京']], // a wide character alone on a line too narrow for it
  ])('%j at %i', (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });
});

describe('cutting and wrapping any sanitised text (properties)', () => {
  const anyText = fc.string({ unit: 'grapheme', maxLength: 40 }).map(sanitizeText);
  const widths = fc.integer({ min: 2, max: 30 });

  it('measures as string-width does', () => {
    fc.assert(fc.property(anyText, (text) => textWidth(text) === stringWidth(text)));
  });

  it('truncate fits the width and keeps a start of the text', () => {
    fc.assert(
      fc.property(anyText, widths, (text, width) => {
        const cut = truncate(text, width);
        expect(textWidth(cut)).toBeLessThanOrEqual(width);
        expect(text.startsWith(cut.endsWith('…') && cut !== text ? cut.slice(0, -1) : cut)).toBe(true);
      }),
    );
  });

  it('wrap gives lines within the width (bar a cluster wider than it) and loses no word', () => {
    fc.assert(
      fc.property(anyText, widths, (text, width) => {
        const lines = wrap(text, width);
        // Only a cluster wider than the whole line (a rare three-column symbol) may stand alone over it.
        const clusters = (line: string) => [...new Intl.Segmenter().segment(line)].length;
        for (const line of lines) expect(textWidth(line) <= width || clusters(line) === 1).toBe(true);
        expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
      }),
    );
  });
});

describe('joinLines', () => {
  it('drops trailing spaces and ends with one newline', () => {
    expect(joinLines(['a  ', '', 'b'])).toBe('a\n\nb\n');
  });
});

describe('textEnd: the end of a text that fits, as a scrolled field shows it', () => {
  it.each([
    ['northern-border', 6, 'border'],
    ['northern-border', 40, 'northern-border'],
    ['北京市', 5, '京市'], // 2 + 2: a third wide character would take the sixth column
    ['🇺🇦🇺🇦', 3, '🇺🇦'], // never half a flag
    ['abc', 0, ''],
  ])('%s in %i -> %s', (text, width, end) => {
    expect(textEnd(text, width)).toBe(end);
  });
});

describe('clampLines: wrapped lines cut to the rows there are', () => {
  it.each<[string[], number, number, string[]]>([
    [['one two', 'three'], 2, 10, ['one two', 'three']],
    [['one two', 'three', 'four five'], 2, 12, ['one two', 'three four …']], // 11 columns and the ellipsis
    [['one two', 'three', 'four'], 1, 20, ['one two three four']],
    [['a', 'b'], 0, 10, []],
  ])('%j in %i rows of %i', (lines, count, width, clamped) => {
    expect(clampLines(lines, count, width)).toEqual(clamped);
  });
});
