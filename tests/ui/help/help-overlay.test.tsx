// The help overlay alone: every key, by where it works, in two columns at 80,
// scrolled. Frames in frames/ (vitest -u rewrites them; read the diff).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { HelpOverlay } from '../../../src/ui/help/help-overlay.js';
import { helpMaxScroll } from '../../../src/ui/help/help-layout.js';
import { bodySize, renderPanel } from '../render-panel.js';
import { frame, STANDARD_TERMINAL } from '../terminal.js';


afterEach(cleanup);

const overlay = async (scroll: number): Promise<string> =>
  frame(await renderPanel(({ width, height }) => <HelpOverlay width={width} height={height} scroll={scroll} />));

describe('the help overlay', () => {
  it('lists every key, and how many lines are below', async () => {
    await expect(await overlay(0)).toMatchFileSnapshot('frames/keys.txt');
  });

  it('scrolls a line at a time, to the last line and no further', async () => {
    const body = bodySize(STANDARD_TERMINAL);
    const last = helpMaxScroll(body.width, body.height);
    await expect(await overlay(last)).toMatchFileSnapshot('frames/keys-scrolled.txt');
    cleanup();
    expect(await overlay(last + 30)).toBe(await overlay(last));
  });
});
