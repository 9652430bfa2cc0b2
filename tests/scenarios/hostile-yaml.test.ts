import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { parseScenarioText } from '../../src/scenarios/index.js';
import { expectProblem, expectProblems, load, MINIMAL, problemsOf, yaml } from './expect-scenario.js';

// Hostile YAML: each ends in problems with positions, never a throw, never a partial scenario.

describe('nesting is refused before the parser sees it', () => {
  // Each of these, parsed twice in one process, has killed Node with an out-of-memory abort no catch sees.
  test.each<[string, string, string]>([
    ['10 KB of [', '['.repeat(10_000), '1:33: expected [ and { nested at most 32 deep, got "[[[[[[[[[[[[[[[[[[[["'],
    ['10 KB of {', '{'.repeat(10_000), '1:33: expected [ and { nested at most 32 deep, got "{{{{{{{{{{{{{{{{{{{{"'],
    ['[ under a key', `title: ${'['.repeat(5_000)}`, '1:40: expected [ and { nested at most 32 deep, got "[[[[[[[[[[[[[[[[[[[["'],
    ['5,000 "- " on one line', `${'- '.repeat(5_000)}x`, '1:203: expected indentation of at most 200 columns, got "- - - - - - - - - -"'],
    ['5,000 "? " on one line', `${'? '.repeat(5_000)}x`, '1:203: expected indentation of at most 200 columns, got "? ? ? ? ? ? ? ? ? ?"'],
  ])('%s, twice', (_case, text, message) => {
    expectProblems(text, message);
    expectProblems(text, message);
  });

  test('a mapping nested one line and one column at a time', () => {
    const lines = Array.from({ length: 300 }, (_, depth) => `${' '.repeat(depth)}a:`);
    expectProblems(yaml(...lines), '202:202: expected indentation of at most 200 columns, got "a:"');
  });

  test('brackets inside quotes, comments and block text are text, not nesting', () => {
    const brackets = '['.repeat(100);
    const text = yaml(`title: "${brackets}"`, `description: |`, `  ${brackets}`, `# ${brackets}`, 'sectors:', '  - name: A', '    length: 1 km');
    expect(load(text)).toMatchObject({ ok: true, scenario: { title: brackets } });
  });

  test('the deepest nesting the limits let through is parsed, twice, and ends in problems', () => {
    const deepest = `${'- '.repeat(100)}${'['.repeat(32)}1${']'.repeat(32)}`;
    for (let run = 0; run < 2; run += 1) {
      expectProblems(deepest, '1:1: expected a scenario: a mapping with title and sectors, got a list');
    }
  });

  test('nesting within the limits reaches the schema check', () => {
    const nested = `${'['.repeat(32)}1${']'.repeat(32)}`;
    expectProblems(yaml(`title: ${nested}`, 'sectors:', '  - name: A', '    length: 1 km'), `1:8 title: expected a title, got "${nested.slice(0, 59)}…"`);
  });
});

