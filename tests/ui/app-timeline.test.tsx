// The Timeline panel through the app: the key that opens it, the cursor moved by a week and to the next step,
// an arrival moved a week (the title marked edited, the day it is covered from following it), a move the file's
// rules refuse, and r putting the file's arrivals back. The reducer is tested alone (timeline/timeline-state.test.ts).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { buildUp } from './build-scenarios.js';
import { arrowDown, arrowRight, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');

describe('timeline panel', () => {
  it('opens on 6: the cursor on day 0, the chart, each contributor present or not, its own footer', async () => {
    const terminal = await renderApp({ scenarios: [buildUp] });
    await press(terminal, enter, '6');
    const shown = lines(frame(terminal));
    expect(shown.slice(0, 4)).toEqual([
      'forcecalc · build-up: Build-up',
      ' 1 Estimate  2 Sectors  3 Factors  4 Map  5 Capabilities [6 Timeline] 7 Pledges',
      'day 0 (2026-06-01): pledged 0 of 3,000 needed, short 3,000',
      'Can cover from day 61; never surely to the horizon',
    ]);
    expect(shown.at(-1)).toBe('Left/Right week  [/] step  Up/Down contributor  -/+ arrival  Enter type  r rese…');
    await expect(frame(terminal)).toMatchFileSnapshot('frames/timeline-80x24.txt');
  });

  it('moves the cursor a week with Right and to the next step with ], saying who is there', async () => {
    const terminal = await renderApp({ scenarios: [buildUp] });
    await press(terminal, enter, '6', arrowRight, arrowRight);
    expect(lines(frame(terminal))[2]).toBe('day 14 (2026-06-15): pledged 0..1,500 of 3,000 needed, short 1,500..3,000');
    expect(frame(terminal)).toMatch(/> {3}France +maybe there +1,500 +arrives 10\.\.30, leaves stays/);
    await press(terminal, ']', ']');
    expect(lines(frame(terminal))[2]).toBe('day 61 (2026-08-01): pledged 3,500 of 3,000 needed, short 0');
    expect(frame(terminal)).toMatch(/ {4}United Kingdom +there +2,000 +arrives 61, leaves 300/);
  });

  it('moves an arrival a week with +, marks the scenario edited, and r puts the file back', async () => {
    const terminal = await renderApp({ scenarios: [buildUp] });
    // The United Kingdom a week later: it can be covered from day 68 (never surely: the UK leaves on day 300).
    await press(terminal, enter, '6', arrowDown, '+');
    let shown = lines(frame(terminal));
    expect(shown[0]).toBe('forcecalc · build-up: Build-up  * edited');
    expect(shown[3]).toBe('Can cover from day 68; never surely to the horizon');
    expect(frame(terminal)).toMatch(/> \* United Kingdom +not there +2,000 +arrives 68,/);
    await press(terminal, 'r');
    shown = lines(frame(terminal));
    expect(shown[0]).toBe('forcecalc · build-up: Build-up');
    expect(shown[3]).toBe('Can cover from day 61; never surely to the horizon');
  });

  it('refuses to move an arrival before day 0, or past the departure, and says why', async () => {
    const terminal = await renderApp({ scenarios: [buildUp] });
    // France arrives on day 10..30: two weeks earlier would start before day 0.
    await press(terminal, enter, '6', '-', '-');
    expect(frame(terminal)).toContain('An arrival cannot come before day 0.');
    // The United Kingdom leaves on day 300: 34 weeks later it would arrive on day 299, 35 on day 306.
    await press(terminal, arrowDown, ...Array.from({ length: 35 }, () => '+'));
    expect(frame(terminal)).toContain('An arrival must stay before the departure');
    expect(frame(terminal)).toMatch(/> \* United Kingdom +not there +2,000 +arrives 299,/);
  });
});

describe('typing an arrival', () => {
  it('takes a date, a range or days as a file does, and says why it refuses one', async () => {
    const terminal = await renderApp({ scenarios: [buildUp] });
    // The United Kingdom on 15 July (day 44) rather than 1 August: covered from day 44.
    await press(terminal, enter, '6', arrowDown, enter, ...'2026-07-15');
    expect(frame(terminal)).toContain('Arrival of United Kingdom: 2026-07-15_');
    await press(terminal, enter);
    const shown = lines(frame(terminal));
    expect(shown[0]).toBe('forcecalc · build-up: Build-up  * edited');
    expect(shown[3]).toBe('Can cover from day 44; never surely to the horizon');
    expect(frame(terminal)).toMatch(/> \* United Kingdom +not there +2,000 +arrives 44,/);
    // A departure on day 300 allows no arrival on day 310.
    await press(terminal, enter, ...'310', enter);
    expect(frame(terminal)).toContain('An arrival must stay before the departure');
    await press(terminal, escape);
    await press(terminal, enter, ...'soon', enter);
    expect(frame(terminal)).toContain('Expected a duration such as "30 days"');
  });
});
