import { describe, expect, test } from 'vitest';
import { expectProblem, expectProblems, expectScenario, MINIMAL, yaml } from './expect-scenario.js';

describe('a scenario file reads into a core Scenario', () => {
  test('the example of docs/scenario-files.md', () => {
    const text = yaml(
      "title: Ceasefire line at Palisa's minimum density",
      'description: One line, the minimum density quoted in the article.',
      'sources:',
      `  - "Politico, 'Ukraine lays out peacekeeping mission wish list' (2025): 3 soldiers/km, 3,000-5,000 per brigade"`,
      'factors:',
      '  density: 3 / km',
      '  brigadeSize: 3,000..5,000',
      '  airCoverPerBrigade: 1',
      '  rotation: 1',
      'sectors:',
      '  - name: Line of contact',
      '    length: 1,200 km',
      '  - name: Zaporizhzhia hot spot',
      '    length: 150 km',
      '    density: 20 / km',
      'coalition:',
      '  - country: France',
      '    brigades: 1',
      '  - country: United Kingdom',
      '    troops: 5,000',
      'expect:                # optional',
      '  brigades: 2..3',
    );
    const scenario = expectScenario(text, {
      id: 'x',
      title: "Ceasefire line at Palisa's minimum density",
      description: 'One line, the minimum density quoted in the article.',
      sources: ["Politico, 'Ukraine lays out peacekeeping mission wish list' (2025): 3 soldiers/km, 3,000-5,000 per brigade"],
      factors: {
        density: { min: 3, max: 3 },
        brigadeSize: { min: 3000, max: 5000 },
        airCoverPerBrigade: { min: 1, max: 1 },
        rotation: { min: 1, max: 1 },
      },
      sectors: [
        { name: 'Line of contact', lengthKm: { min: 1200, max: 1200 } },
        { name: 'Zaporizhzhia hot spot', lengthKm: { min: 150, max: 150 }, density: { min: 20, max: 20 } },
      ],
      coalition: [
        { country: 'France', pledge: { kind: 'brigades', brigades: { min: 1, max: 1 } } },
        { country: 'United Kingdom', pledge: { kind: 'troops', troops: { min: 5000, max: 5000 } } },
      ],
      expect: [{ figure: 'brigades', expected: { min: 2, max: 3 }, decimals: { min: 0, max: 0 } }],
    });
    expect(scenario.sectors[0]).not.toHaveProperty('density');
  });

  test('the smallest scenario: optional parts take their empty values', () => {
    expectScenario(yaml(...MINIMAL), { description: '', sources: [], factors: {}, coalition: null, expect: [] });
  });

  test('optional blocks written but empty count as absent', () => {
    expectScenario(yaml(...MINIMAL, 'description:', 'sources:', 'factors:', 'coalition: []', 'expect: ~'), {
      description: '',
      sources: [],
      factors: {},
      coalition: null,
      expect: [],
    });
  });

  test.each<[string, string, { min: number; max: number }]>([
    ['a YAML number', 'length: 1200', { min: 1200, max: 1200 }],
    ['a quoted string', 'length: "1,200 km"', { min: 1200, max: 1200 }],
    ['a list', 'length: [1200, 1300 km]', { min: 1200, max: 1300 }],
    ['a flow mapping', 'length: {min: 1200 km, max: 1300 km}', { min: 1200, max: 1300 }],
    ['a flow mapping of quoted numbers', 'length: {min: "1,200", max: "1,300"}', { min: 1200, max: 1300 }],
    ['a list of quoted numbers', 'length: ["1,200", "1,300"]', { min: 1200, max: 1300 }],
    ['a range in one string', 'length: 1,200..1,300 km', { min: 1200, max: 1300 }],
    ['miles', 'length: 750 mi', { min: 1207.008, max: 1207.008 }],
  ])('a length as %s', (_form, line, lengthKm) => {
    const scenario = expectScenario(yaml('title: T', 'sectors:', '  - name: A', `    ${line}`), {});
    expect(scenario.sectors[0]?.lengthKm.min).toBeCloseTo(lengthKm.min, 9);
    expect(scenario.sectors[0]?.lengthKm.max).toBeCloseTo(lengthKm.max, 9);
  });

  test('a block mapping range', () => {
    expectScenario(yaml('title: T', 'sectors:', '  - name: A', '    length:', '      min: 1200', '      max: 1300'), {
      sectors: [{ name: 'A', lengthKm: { min: 1200, max: 1300 } }],
    });
  });

  test('text fields are text as written: numbers, yes and 010 stay text (YAML 1.2, not 1.1)', () => {
    expectScenario(yaml('title: 2025.10', 'sectors:', '  - name: yes', '    length: 010'), {
      title: '2025.10',
      sectors: [{ name: 'yes', lengthKm: { min: 10, max: 10 } }],
    });
  });

  test('every factor by name, with its kind', () => {
    expectScenario(
      yaml(...MINIMAL, 'factors:', '  density: 5 / mi', '  brigadeSize: [3000, 5000]', '  airCoverPerBrigade: 1.5', '  enablerShare: 25%', '  rotation: 3x'),
      {
        factors: {
          density: { min: 5 / 1.609344, max: 5 / 1.609344 },
          brigadeSize: { min: 3000, max: 5000 },
          airCoverPerBrigade: { min: 1.5, max: 1.5 },
          enablerShare: { min: 0.25, max: 0.25 },
          rotation: { min: 3, max: 3 },
        },
      },
    );
  });

  test('expectations keep the decimals they were written with', () => {
    expectScenario(
      yaml(...MINIMAL, 'coalition:', '  - country: A', '    troops: 300', 'expect:', '  brigadeCoverageKm: 1,000..1,666.67', '  pledgedDensity: 3.000', '  coverageKm: 100'),
      {
        expect: [
          { figure: 'brigadeCoverageKm', expected: { min: 1000, max: 1666.67 }, decimals: { min: 0, max: 2 } },
          { figure: 'pledgedDensity', expected: { min: 3, max: 3 }, decimals: { min: 3, max: 3 } },
          { figure: 'coverageKm', expected: { min: 100, max: 100 }, decimals: { min: 0, max: 0 } },
        ],
      },
    );
  });

  test('JSON is YAML', () => {
    const json = JSON.stringify({ title: 'T', sectors: [{ name: 'A', length: '1,200 km' }], factors: { brigadeSize: [3000, 5000] } }, null, '\t');
    expectScenario(json, { factors: { brigadeSize: { min: 3000, max: 5000 } }, sectors: [{ name: 'A', lengthKm: { min: 1200, max: 1200 } }] });
  });

  test('a byte-order mark and CRLF line ends', () => {
    expectScenario(`\uFEFF${MINIMAL.join('\r\n')}\r\n`, { title: 'T', sectors: [{ name: 'A', lengthKm: { min: 100, max: 100 } }] });
  });

  test('positions after a byte-order mark and CRLF still match the editor', () => {
    expectProblems(`\uFEFFtitle: T\r\nsectors:\r\n  - name: A\r\n    length: 3 kg\r\n`, '4:13 sectors[0].length: expected a length such as "120 km", got "3 kg"');
  });
});

