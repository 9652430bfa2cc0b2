import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ignoreClosedPipe, writeAll, type OutputStream } from '../../src/cli/write-output.js';

class FakeStream extends EventEmitter implements OutputStream {
  readonly written: string[] = [];
  write(text: string): boolean {
    this.written.push(text);
    return true;
  }
}

function writeError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('ignoreClosedPipe', () => {
  it.each([
    ['EPIPE (the reader went away)', 'EPIPE', 0],
    ['EBADF', 'EBADF', 1],
    ['ENOSPC', 'ENOSPC', 1],
  ])('%s: reported %i times, never thrown', (_, code, reports) => {
    const stream = new FakeStream();
    const reported: string[] = [];
    ignoreClosedPipe(stream, (error) => reported.push(error.code ?? ''));
    // Without a listener, emitting 'error' throws (Node's uncaught stream error).
    expect(() => stream.emit('error', writeError(code))).not.toThrow();
    expect(reported).toHaveLength(reports);
  });
});

describe('writeAll', () => {
  it.each([
    ['a whole report', 'line 1\nline 2\n', ['line 1\nline 2\n']],
    ['nothing', '', []],
  ])('writes %s in one call', (_, text, calls) => {
    const stream = new FakeStream();
    writeAll(stream, text);
    expect(stream.written).toEqual(calls);
  });
});
