import { describe, expect, it } from 'vitest';
import { importUi } from '../../src/cli/import-ui.js';

describe('importUi: the UI loaded with fetch hidden from Ink, then put back', () => {
  it('loads the UI and leaves fetch as it found it', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    const ui = await importUi();
    expect(typeof ui.runInteractive).toBe('function');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
    expect(typeof globalThis.fetch).toBe('function');
  });
});
