// `capabilities:`, `provides:`, `backstop:` and `expect: capabilities:` in scenario files: what they read to,
// and every problem with its place, its field, what was expected and what was found.
import { describe, expect, test } from 'vitest';
import { AIR_COVER } from '../../src/core/index.js';
import { expectProblems, expectScenario, MINIMAL, problemsOf, yaml } from './expect-scenario.js';

describe('reading capabilities', () => {
  test('per brigade, per force and per a length in any unit; need as a value, range or distribution; the source kept', () => {
    const scenario = expectScenario(
      yaml(
        ...MINIMAL,
        'capabilities:',
        '  - name: Air-defence battery',
        '    per: brigade',
        '    need: 1..2',
        '    source: illustrative',
        '  - name: EW team',
        '    per: 50 mi',
        '    need: pert(1, 2, 4)',
        '  - name: Mine hunter',
        '    per: Force',
        '    need: 3',
        '  - name: Convoy',
        '    per: 100',
        '    need: 0.5',
      ),
      {},
    );
    expect(scenario.capabilities).toEqual([
      { name: 'Air-defence battery', per: { kind: 'brigade' }, need: { min: 1, max: 2 }, source: 'illustrative' },
      { name: 'EW team', per: { kind: 'length', km: expect.closeTo(80.4672, 9) }, need: { min: 1, max: 4, distribution: { kind: 'pert', low: 1, mode: 2, high: 4 } }, source: null },
      { name: 'Mine hunter', per: { kind: 'force' }, need: { min: 3, max: 3 }, source: null },
      { name: 'Convoy', per: { kind: 'length', km: 100 }, need: { min: 0.5, max: 0.5 }, source: null },
    ]);
  });

  test('a contributor providing capabilities and no troops pledges none; provides names take the case declared', () => {
    const scenario = expectScenario(
      yaml(
        ...MINIMAL,
        'capabilities:',
        '  - name: EW team',
        '    per: force',
        '    need: 1',
        'coalition:',
        '  - country: France',
        '    troops: 2,000',
        '    provides: {air COVER: 1, ew team: 0..2}',
        '  - country: United States',
        '    backstop: true',
        '    provides:',
        '      Air cover: 2',
        '  - country: Norway',
        '    troops: 500',
        '    backstop: false',
      ),
      {},
    );
    expect(scenario.coalition).toEqual([
      {
        country: 'France',
        pledge: { kind: 'troops', troops: { min: 2_000, max: 2_000 } },
        provides: [
          { capability: AIR_COVER, units: { min: 1, max: 1 } },
          { capability: 'EW team', units: { min: 0, max: 2 } },
        ],
      },
      { country: 'United States', pledge: { kind: 'none' }, provides: [{ capability: AIR_COVER, units: { min: 2, max: 2 } }], backstop: true },
      { country: 'Norway', pledge: { kind: 'troops', troops: { min: 500, max: 500 } }, backstop: false },
    ]);
  });

  test('expectations on a capability nest under capabilities, by its name in any case', () => {
    const scenario = expectScenario(
      yaml(...MINIMAL, 'coalition:', '  - country: A', '    provides: {Air cover: 1}', 'expect:', '  brigades: 1', '  capabilities:', '    AIR cover: {need: 1, shortfall: 0}'),
      {},
    );
    expect(scenario.expect).toEqual([
      { figure: 'brigades', expected: { min: 1, max: 1 }, decimals: { min: 0, max: 0 } },
      { capability: AIR_COVER, figure: 'need', expected: { min: 1, max: 1 }, decimals: { min: 0, max: 0 } },
      { capability: AIR_COVER, figure: 'shortfall', expected: { min: 0, max: 0 }, decimals: { min: 0, max: 0 } },
    ]);
  });

  test('no capabilities section: none besides air cover, and no key on the scenario', () => {
    expect(expectScenario(yaml(...MINIMAL), {}).capabilities).toBeUndefined();
    expect(expectScenario(yaml(...MINIMAL, 'capabilities: []'), {}).capabilities).toBeUndefined();
  });
});

