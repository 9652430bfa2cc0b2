// The screen the executable's Ink builds (src/ui/terminal-output/screen-output.ts,
// bundled in place of Ink's own by scripts/ink-output-plugin.mjs) must be the
// screen the installed Ink's own Output builds, string for string, whatever it
// is given: generated texts (styles, links, wide characters, clips, texts off
// the screen) here, and every frame of the whole app in the file beside this.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Output, { GenerationalCache, type Clip, type OutputTransformer } from '../../../src/ui/terminal-output/screen-output.js';
import { InkOutput, type OutputLike } from './ink-output.js';

type Step =
  | { readonly kind: 'write'; readonly x: number; readonly y: number; readonly text: string; readonly transformers: readonly OutputTransformer[] }
  | { readonly kind: 'clip'; readonly clip: Clip }
  | { readonly kind: 'unclip' };

const STYLE_CODES = [
  '\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[3m', '\u001B[23m', '\u001B[4m', '\u001B[24m', '\u001B[7m', '\u001B[27m',
  '\u001B[31m', '\u001B[32m', '\u001B[39m', '\u001B[38;5;208m', '\u001B[38;2;10;20;30m', '\u001B[44m', '\u001B[48;2;1;2;3m', '\u001B[49m',
  '\u001B[0m', '\u001B]8;;https://example.org\u0007', '\u001B]8;;\u0007',
];
const CHARACTERS = ['a', 'Z', '7', ' ', '.', '─', '█', '▏', '⣿', 'é', 'e\u0301', 'あ', '界', '👍', '🇺🇦', '\n'];

const text = fc.array(fc.oneof(fc.constantFrom(...CHARACTERS), fc.constantFrom(...STYLE_CODES)), { maxLength: 40 }).map((parts) => parts.join(''));
const TRANSFORMERS: readonly OutputTransformer[] = [(line) => line.toUpperCase(), (line, index) => `${index}${line}`, (line) => `\u001B[1m${line}\u001B[22m`];
const side = fc.option(fc.integer({ min: -2, max: 32 }), { nil: undefined });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('write' as const), x: fc.integer({ min: -3, max: 30 }), y: fc.integer({ min: -3, max: 12 }), text, transformers: fc.subarray([...TRANSFORMERS]) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clip' as const), clip: fc.record({ x1: side, x2: side, y1: side, y2: side }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unclip' as const }) },
);

function screen(output: OutputLike, steps: readonly Step[]): { output: string; height: number } {
  for (const current of steps) {
    if (current.kind === 'write') output.write(current.x, current.y, current.text, { transformers: [...current.transformers] });
    else if (current.kind === 'clip') output.clip(current.clip);
    else output.unclip();
  }
  return output.get();
}

describe('the screen output bundled in place of Ink’s', () => {
  it('builds the screen Ink builds from the same writes and clips, the first time and with its caches warm', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 }), fc.array(step, { maxLength: 12 }), (width, height, steps) => {
        const expected = screen(new InkOutput({ width, height }), steps);
        expect(screen(new Output({ width, height }), steps)).toEqual(expected);
        expect(screen(new Output({ width, height }), steps)).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['styles that change mid-row and are closed at its end', 10, 1, [{ kind: 'write', x: 0, y: 0, text: 'a\u001B[1mb\u001B[31mc\u001B[39md', transformers: [] }]],
    ['a wide character cut by a narrower clip', 4, 1, [{ kind: 'clip', clip: { x1: 0, x2: 3, y1: undefined, y2: undefined } }, { kind: 'write', x: 1, y: 0, text: 'aあb', transformers: [] }]],
    ['a text above the screen', 5, 2, [{ kind: 'write', x: 0, y: -1, text: 'ab\ncd\nef', transformers: [] }]],
    ['a text past the right edge', 3, 1, [{ kind: 'write', x: 2, y: 0, text: '\u001B[7mwide\u001B[27m', transformers: [] }]],
    ['an empty screen', 0, 0, [{ kind: 'write', x: 0, y: 0, text: 'x', transformers: [] }]],
  ] as const)('builds the same screen for %s', (_name, width, height, steps) => {
    expect(screen(new Output({ width, height }), steps)).toEqual(screen(new InkOutput({ width, height }), steps));
  });

  it('builds the same screens over many frames, each with lines the frames before did not have', () => {
    for (let line = 0; line < 25_000; line += 1) {
      const steps: Step[] = [{ kind: 'write', x: 0, y: 0, text: `\u001B[3${line % 8}m${line}あ\u001B[39m`, transformers: [] }];
      const built = screen(new Output({ width: 8, height: 1 }), steps);
      if (line % 1_000 === 999) expect(built).toEqual(screen(new InkOutput({ width: 8, height: 1 }), steps));
    }
  });

  it.each([
    ['a fractional width and height: a cell more, as Ink counts', 2.5, 1.5],
    ['a negative size: no cell', -3, -1],
    ['no size at all', Number.NaN, Number.NaN],
  ])('builds the same screen for %s', (_name, width, height) => {
    const steps: Step[] = [{ kind: 'write', x: 0, y: 0, text: 'abc', transformers: [] }];
    expect(screen(new Output({ width, height }), steps)).toEqual(screen(new InkOutput({ width, height }), steps));
  });

  it('keeps trailing spaces off each row and one row per line of the screen', () => {
    const output = new Output({ width: 6, height: 3 });
    output.write(1, 1, 'ab', { transformers: [] });
    expect(output.get()).toEqual({ output: '\n ab\n', height: 3 });
  });
});

describe('the screen output’s caches', () => {
  it('keep at most twice their limit, and what the older half held and is asked again', () => {
    let turnovers = 0;
    const cache = new GenerationalCache<string, number>(2, () => (turnovers += 1));
    let computed = 0;
    const lookUp = (key: string) => cache.get(key, () => (computed += 1));
    lookUp('a');
    lookUp('b');
    lookUp('c'); // the newer half was full: a and b are now the older half
    lookUp('a'); // asked again: moves to the newer half, with c
    lookUp('d'); // full again: b goes
    expect(turnovers).toBe(2);
    expect([lookUp('a'), lookUp('c'), lookUp('d'), computed]).toEqual([1, 3, 4, 4]);
    expect(lookUp('b')).toBe(5);
  });
});
