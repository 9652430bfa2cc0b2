import { describe, expect, test } from 'vitest';
import { checkNesting, MAX_BLOCK_COLUMN, MAX_FLOW_DEPTH } from '../../src/scenarios/nesting-depth.js';

describe('checkNesting', () => {
  test.each<[string, string]>([
    ['flow at the limit', `${'['.repeat(MAX_FLOW_DEPTH)}${']'.repeat(MAX_FLOW_DEPTH)}`],
    ['many flow collections side by side', '[1, 2]\n'.replace('[1, 2]', Array(1000).fill('[1, [2]]').join(', '))],
    ['block nesting under the column limit', Array.from({ length: 50 }, (_, depth) => `${'  '.repeat(depth)}a:`).join('\n')],
    ['brackets in quotes and comments', `a: "${'['.repeat(500)}" # ${'{'.repeat(500)}\nb: '${'['.repeat(500)}'`],
    ['brackets in a block scalar', `a: |\n  ${'['.repeat(500)}\n  ${'- '.repeat(500)}\nb: 1`],
  ])('%s passes', (_case, text) => {
    expect(checkNesting(text)).toEqual({ ok: true });
  });

  test.each<[string, string, number, 'flow' | 'block']>([
    ['one bracket too deep', '['.repeat(MAX_FLOW_DEPTH + 1), MAX_FLOW_DEPTH, 'flow'],
    ['mixed brackets', '[{'.repeat(MAX_FLOW_DEPTH), MAX_FLOW_DEPTH, 'flow'],
    ['after a quoted ]', `a: "]]]]" ${'['.repeat(100)}`, 10 + MAX_FLOW_DEPTH, 'flow'],
    ['compact sequences', `${'- '.repeat(150)}x`, 202, 'block'],
    ['deep indentation', `a:\n${' '.repeat(MAX_BLOCK_COLUMN + 1)}b: 1`, 3 + MAX_BLOCK_COLUMN + 1, 'block'],
    ['a block scalar does not hide the next line', `a: |\n  x\n${'- '.repeat(150)}x`, 9 + 202, 'block'],
  ])('%s is refused at its offset', (_case, text, offset, kind) => {
    expect(checkNesting(text)).toEqual({ ok: false, offset, kind });
  });
});
