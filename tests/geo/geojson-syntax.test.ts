import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonFault, findJsonFault, lineAndColumn } from '../../src/geo/geojson-syntax.js';

/** What a message may say of text that is not JSON: a fixed reason and a place, never the text. */
const FAULT_MESSAGE =
  /^text that is not JSON \((an end before the JSON is complete|more text after the JSON value|a character where "(,|:)"( or "[\]}]")? should be|a property name that is not in double quotes|a control character inside a string|a bad (\\u )?escape inside a string|a string that is never closed|a number written wrong|a character that starts no JSON value) at line \d+, column \d+\)$/;

const refusedByJsonParse = (text: string): boolean => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

describe('describeJsonFault: where text that is not JSON goes wrong, never what it holds', () => {
  it.each([
    ['a shell variable file', 'IS_SANDBOX=1\nHOME=/root\n', 'a character that starts no JSON value at line 1, column 1'],
    ['a password file', 'root:*:20212:0:99999:7:::\n', 'a character that starts no JSON value at line 1, column 1'],
    ['empty text', '', 'an end before the JSON is complete at line 1, column 1'],
    ['only spaces', '  \n ', 'an end before the JSON is complete at line 2, column 2'],
    ['an unclosed array', '{"coordinates": [[0, 0], [1, 1]', 'an end before the JSON is complete at line 1, column 32'],
    ['a missing bracket before a brace', '{\n  "type": "LineString",\n  "coordinates": [[0, 0], [1, 1]\n}', 'a character where "," or "]" should be at line 4, column 1'],
    ['a missing comma in an object', '{"a": 1 "b": 2}', 'a character where "," or "}" should be at line 1, column 9'],
    ['a missing colon', '{"a" 1}', 'a character where ":" should be at line 1, column 6'],
    ['a name without quotes', '{type: "LineString"}', 'a property name that is not in double quotes at line 1, column 2'],
    ['a trailing comma in an object', '{"a": 1,}', 'a property name that is not in double quotes at line 1, column 9'],
    ['a trailing comma in an array', '[1, 2,]', 'a character that starts no JSON value at line 1, column 7'],
    ['a second value', '{} {}', 'more text after the JSON value at line 1, column 4'],
    ['a raw tab in a string', '{"type": "Line\tString"}', 'a control character inside a string at line 1, column 15'],
    ['a bad escape', '["a\\x"]', 'a bad escape inside a string at line 1, column 4'],
    ['a short \\u escape', '["\\u12"]', 'a bad \\u escape inside a string at line 1, column 3'],
    ['an unclosed string', '["abc', 'a string that is never closed at line 1, column 2'],
    ['a leading zero', '[01]', 'a number written wrong at line 1, column 2'],
    ['a point without decimals', '[1.]', 'a number written wrong at line 1, column 2'],
    ['a minus alone', '[-]', 'a number written wrong at line 1, column 2'],
    ['a single-quoted string', "['a']", 'a character that starts no JSON value at line 1, column 2'],
    ['a misspelt literal', '[nul]', 'a character that starts no JSON value at line 1, column 2'],
    ['columns count characters, not UTF-16 units', '["😀", x]', 'a character that starts no JSON value at line 1, column 7'],
  ])('%s', (_name, text, reason) => {
    expect(refusedByJsonParse(text)).toBe(true);
    expect(describeJsonFault(text)).toBe(`text that is not JSON (${reason})`);
  });

  it('finds no fault in any JSON that JSON.parse takes, however deep', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonFault(text)).toBeNull();
      }),
    );
    expect(findJsonFault(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
  });

  it('finds a fault in any text JSON.parse refuses, and says it in its own words only', () => {
    const nearlyJson = fc.tuple(fc.json(), fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })).map(([json, at, junk]) => {
      const cut = at % (json.length + 1);
      return `${json.slice(0, cut)}${junk}${json.slice(cut)}`;
    });
    fc.assert(
      fc.property(fc.oneof(nearlyJson, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        fc.pre(refusedByJsonParse(text));
        expect(findJsonFault(text)).not.toBeNull();
        expect(describeJsonFault(text)).toMatch(FAULT_MESSAGE);
      }),
      { numRuns: 500 },
    );
  });

  it('takes 100,000 open brackets without running out of stack', () => {
    expect(describeJsonFault('['.repeat(100_000))).toBe('text that is not JSON (an end before the JSON is complete at line 1, column 100001)');
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['the first character', 'abc', 0, { line: 1, column: 1 }],
    ['after a line feed', 'ab\ncd', 4, { line: 2, column: 2 }],
    ['CRLF counts as one line break', 'ab\r\ncd', 5, { line: 2, column: 2 }],
    ['the end of the text', 'ab\n', 3, { line: 2, column: 1 }],
  ])('%s', (_name, text, offset, expected) => {
    expect(lineAndColumn(text, offset)).toEqual(expected);
  });
});
