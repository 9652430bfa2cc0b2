import { describe, expect, it } from 'vitest';
import { helpColumns, helpMaxScroll } from '../../../src/ui/help/help-layout.js';
import { KEY_REFERENCE } from '../../../src/ui/help/key-reference.js';

const titles = (columns: ReturnType<typeof helpColumns>) => columns.map((column) => column.flatMap((line) => (line.kind === 'title' ? [line.text] : [])));

describe('help layout', () => {
  it.each([
    [39, 1],
    [80, 2],
    [120, 3],
    [200, 5],
  ])('%i columns hold %i help columns', (width, count) => {
    expect(helpColumns(width)).toHaveLength(count);
  });

  it.each([39, 80, 120, 200])('keeps every section whole and in order at %i columns', (width) => {
    const columns = helpColumns(width);
    expect(titles(columns).flat()).toEqual(KEY_REFERENCE.map((section) => section.title));
    for (const column of columns) expect(column[0]?.kind).toBe('title');
    const keyLines = columns.flat().filter((line) => line.kind === 'key').length;
    expect(keyLines).toBe(KEY_REFERENCE.reduce((count, section) => count + section.bindings.length, 0));
  });

  it('scrolls by what the tallest column does not show under the title line', () => {
    const tallest = Math.max(...helpColumns(80).map((column) => column.length));
    expect(helpMaxScroll(80, 10)).toBe(tallest - 9);
    expect(helpMaxScroll(80, 100)).toBe(0);
  });
});