describe('problems', () => {
  const capability = (...lines: string[]): string => yaml(...MINIMAL, 'capabilities:', '  - name: EW team', ...lines);

  test.each<[string, string, string]>([
    ['per in kilograms', capability('    per: 3 kg', '    need: 1'), '7:10 capabilities[0].per: expected brigade, force or a length such as "100 km", got "3 kg"'],
    ['per a misspelt word', capability('    per: brigades', '    need: 1'), '7:10 capabilities[0].per: expected brigade, force or a length such as "100 km" (did you mean brigade?), got "brigades"'],
    ['per a range', capability('    per: 50..100 km', '    need: 1'), '7:10 capabilities[0].per: expected one length such as "100 km", not a range (the need may be a range), got "50..100 km"'],
    ['per nothing', capability('    per:', '    need: 1'), '7:9 capabilities[0].per: expected brigade, force or a length such as "100 km", got nothing'],
    ['per zero km', capability('    per: 0 km', '    need: 1'), '7:10 capabilities[0].per: expected brigade, force or a length of at least 1 km, got "0 km"'],
    ['need negative', capability('    per: force', '    need: -1'), '8:11 capabilities[0].need: expected a number of 0 or more, got "-1"'],
    ['need in km', capability('    per: force', '    need: 3 km'), '8:11 capabilities[0].need: expected a number such as "1..2" (without a unit), got "3 km"'],
    ['no need', capability('    per: force'), '6:5 capabilities[0].need: expected the units needed per brigade, per length or for the force, such as 1..2 (required), got nothing'],
    ['an unknown key', capability('    per: force', '    need: 1', '    unit: batteries'), '9:5 capabilities[0]: expected one of the keys name, per, need, source, got "unit"'],
    ['not a list', yaml(...MINIMAL, 'capabilities: {name: EW}'), '5:15 capabilities: expected a list of capabilities, each with name, per and need, got "{name: EW}"'],
  ])('%s', (_title, text, message) => {
    expect(problemsOf(text)).toContain(message);
  });

  test('a name used twice, compared case-insensitively, and air cover declared again', () => {
    expectProblems(
      yaml(
        ...MINIMAL,
        'capabilities:',
        '  - {name: EW team, per: force, need: 1}',
        '  - {name: ew TEAM, per: force, need: 1}',
        '  - {name: air cover, per: brigade, need: 2}',
      ),
      '7:12 capabilities[1].name: expected a name no other capability has (names compare case-insensitively; capabilities[0] has it), got "ew TEAM"',
      `8:12 capabilities[2].name: expected a capability other than "${AIR_COVER}", which every scenario has: its need is the factor airCoverPerBrigade (set it under factors:), and contributors pledge it with provides: {${AIR_COVER}: 2}, got "air cover"`,
    );
  });

  test.each<[string, string, string]>([
    ['a name no capability has, with the closest', '    provides: {Air cuver: 1}', '7:16 coalition[0].provides.Air cuver: expected a capability of the scenario (did you mean Air cover?), got "Air cuver"'],
    [
      'a name nothing like one, with the list',
      '    provides: {airDefence: 2}',
      '7:16 coalition[0].provides.airDefence: expected a capability of the scenario: Air cover (declare others under capabilities:), got "airDefence"',
    ],
    ['fractional units', '    provides: {Air cover: 1.5}', '7:27 coalition[0].provides.Air cover: expected a whole number such as "2" (1.5 is not whole), got "1.5"'],
    ['negative units', '    provides: {Air cover: -1}', '7:27 coalition[0].provides.Air cover: expected a whole number of 0 or more, got "-1"'],
    ['a name twice, in another case', '    provides: {Air cover: 1, AIR COVER: 2}', '7:30 coalition[0].provides.AIR COVER: expected each capability once (names compare case-insensitively: this repeats Air cover), got "AIR COVER"'],
    ['a list instead of a mapping', '    provides: [Air cover]', '7:15 coalition[0].provides: expected a mapping of capability names to whole units, such as Air cover: 2, got "[Air cover]"'],
    ['backstop yes (YAML 1.2 reads it as text)', '    backstop: yes\n    troops: 1', '7:15 coalition[0].backstop: expected true or false, got "yes"'],
  ])('provides and backstop: %s', (_title, line, message) => {
    expect(problemsOf(yaml(...MINIMAL, 'coalition:', '  - country: A', line))).toContain(message);
  });

  test('a contributor with a backstop and nothing to pledge', () => {
    expectProblems(yaml(...MINIMAL, 'coalition:', '  - country: A', '    backstop: true'), '6:5 coalition[0]: expected troops, brigades or provides (required), got nothing');
  });

  test('names in provides and expect are checked against capabilities whose other fields are wrong, all in one pass', () => {
    const problems = problemsOf(
      yaml(
        ...MINIMAL,
        'capabilities:',
        '  - {name: EW team, per: 3 kg, need: 1}',
        'coalition:',
        '  - country: A',
        '    provides: {EW team: 1, EW teams: 2}',
        'expect:',
        '  capabilities: {EW team: {shortfall: 0}, Tanks: {need: 1}}',
      ),
    );
    expect(problems).toEqual([
      '6:26 capabilities[0].per: expected brigade, force or a length such as "100 km", got "3 kg"',
      '9:28 coalition[0].provides.EW teams: expected a capability of the scenario (did you mean EW team?), got "EW teams"',
      '11:43 expect.capabilities.Tanks: expected a capability of the scenario: Air cover, EW team, got "Tanks"',
    ]);
  });

  test('a coalition figure of a capability without a coalition', () => {
    expectProblems(
      yaml(...MINIMAL, 'expect:', '  capabilities:', '    Air cover: {need: 1, shortfall: 0}'),
      '7:26 expect.capabilities.Air cover.shortfall: expected a figure this scenario has (shortfall needs a coalition), got "shortfall"',
    );
  });

  test('a long list of capabilities is cut in the message', () => {
    const names = Array.from({ length: 12 }, (_, index) => `  - {name: C${index}, per: force, need: 1}`);
    const [problem] = problemsOf(yaml(...MINIMAL, 'capabilities:', ...names, 'coalition:', '  - country: A', '    provides: {Tanks: 1}'));
    expect(problem).toContain('Air cover, C0, C1, C2, C3, C4, C5, C6 and 5 more (declare others under capabilities:)');
  });

  test('__proto__ is a capability name like any other, and pollutes nothing', () => {
    const scenario = expectScenario(
      yaml(...MINIMAL, 'capabilities:', '  - {name: __proto__, per: force, need: 1}', 'coalition:', '  - country: A', '    provides: {__proto__: 1}', 'expect:', '  capabilities: {__proto__: {shortfall: 0}}'),
      {},
    );
    expect(scenario.coalition?.[0]?.provides).toEqual([{ capability: '__proto__', units: { min: 1, max: 1 } }]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
