import { describeValue } from './describe-value.js';
import { groupThousands } from './format-km.js';
import { indexPath, type LonLat, type ProblemList } from './geometry-problem.js';

/** The most points one GeoJSON file or inline path may hold in all. */
export const MAX_POINTS = 200_000;

const EXPECTED_LONGITUDE = 'a longitude in degrees from -180 to 180';
const EXPECTED_LATITUDE = 'a latitude in degrees from -90 to 90';
const EXPECTED_ALTITUDE = 'an altitude in metres (a number)';
const EXPECTED_TWO_POINTS = 'at least two points';
const EXPECTED_POINT_BUDGET = `at most ${groupThousands(MAX_POINTS)} points in all`;

/** How a point may be written: GeoJSON allows an altitude after the latitude, an inline path does not. */
export interface PointForm {
  readonly allowAltitude: boolean;
  /** The expected form for messages, e.g. "a point [longitude, latitude]". */
  readonly expected: string;
}

/** Counts points against `MAX_POINTS` across every line of one input. */
export class PointBudget {
  private remaining = MAX_POINTS;

  /** True once the input has been found to hold more than `MAX_POINTS` points: stop reading. */
  get exhausted(): boolean {
    return this.remaining < 0;
  }

  /** Takes `count` points; on the first overdraft, reports the input as too large. */
  take(count: number, problems: ProblemList): boolean {
    if (this.exhausted) return false;
    this.remaining -= count;
    if (!this.exhausted) return true;
    problems.add('', EXPECTED_POINT_BUDGET, `more than ${groupThousands(MAX_POINTS)} points`);
    return false;
  }
}

function checkCoordinate(value: unknown, path: string, limit: number, expected: string, problems: ProblemList): number | null {
  // Number.isFinite also rejects the Infinity that JSON.parse makes of 1e400 and YAML's .inf and .nan.
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -limit || value > limit) {
    problems.add(path, expected, describeValue(value));
    return null;
  }
  return value;
}

/** One point: `[longitude, latitude]` (and an altitude where the form allows it), each a number in range. */
export function checkPoint(value: unknown, path: string, form: PointForm, problems: ProblemList): LonLat | null {
  const maxLength = form.allowAltitude ? 3 : 2;
  if (!Array.isArray(value) || value.length < 2 || value.length > maxLength) {
    problems.add(path, form.expected, describeValue(value));
    return null;
  }
  const longitude = checkCoordinate(value[0], indexPath(path, 0), 180, EXPECTED_LONGITUDE, problems);
  const latitude = checkCoordinate(value[1], indexPath(path, 1), 90, EXPECTED_LATITUDE, problems);
  if (value.length === 3 && (typeof value[2] !== 'number' || !Number.isFinite(value[2]))) {
    problems.add(indexPath(path, 2), EXPECTED_ALTITUDE, describeValue(value[2]));
    return null;
  }
  return longitude === null || latitude === null ? null : [longitude, latitude];
}

/**
 * A line: an array of two or more points. Returns null (with problems added)
 * when anything is wrong, including a line that takes the input past
 * `MAX_POINTS`; the caller stops reading then.
 */
export function checkLine(
  value: unknown,
  path: string,
  form: PointForm,
  budget: PointBudget,
  problems: ProblemList,
): LonLat[] | null {
  if (!Array.isArray(value) || value.length < 2) {
    problems.add(path, `${EXPECTED_TWO_POINTS}, each ${form.expected}`, describeValue(value));
    return null;
  }
  if (!budget.take(value.length, problems)) return null;
  const points: LonLat[] = [];
  let valid = true;
  for (let index = 0; index < value.length; index += 1) {
    const point = checkPoint(value[index], indexPath(path, index), form, problems);
    if (point === null) valid = false;
    else points.push(point);
  }
  return valid ? points : null;
}
