import { describe, expect, it } from 'vitest';
import { replaceById } from '../../../src/ui/app/replace-by-id.js';

const a = { id: 'a', n: 1 };
const b = { id: 'b', n: 2 };

describe('replaceById', () => {
  it.each([
    ['replaces the entry of its id, in place', [a, b], { id: 'a', n: 9 }, [{ id: 'a', n: 9 }, b]],
    ['joins the end when the id is new', [a, b], { id: 'c', n: 3 }, [a, b, { id: 'c', n: 3 }]],
    ['makes a list of one from none', [], a, [a]],
  ])('%s', (_name, items, item, expected) => {
    const before = [...items];
    expect(replaceById(items, item)).toEqual(expected);
    expect(items).toEqual(before); // a new list: the old one is left as it was
  });
});
