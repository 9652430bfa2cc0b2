import type { GeometryResult } from '../../src/geo/geometry-problem.js';

/** A problem as one line, `path: expected ..., got ...`, so a case table reads like the messages. */
export function problemLines<T>(result: GeometryResult<T>): string[] {
  if (result.ok) return [];
  return result.problems.map((problem) => `${problem.path}: expected ${problem.expected}, got ${problem.received}`);
}

/** The checked value, failing the test with every problem when there were any. */
export function valueOf<T>(result: GeometryResult<T>): T {
  if (!result.ok) throw new Error(`unexpected problems:\n${problemLines(result).join('\n')}`);
  return result.value;
}
