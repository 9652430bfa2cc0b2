import { expect, it } from 'vitest';
import { formatKm, groupThousands } from '../../src/geo/format-km.js';
import { utf8SizeExceeds } from '../../src/geo/utf8-size.js';

it.each([
  [0, 0, '0'],
  [999, 0, '999'],
  [1000, 0, '1,000'],
  [1234567.891, 1, '1,234,567.9'],
  [999.95, 1, '1,000.0'],
  [-1234.5, 1, '-1,234.5'],
  [-0.04, 1, '0.0'],
  [0.05, 2, '0.05'],
])('groupThousands(%f, %i) is %s whatever the locale', (value, decimals, text) => {
  expect(groupThousands(value, decimals)).toBe(text);
});

it('formats km for the legend with one decimal', () => {
  expect(formatKm(1974.04)).toBe('1,974.0 km');
});

it.each([
  ['abc', 3, false],
  ['abcd', 3, true],
  ['é', 1, true], // 2 bytes
  ['é', 2, false],
  ['€', 2, true], // 3 bytes
  ['😀', 3, true], // 4 bytes (a surrogate pair)
  ['😀', 4, false],
  ['', 0, false],
])('utf8SizeExceeds(%j, %i) is %s', (text, limit, exceeds) => {
  expect(utf8SizeExceeds(text, limit)).toBe(exceeds);
});
