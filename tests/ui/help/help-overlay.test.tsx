// The help overlay alone: every key, by where it works, in two columns at 80,
// scrolled. Frames in frames/ (vitest -u rewrites them; read the diff).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { HelpOverlay } from '../../../src/ui/help/help-overlay.js';
import { renderPanel } from '../render-panel.js';
import { frame } from '../terminal.js';

afterEach(cleanup);

const overlay = async (scroll: number): Promise<string> =>
  frame(await renderPanel(({ width, height }) => <HelpOverlay width={width} height={height} scroll={scroll} />));

describe('the help overlay', () => {
  it('lists every key, and how many lines are below', async () => {
    await expect(await overlay(0)).toMatchFileSnapshot('frames/keys.txt');
  });

  it('scrolls a line at a time, to the last line and no further', async () => {
    await expect(await overlay(13)).toMatchFileSnapshot('frames/keys-scrolled.txt');
    cleanup();
    expect(await overlay(50)).toBe(await overlay(13));
  });
});
