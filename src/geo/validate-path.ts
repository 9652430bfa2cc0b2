import { ProblemList, type GeometryResult, type Line } from './geometry-problem.js';
import { checkLine, PointBudget, type PointForm } from './position-checks.js';

const INLINE_POINT: PointForm = { allowAltitude: false, expected: 'a point [longitude, latitude]' };

/**
 * Checks a sector's inline `path:` as the YAML loader parsed it: a list of two
 * or more `[longitude, latitude]` points in WGS84 degrees, each a plain number
 * in range. Returns the line, or every problem with an index path such as
 * `[3][1]` (the loader prefixes the sector's field: `sectors[0].path[3][1]`).
 */
export function validatePath(value: unknown): GeometryResult<Line> {
  const problems = new ProblemList();
  const line = checkLine(value, '', INLINE_POINT, new PointBudget(), problems);
  return problems.result(line ?? []);
}
