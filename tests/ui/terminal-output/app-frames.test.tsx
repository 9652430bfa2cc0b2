// Every frame of the whole app, as Ink draws it in these tests, built again by
// the screen output the executable bundles in Ink's place
// (src/ui/terminal-output/screen-output.ts) from the same writes and clips:
// the two screens must be the same string, frame for frame, in colour and in
// monochrome, narrow and wide, over the shipped scenarios' panels, the map,
// the uncertainty, the help and the compare view.
import { cleanup } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioDir } from '../../../src/scenarios/index.js';
import Output from '../../../src/ui/terminal-output/screen-output.js';
import { arrowDown, arrowRight, enter, escape, home, space } from '../keys.js';
import { renderApp } from '../render-app.js';
import { press } from '../terminal.js';
import { InkOutput, type InkOutputInstance } from './ink-output.js';

const shipped = loadScenarioDir('scenarios').scenarios;
const inkGet = InkOutput.prototype.get;
let compared = 0;
const differing: { expected: string; built: string }[] = [];

beforeAll(() => {
  InkOutput.prototype.get = function getAndCompare(this: InkOutputInstance) {
    const expected = inkGet.call(this);
    const ours = new Output({ width: this.width, height: this.height });
    for (const operation of this.operations) {
      if (operation.type === 'write') ours.write(operation.x, operation.y, operation.text, { transformers: operation.transformers });
      else if (operation.type === 'clip') ours.clip(operation.clip);
      else ours.unclip();
    }
    const built = ours.get();
    compared += 1;
    if (built.output !== expected.output || built.height !== expected.height) differing.push({ expected: expected.output, built: built.output });
    return expected;
  };
});

afterAll(() => {
  InkOutput.prototype.get = inkGet;
  cleanup();
});

describe('the whole app through the bundled screen output', () => {
  it.each([
    [80, 24, true],
    [120, 40, false],
    [160, 48, true],
  ])('draws every frame at %ix%i (colour %s) as Ink does', async (columns, rows, color) => {
    const before = compared;
    const terminal = await renderApp({ scenarios: shipped, size: { columns, rows }, color });
    // Each shipped scenario: its panels, a factor step each way.
    for (const _scenario of shipped) {
      await press(terminal, enter, ...'1234567', '3', '+', '+', '-', 'b', arrowDown);
    }
    await press(terminal, '?', arrowDown, escape);
    await press(terminal, home, space, arrowDown, space, 'c', arrowDown, arrowRight, 'b');
    await press(terminal, enter, 'u', '3', '+', 'u', 'b');
    terminal.unmount();
    expect(differing).toEqual([]);
    expect(compared - before).toBeGreaterThan(shipped.length * 10);
  });
});