describe('problems name the place, the field, what was expected and what was found', () => {
  test.each<[string, string[], string]>([
    ['a wrong unit', ['title: T', 'sectors:', '  - name: A', '    length: 3 kg'], '4:13 sectors[0].length: expected a length such as "120 km", got "3 kg"'],
    [
      'the second sector',
      ['title: T', 'sectors:', '  - name: A', '    length: 1 km', '  - name: B', '    length: 3 kg'],
      '6:13 sectors[1].length: expected a length such as "120 km", got "3 kg"',
    ],
    ['a negative length', ['title: T', 'sectors:', '  - name: A', '    length: -5'], '4:13 sectors[0].length: expected a length of at least 0.001 km, got "-5"'],
    ['.inf', ['title: T', 'sectors:', '  - name: A', '    length: .inf'], '4:13 sectors[0].length: expected a finite length such as "120 km", got ".inf"'],
    ['.nan', ['title: T', 'sectors:', '  - name: A', '    length: .nan'], '4:13 sectors[0].length: expected a finite length such as "120 km", got ".nan"'],
    [
      'a huge integer',
      ['title: T', 'sectors:', '  - name: A', '    length: 123456789012345678901234567890'],
      '4:13 sectors[0].length: expected a length of at most 100,000 km, got "123456789012345678901234567890"',
    ],
    [
      'YAML reads 1.200 as 1.2; forcecalc reads what was written',
      ['title: T', 'sectors:', '  - name: A', '    length: 1.200'],
      '4:13 sectors[0].length: expected a length such as "120 km" (1.200 is ambiguous: write 1200 or 1.2), got "1.200"',
    ],
    [
      'an unknown sector key',
      ['title: T', 'sectors:', '  - name: A', '    length: 1 km', '    lenght: 2 km'],
      '5:5 sectors[0]: expected a known key (did you mean length?), got "lenght"',
    ],
    [
      'an unknown factor',
      [...MINIMAL, 'factors:', '  densty: 3'],
      '6:3 factors: expected a known key (did you mean density?), got "densty"',
    ],
    [
      'a key nothing like a known one',
      [...MINIMAL, 'colour: red'],
      '5:1: expected one of the keys title, description, sources, start, horizon, factors, sectors, capabilities, coalition, expect, got "colour"',
    ],
    ['a missing title', ['sectors:', '  - name: A', '    length: 1 km'], '1:1 title: expected a title (required), got nothing'],
    ['a missing sector length', ['title: T', 'sectors:', '  - name: A'], '3:5 sectors[0].length: expected a length such as "120 km", a path or a geojson file (required), got nothing'],
    ['an empty sector list', ['title: T', 'sectors: []'], '2:10 sectors: expected at least one sector, got "[]"'],
    ['sectors not a list', ['title: T', 'sectors: 1200 km'], '2:10 sectors: expected a list of sectors, each with name and length, got "1200 km"'],
    ['an empty title', ['title: ""', 'sectors:', '  - name: A', '    length: 1 km'], '1:8 title: expected a title, got ""'],
    // Text that shows as nothing once sanitised is refused as empty text is, and shown escaped.
    ['a title of escape sequences only', ['title: "\\e[2J\\u202E"', 'sectors:', '  - name: A', '    length: 1 km'], '1:8 title: expected a title, got "\\u001b[2J\\u202e"'],
    ['a sector name of a window-title sequence only', ['title: T', 'sectors:', '  - name: "\\e]0;x\\a"', '    length: 1 km'], '3:11 sectors[0].name: expected a sector name, got "\\u001b]0;x\\u0007"'],
    ['a sector name of a tab and a line separator', ['title: T', 'sectors:', '  - name: "\\t\\L"', '    length: 1 km'], '3:11 sectors[0].name: expected a sector name, got "\\t\\u2028"'],
    [
      'a country of bidi marks only',
      ['title: T', 'sectors:', '  - name: A', '    length: 1 km', 'coalition:', '  - country: "\\u200F\\u202E"', '    troops: 5'],
      '6:14 coalition[0].country: expected a country name, got "\\u200f\\u202e"',
    ],
    ['a source of a bell only', ['title: T', 'sources:', '  - "\\a"', 'sectors:', '  - name: A', '    length: 1 km'], '3:5 sources[0]: expected a source (text), got "\\u0007"'],
    ['a title that is a list', ['title: [a]', 'sectors:', '  - name: A', '    length: 1 km'], '1:8 title: expected a title, got "[a]"'],
    [
      'a sector that is a string',
      ['title: T', 'sectors:', '  - Line of contact'],
      '3:5 sectors[0]: expected a sector with name and length, got "Line of contact"',
    ],
    [
      'min above max in a string',
      [...MINIMAL, 'factors:', '  brigadeSize: 5,000..3,000'],
      '6:16 factors.brigadeSize: expected a whole number range from low to high (write 3,000..5,000), got "5,000..3,000"',
    ],
    [
      'min above max in a list',
      [...MINIMAL, 'factors:', '  brigadeSize: [5000, 3000]'],
      '6:16 factors.brigadeSize: expected a whole number range from low to high (write [3000, 5000]), got "[5000, 3000]"',
    ],
    [
      'min above max in a mapping',
      [...MINIMAL, 'factors:', '  brigadeSize: {min: 5000, max: 3000}'],
      '6:16 factors.brigadeSize: expected a whole number range from low to high (write {min: 3000, max: 5000}), got "{min: 5000, max: 3000}"',
    ],
    [
      'a bad element of a list range',
      [...MINIMAL, 'factors:', '  brigadeSize: [3000, 5 kg]'],
      '6:23 factors.brigadeSize[1]: expected a whole number such as "3,000..5,000", got "5 kg"',
    ],
    [
      'a list range with thousands separators unquoted',
      [...MINIMAL, 'factors:', '  brigadeSize: [3,000, 5,000]'],
      '6:16 factors.brigadeSize: expected a range [min, max] with two values; quote numbers that have commas, as in ["1,200", "1,300"], got "[3,000, 5,000]"',
    ],
    [
      'a flow mapping range with thousands separators unquoted',
      ['title: T', 'sectors:', '  - name: A', '    length: {min: 1,200 km, max: 1,300 km}'],
      '4:21 sectors[0].length: expected one of the keys min, max (quote numbers that have commas, as in "1,200 km"), got "200 km"',
    ],
    [
      'a mapping range without max',
      [...MINIMAL, 'factors:', '  brigadeSize: {min: 3000}'],
      '6:16 factors.brigadeSize.max: expected the upper bound max (required), got nothing',
    ],
    [
      'a mapping range with another key',
      [...MINIMAL, 'factors:', '  brigadeSize: {min: 3000, max: 5000, typical: 4000}'],
      '6:39 factors.brigadeSize: expected one of the keys min, max, got "typical"',
    ],
    ['a factor with nothing', [...MINIMAL, 'factors:', '  density:'], '6:11 factors.density: expected a density such as "3 / km", got nothing'],
    [
      'a contributor with troops and brigades',
      [...MINIMAL, 'coalition:', '  - country: A', '    troops: 1', '    brigades: 2'],
      '8:5 coalition[0].brigades: expected troops or brigades, not both, got "brigades"',
    ],
    [
      'a contributor with neither',
      [...MINIMAL, 'coalition:', '  - country: A'],
      '6:5 coalition[0]: expected troops, brigades or provides (required), got nothing',
    ],
    [
      'fractional troops',
      [...MINIMAL, 'coalition:', '  - country: A', '    troops: 2.5'],
      '7:13 coalition[0].troops: expected a whole number such as "5,000" (2.5 is not whole), got "2.5"',
    ],
    [
      'a coalition figure without a coalition',
      [...MINIMAL, 'expect:', '  shortfallTroops: 0'],
      '6:3 expect.shortfallTroops: expected a figure this scenario has (shortfallTroops needs a coalition), got "shortfallTroops"',
    ],
    [
      'an unknown figure',
      [...MINIMAL, 'expect:', '  brigade: 2'],
      '6:3 expect: expected a known key (did you mean brigades?), got "brigade"',
    ],
    ['a fractional count expected', [...MINIMAL, 'expect:', '  troops: 1.5'], '6:11 expect.troops: expected a whole number such as "5,000" (1.5 is not whole), got "1.5"'],
    ['sources as one string', [...MINIMAL, 'sources: Politico'], '5:10 sources: expected a list of sources (text), got "Politico"'],
    ['a source that is a mapping', [...MINIMAL, 'sources:', '  - {a: 1}'], '6:5 sources[0]: expected a source (text), got "{a: 1}"'],
    [
      'a title too long for any table',
      [`title: ${'t'.repeat(201)}`, 'sectors:', '  - name: A', '    length: 1 km'],
      `1:8 title: expected a title of at most 200 characters, got "${'t'.repeat(59)}…"`,
    ],
    ['a top level that is a list', ['- title: T'], '1:1: expected a scenario: a mapping with title and sectors, got a list'],
    ['a top level that is text', ['just text'], '1:1: expected a scenario: a mapping with title and sectors, got "just text"'],
  ])('%s', (_case, lines, message) => {
    expectProblem(yaml(...lines), message);
  });

  test('all problems of a file at once, in the order of the file', () => {
    expectProblems(
      yaml('title: T', 'sector:', '  - name: A', 'factors:', '  density: 3 kg', '  rotation: 0.5', 'coalition:', '  - troops: 5'),
      '1:1 sectors: expected a list of sectors, each with name and length (required), got nothing',
      '2:1: expected a known key (did you mean sectors?), got "sector"',
      '5:12 factors.density: expected a density such as "3 / km", got "3 kg"',
      '6:13 factors.rotation: expected a multiplier of at least 1, got "0.5"',
      '8:5 coalition[0].country: expected a country name (required), got nothing',
    );
  });

  test('text from the file is escaped in messages and sanitised in paths', () => {
    expectProblems(
      yaml(...MINIMAL, 'factors:', '  "\\e[2Jdensity\\u202E": 3'),
      '6:3 factors: expected a key without control or escape characters, got "\\u001b[2Jdensity\\u202e"',
    );
  });
});
