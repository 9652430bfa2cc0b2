import { describe, expect, test } from 'vitest';
import { closestName, editDistance } from '../../src/scenarios/closest-name.js';

describe('editDistance', () => {
  test.each<[string, string, number]>([
    ['', '', 0],
    ['km', 'km', 0],
    ['', 'abc', 3],
    ['sector', 'sectors', 1],
    ['lenght', 'length', 2],
    ['kitten', 'sitting', 3],
  ])('%j to %j is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestName', () => {
  const KEYS = ['title', 'description', 'sources', 'factors', 'sectors', 'coalition', 'expect'];
  test.each<[string, string | null]>([
    ['sector', 'sectors'],
    ['Title', 'title'],
    ['SECTORS', 'sectors'],
    ['descripton', 'description'],
    ['coaliton', 'coalition'],
    ['expected', 'expect'],
    ['colour', null],
    ['__proto__', null],
    ['constructor', null],
    ['x'.repeat(100_000), null],
  ])('%j -> %j', (input, name) => {
    expect(closestName(input, KEYS)).toBe(name);
  });
});
