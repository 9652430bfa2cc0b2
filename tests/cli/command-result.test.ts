import { describe, expect, it } from 'vitest';
import { internalError, invalidScenarios, usageError } from '../../src/cli/command-result.js';

describe('command results', () => {
  it('turns an unexpected exception into one line and exit code 70', () => {
    const error = new TypeError('Cannot read properties of undefined\n    at somewhere (file.js:1:1)');
    expect(internalError(error)).toEqual({
      stdout: '',
      stderr: 'forcecalc: internal error: Cannot read properties of undefined     at somewhere (file.js:1:1)\n',
      exitCode: 70,
    });
    expect(internalError('a thrown string')).toMatchObject({ stderr: 'forcecalc: internal error: a thrown string\n', exitCode: 70 });
  });

  it('says what was expected, then where to read more, with exit code 2', () => {
    expect(usageError('unknown command "x"')).toEqual({
      stdout: '',
      stderr: 'forcecalc: unknown command "x"\nRun forcecalc --help for usage.\n',
      exitCode: 2,
    });
  });

  it('prints each problem on a line, the file name escaped (never stripped), with exit code 1', () => {
    const problem = { file: 'evil\u001b[2J.yaml', line: 3, column: 7, path: 'title', expected: 'text', received: '42' };
    expect(invalidScenarios([problem, { ...problem, line: 0 }])).toEqual({
      stdout: '',
      stderr: 'evil\\u001b[2J.yaml:3:7 title: expected text, got 42\nevil\\u001b[2J.yaml title: expected text, got 42\n',
      exitCode: 1,
    });
  });
});