describe('aliases, anchors and tags are reported, never resolved', () => {
  test('an alias bomb', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = String.fromCharCode('a'.charCodeAt(0) + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const problems = problemsOf(yaml(...levels));
    expect(problems).toContain('2:4 b: expected a value without an anchor (forcecalc reads no YAML anchors or aliases), got "&b"');
    expect(problems).toContain('2:8 b[0]: expected a value written out (forcecalc reads no YAML aliases), got "*a"');
    expect(problems).toHaveLength(1 + 8 + 8 * 9 + 9 + 2);
  });

  test('a merge key with an alias', () => {
    expectProblems(
      yaml('base: &base', '  title: T', 'scenario:', '  <<: *base'),
      '1:1: expected one of the keys title, description, sources, start, horizon, factors, sectors, capabilities, coalition, expect, got "base"',
      '1:1 title: expected a title (required), got nothing',
      '1:1 sectors: expected a list of sectors, each with name and length (required), got nothing',
      '1:7 base: expected a value without an anchor (forcecalc reads no YAML anchors or aliases), got "&base"',
      '3:1: expected one of the keys title, description, sources, start, horizon, factors, sectors, capabilities, coalition, expect, got "scenario"',
      '4:7 scenario.<<: expected a value written out (forcecalc reads no YAML aliases), got "*base"',
    );
  });

  test.each<[string, string, string]>([
    ['!!js/function', 'title: !!js/function "function () { return 1 }"', '1:8 title: expected a value without a YAML tag, got "!!js/function"'],
    ['!!binary', 'title: !!binary aGVsbG8=', '1:8 title: expected a value without a YAML tag, got "!!binary"'],
    ['!!str', 'title: !!str T', '1:8 title: expected a value without a YAML tag, got "!!str"'],
    ['a local tag', 'title: !secret T', '1:8 title: expected a value without a YAML tag, got "!secret"'],
    ['a verbatim tag', 'title: !<tag:yaml.org,2002:js/undefined> T', '1:8 title: expected a value without a YAML tag, got "!<tag:yaml.org,2002:js/undefined>"'],
    ['a tag on a collection', 'title: !!omap [a: 1]', '1:8 title: expected a value without a YAML tag, got "!!omap"'],
  ])('the tag %s', (_case, line, message) => {
    expectProblem(yaml(line, 'sectors:', '  - name: A', '    length: 1 km'), message);
  });
});

describe('__proto__ and constructor are unknown keys, and pollute nothing', () => {
  afterEach(() => {
    // Whatever a test did, no object may have gained a property.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('at every level, and through a merge', () => {
    const text = yaml(
      'title: T',
      '__proto__: {polluted: top}',
      'constructor: {prototype: {polluted: constructor}}',
      'factors:',
      '  __proto__: {polluted: factors}',
      '  brigadeSize: {min: 3000, max: 5000, __proto__: {polluted: range}}',
      'sectors:',
      '  - name: A',
      '    length: 1 km',
      '    __proto__: {polluted: sector}',
      'coalition:',
      '  - country: A',
      '    troops: 1',
      '    "__proto__": {polluted: contributor}',
      'expect:',
      '  __proto__: {polluted: expect}',
      'merged:',
      '  <<: &p {__proto__: {polluted: merge}}',
      'merged again:',
      '  <<: *p',
    );
    const problems = problemsOf(text);
    expect(problems).toContain('2:1: expected one of the keys title, description, sources, start, horizon, factors, sectors, capabilities, coalition, expect, got "__proto__"');
    expect(problems).toContain('3:1: expected one of the keys title, description, sources, start, horizon, factors, sectors, capabilities, coalition, expect, got "constructor"');
    expect(problems).toContain('5:3 factors: expected one of the keys density, brigadeSize, airCoverPerBrigade, enablerShare, rotation, got "__proto__"');
    expect(problems).toContain('6:39 factors.brigadeSize: expected one of the keys min, max, got "__proto__"');
    expect(problems).toContain('10:5 sectors[0]: expected one of the keys name, length, path, geojson, tortuosity, density, got "__proto__"');
    expect(problems).toContain('14:5 coalition[0]: expected one of the keys country, troops, brigades, provides, backstop, arrives, leaves, tour, got "__proto__"');
    expect(problems.filter((problem) => problem.startsWith('16:3 expect: ') && problem.endsWith('got "__proto__"'))).toHaveLength(1);
    expect(problems).toContain('20:7 merged again.<<: expected a value written out (forcecalc reads no YAML aliases), got "*p"');
    expect(problems.filter((problem) => problem.includes('"__proto__"'))).toHaveLength(6);
  });

  test('in JSON', () => {
    const json = '{"title": "T", "sectors": [{"name": "A", "length": 1, "__proto__": {"polluted": 1}}], "__proto__": {"polluted": 2}}';
    expect(problemsOf(json)).toEqual([
      '1:55 sectors[0]: expected one of the keys name, length, path, geojson, tortuosity, density, got "__proto__"',
      '1:87: expected one of the keys title, description, sources, start, horizon, factors, sectors, capabilities, coalition, expect, got "__proto__"',
    ]);
  });
});

