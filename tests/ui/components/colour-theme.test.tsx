import { afterEach, describe, expect, it, vi } from 'vitest';

// Ink colours through chalk, which decides once, when it loads, whether the
// terminal takes colour; the test stream is not a TTY, so force colour before
// anything loads Ink (vitest gives each test file its own modules).
vi.stubEnv('FORCE_COLOR', '1');

const { cleanup } = await import('ink-testing-library');
const { renderApp } = await import('../render-app.js');
const { enter } = await import('../keys.js');
const { frame, press } = await import('../terminal.js');

afterEach(() => cleanup());

// eslint-disable-next-line no-control-regex -- removing colour sequences is the point
const COLOUR = /\u001B\[[0-9;]*m/g;

describe('themes', () => {
  it('the colour theme only adds colour: without it the screen reads the same as in monochrome', async () => {
    const keys = [enter, '3', '+'];
    const coloured = await renderApp({ color: true });
    await press(coloured, ...keys);
    const monochrome = await renderApp({ color: false });
    await press(monochrome, ...keys);

    expect(frame(coloured)).toMatch(COLOUR);
    expect(frame(monochrome)).not.toMatch(COLOUR);
    expect(frame(coloured).replace(COLOUR, '')).toBe(frame(monochrome));
  });

  it('bars are blocks in colour and ASCII in monochrome', async () => {
    const coloured = await renderApp({ color: true });
    await press(coloured, enter, '2');
    const monochrome = await renderApp({ color: false });
    await press(monochrome, enter, '2');

    const bars = (text: string) => text.replace(COLOUR, '').split('\n').filter((line) => line.startsWith('Pledged'));
    expect(bars(frame(coloured))).toEqual(['Pledged  ████████████████████████████████▒▒▒▒▒▒▒▒ 8,000..10,000 troops']);
    expect(bars(frame(monochrome))).toEqual(['Pledged  ################################++++++++ 8,000..10,000 troops']);
  });
});
