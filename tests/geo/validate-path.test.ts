import { describe, expect, it } from 'vitest';
import { validatePath } from '../../src/geo/validate-path.js';
import { problemLines, valueOf } from './problem-text.js';

const POINT = 'a point [longitude, latitude]';
const TWO = `at least two points, each ${POINT}`;
const LONGITUDE = 'a longitude in degrees from -180 to 180';
const LATITUDE = 'a latitude in degrees from -90 to 90';

describe('validatePath: an inline path of [longitude, latitude] points', () => {
  it.each([
    ['two points', [[30.5234, 50.4501], [36.2304, 49.9935]]],
    ['the extremes', [[-180, -90], [180, 90], [0, 0]]],
    ['negative zero and integers', [[-0, 0], [1, 1]]],
  ])('accepts %s as they are', (_name, path) => {
    expect(valueOf(validatePath(path))).toEqual(path);
  });

  it.each([
    ['not a list', 'from Kyiv to Kharkiv', [`: expected ${TWO}, got "from Kyiv to Kharkiv"`]],
    ['a mapping', { from: [30, 50] }, [`: expected ${TWO}, got an object`]],
    ['nothing', undefined, [`: expected ${TWO}, got nothing`]],
    ['one point', [[30, 50]], [`: expected ${TWO}, got an array of 1 item`]],
    ['an empty list', [], [`: expected ${TWO}, got an array of 0 items`]],
    ['a point that is a number', [30, [31, 51]], [`[0]: expected ${POINT}, got 30`]],
    ['a point with an altitude', [[30, 50, 100], [31, 51]], [`[0]: expected ${POINT}, got an array of 3 items`]],
    ['a point of one number', [[30, 50], [31]], [`[1]: expected ${POINT}, got an array of 1 item`]],
    ['a longitude past 180', [[30, 50], [31, 51], [190, 51]], [`[2][0]: expected ${LONGITUDE}, got 190`]],
    ['a latitude past -90', [[30, 50], [31, -91]], [`[1][1]: expected ${LATITUDE}, got -91`]],
    ['a quoted number', [[30, 50], [31, '51']], [`[1][1]: expected ${LATITUDE}, got "51"`]],
    ['YAML .inf and .nan', [[Number.POSITIVE_INFINITY, 50], [31, Number.NaN]], [`[0][0]: expected ${LONGITUDE}, got Infinity`, `[1][1]: expected ${LATITUDE}, got NaN`]],
    ['a boolean and null', [[true, null], [31, 51]], [`[0][0]: expected ${LONGITUDE}, got true`, `[0][1]: expected ${LATITUDE}, got null`]],
    ['a string of escape characters, shown escaped', [['\u001b]0;pwned\u0007', 50], [31, 51]], [`[0][0]: expected ${LONGITUDE}, got "\\u001b]0;pwned\\u0007"`]],
    ['problems in several points, all at once', [[200, 50], [31, 95], [32, 52], [-181, -100]], [
      `[0][0]: expected ${LONGITUDE}, got 200`,
      `[1][1]: expected ${LATITUDE}, got 95`,
      `[3][0]: expected ${LONGITUDE}, got -181`,
      `[3][1]: expected ${LATITUDE}, got -100`,
    ]],
  ])('refuses %s', (_name, path, messages) => {
    expect(problemLines(validatePath(path))).toEqual(messages);
  });

  it('refuses more than 200,000 points', () => {
    const path = Array.from({ length: 200_001 }, () => [30, 50]);
    expect(problemLines(validatePath(path))).toEqual([': expected at most 200,000 points in all, got more than 200,000 points']);
  });
});