describe('the shape of the file', () => {
  test.each<[string, string, string]>([
    ['an empty file', '', ': expected a scenario: a mapping with title and sectors, got an empty file'],
    ['only blank lines', '\n  \n\n', ': expected a scenario: a mapping with title and sectors, got an empty file'],
    ['only a byte-order mark', '\uFEFF', ': expected a scenario: a mapping with title and sectors, got an empty file'],
    ['only comments', '# a scenario\n# to come\n', ': expected a scenario: a mapping with title and sectors, got a file with only comments'],
    ['only a document start', '---\n', '1:4: expected a scenario: a mapping with title and sectors, got nothing'],
    ['a NUL byte', 'title: T\u0000\n', '1:9: expected a text file (binary data cannot be a scenario), got a NUL byte'],
    ['binary junk', '\u0089PNG\r\n\u001A\n\u0000\u0000', '2:1: expected a text file (binary data cannot be a scenario), got the control character U+001A'],
    ['an escape character', 'title: \u001B[2J\n', '1:8: expected a text file (binary data cannot be a scenario), got the control character U+001B'],
    ['YAML 1.1', '%YAML 1.1\n---\ntitle: yes\n', '1:1: expected YAML 1.2 (remove the %YAML directive), got "%YAML 1.1"'],
  ])('%s', (_case, text, message) => {
    expectProblems(text, message);
  });

  test('two documents', () => {
    expectProblems(yaml(...MINIMAL, '---', ...MINIMAL), '5:1: expected one scenario per file (a second YAML document starts here), got "---"');
  });

  test('a duplicate key', () => {
    expectProblems(yaml(...MINIMAL, 'title: U'), '5:1: expected each key once (this one repeats an earlier key), got "title"');
  });

  test('a tab as indentation', () => {
    expectProblems(yaml('title: T', 'sectors:', '\t- name: A', '\t  length: 1 km'), '3:1: expected indentation with spaces (YAML allows no tabs there), got a tab', '4:1: expected indentation with spaces (YAML allows no tabs there), got a tab');
  });

  test.each<[string, string[], string]>([
    ['a quote left open', ['title: "T', 'sectors: []'], '3:1: expected valid YAML (Missing closing "quote), got the end of the file'],
    ['a mapping on one line', ['title: a: b'], '1:8: expected valid YAML (Nested mappings are not allowed in compact mappings), got "a: b"'],
    ['a bracket left open', ['title: T', 'sectors: [a', 'factors: {}'], '3:1: expected valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]), got "factors: {}"'],
  ])('a YAML syntax error names the place: %s', (_case, lines, message) => {
    expect(problemsOf(yaml(...lines))).toContain(message);
  });

  test('text larger than 1 MiB', () => {
    expectProblems(`title: ${'t'.repeat(1024 * 1024)}`, ': expected a file of at most 1 MiB, got 1.0 MiB');
  });
});

describe('loading never throws', () => {
  const tokens = [
    '[', ']', '{', '}', '- ', '? ', ': ', ', ', '\n', '  ', '\t', '#', '"', "'", '|', '>', '&a ', '*a', '!!binary ', '!x ',
    '%YAML 1.1\n', '---\n', '...\n', '<<', '__proto__', 'constructor', 'title', 'sectors', 'name', 'length', 'factors',
    'density', 'coalition', 'troops', 'brigades', 'expect', '1,200 km', '3 kg', '1e400', '.inf', '5,000..3,000', '\u0000', '\uFEFF', '\u202E',
  ];
  const yamlish = fc.array(fc.constantFrom(...tokens), { maxLength: 120 }).map((parts) => parts.join(''));

  test('for YAML-like text, it returns a scenario or problems', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 300 })), (text) => {
        const result = parseScenarioText(text, { file: 'f.yaml', id: 'f' });
        if (result.ok) expect(result.scenario.sectors.length).toBeGreaterThan(0);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  test('what escapes as an exception is still a problem', () => {
    const result = parseScenarioText(undefined as unknown as string, { file: 'f.yaml', id: 'f' });
    expect(result).toMatchObject({ ok: false, problems: [{ file: 'f.yaml', line: 0, expected: 'a file forcecalc can read' }] });
  });
});
