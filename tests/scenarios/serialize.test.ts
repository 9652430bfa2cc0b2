import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FACTORS, type FactorSettings, type Scenario } from '../../src/core/index.js';
import { sanitizeText } from '../../src/text/sanitize.js';
import { loadScenarioFile, parseScenarioText, referencedFileReader, type ReadReferencedFile } from '../../src/scenarios/index.js';
import { formatProblem } from '../../src/scenarios/problem.js';
import { MAX_NOTE_LENGTH, serializeScenario, type SerializeOptions } from '../../src/scenarios/serialize.js';
import { withoutPlaces } from './expect-scenario.js';

const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const SHIPPED = readdirSync(SCENARIOS_DIR).filter((name) => name.endsWith('.yaml')).sort();

/** Reads scenario text as the loader does; fails the test with the problems if it does not load. */
function load(text: string, id = 'saved', readFile?: ReadReferencedFile): Scenario {
  const result = parseScenarioText(text, { file: `${id}.yaml`, id, ...(readFile === undefined ? {} : { readFile }) });
  if (!result.ok) expect.fail(`does not load:\n${result.problems.map(formatProblem).join('\n')}\n--- text ---\n${text}`);
  return result.scenario;
}

/** Serialises and loads back: the text and the scenario the loader makes of it. */
function roundTrip(
  scenario: Scenario,
  overrides: FactorSettings = {},
  options?: SerializeOptions,
  readFile?: ReadReferencedFile,
): { text: string; loaded: Scenario } {
  const text = serializeScenario(scenario, overrides, options);
  return { text, loaded: load(text, scenario.id, readFile) };
}

/** `readFile` reads the GeoJSON files a drawn sector names, as loading the saved file beside the original would. */
function expectRoundTrip(scenario: Scenario, readFile?: ReadReferencedFile): void {
  expect(withoutPlaces(roundTrip(scenario, {}, undefined, readFile).loaded)).toEqual(withoutPlaces(scenario));
}

/** The trimmed lines of a text, to look for one line without minding its indentation. */
const linesOf = (text: string): string[] => text.split('\n').map((line) => line.trim());

const point = (value: number) => ({ min: value, max: value });

/** A scenario file around the given YAML lines (factors, sectors, capabilities, coalition, expect); a sector when none is given. */
function scenarioText(body: string): string {
  const sectors = body.includes('sectors:') ? '' : 'sectors:\n  - name: Line\n    length: 1,200 km\n';
  return `title: Test\ndescription: A case.\nsources:\n  - docs/sources.md\n${body}\n${sectors}`;
}

describe('serializeScenario round trip: loading the text gives back an equal scenario', () => {
  it.each(SHIPPED)('the shipped scenario %s', (file) => {
    const result = loadScenarioFile(join(SCENARIOS_DIR, file));
    if (!result.ok) return expect.fail(result.problems.map(formatProblem).join('\n'));
    expectRoundTrip(result.scenario, referencedFileReader(join(SCENARIOS_DIR, file)));
  });

  it.each([
    ['ranges in every factor', 'factors:\n  density: 2.5..3.5 / km\n  brigadeSize: [3000, 5000]\n  airCoverPerBrigade: {min: 1, max: 1.5}\n  enablerShare: 10..25%\n  rotation: 2.5..3x'],
    ['no factors at all', ''],
    ['sector densities and lengths in other units', 'sectors:\n  - name: A\n    length: 750 mi\n  - name: B\n    length: 8.3 km\n    density: 30 / km\n  - name: C\n    length: 12 nmi\n    density: 5 / mi\n  - name: D\n    length: 1 km + 500 m\n    density: 690 / km'],
    ['lengths and densities as ranges', 'sectors:\n  - name: A\n    length: 1,000..1,250 km\n    density: [16157.2, 16354.501]'],
    ['numbers the loader would call ambiguous, written with a fourth decimal', 'sectors:\n  - name: A\n    length: 207.0080 km\n    density: 1.2500 / km'],
    ['the smallest and largest values', 'factors:\n  density: 0.001 / km\n  brigadeSize: 1,000,000\nsectors:\n  - name: A\n    length: 0.001 km\n  - name: B\n    length: 99,999.9999999 km\n    density: 100,000 / km'],
    ['small values with many decimals', 'factors:\n  density: 0.00100000001 / km\nsectors:\n  - name: A\n    length: 0.001234567890123 km'],
    ['a coalition of troops and brigades, with ranges', 'coalition:\n  - country: France\n    brigades: 1\n  - country: United Kingdom\n    troops: 5,000\n  - country: Netherlands\n    brigades: 0.5..1.5\n  - country: Canada\n    troops: 1_000..2_000'],
    [
      'an expect block with decimals, units and ranges',
      'coalition:\n  - country: France\n    brigades: 1\nexpect:\n  brigades: 1..2\n  troops: 3,600\n  brigadeCoverageKm: 1,000..1,666.67 km\n  pledgedDensity: 2.5..4.167 / km\n  pledgedCoverageKm: 1000.0..1666.6667\n  coverageKm: 1,200.000 km',
    ],
    [
      'capabilities of every kind, a contributor of capabilities only, a backstop and expectations on capabilities',
      'capabilities:\n  - name: Air-defence battery\n    per: brigade\n    need: 1..2\n    source: illustrative\n  - name: EW team\n    per: 60 mi\n    need: pert(1, 2, 4)\n  - name: Mine hunter\n    per: force\n    need: 3\n' +
        'coalition:\n  - country: France\n    brigades: 1\n    provides:\n      Air cover: 1\n      ew TEAM: 0..2\n  - country: United States\n    backstop: true\n    provides:\n      Air cover: 2\n  - country: Norway\n    provides: {}\n' +
        'expect:\n  brigades: 1..2\n  capabilities:\n    Air cover:\n      shortfall: 0\n    Mine hunter:\n      need: 3\n      shortfallWithoutBackstop: 3',
    ],
  ])('%s', (_case, body) => {
    expectRoundTrip(load(scenarioText(body)));
  });

  it('any text in capability names, provides keys and expectations on them', () => {
    const base = load(scenarioText('coalition:\n  - country: A\n    troops: 1'));
    const text = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 100 })
      .map((value) => value.trim())
      .filter((value) => sanitizeText(value).trim() !== '' && value.toLowerCase() !== 'air cover');
    fc.assert(
      fc.property(text, (name) => {
        const hostile: Scenario = {
          ...base,
          capabilities: [{ name, per: { kind: 'force' }, need: point(2), source: name }],
          coalition: [{ country: 'A', pledge: { kind: 'none' }, provides: [{ capability: name, units: point(1) }], backstop: true }],
          expect: [{ capability: name, figure: 'shortfall', expected: point(1), decimals: { min: 0, max: 0 } }],
        };
        expect(roundTrip(hostile).loaded).toEqual(hostile);
      }),
      { numRuns: 200 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('any length, density and pledge the loader reads, in any unit', () => {
    const decimal = fc
      .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 7 }))
      .map(([whole, fraction, places]) => (places === 0 ? `${whole}` : `${whole}.${String(fraction).padStart(7, '0').slice(0, places)}`))
      .filter((text) => !/^[1-9]\d{0,2}\.\d{3}$/.test(text));
    const length = fc.tuple(decimal, fc.constantFrom('km', 'mi', 'm', 'nmi', '')).map(([number, unit]) => `${number} ${unit}`.trim());
    const density = fc.tuple(decimal, fc.constantFrom('/ km', '/ mi', 'per km', '')).map(([number, unit]) => `${number} ${unit}`.trim());
    fc.assert(
      fc.property(length, density, decimal, (sectorLength, sectorDensity, troops) => {
        const text = scenarioText(
          `factors:\n  density: ${sectorDensity}\nsectors:\n  - name: A\n    length: "${sectorLength}"\n    density: ${sectorDensity}\n` +
            `coalition:\n  - country: X\n    troops: ${Math.round(Number(troops))}`,
        );
        const result = parseScenarioText(text, { file: 'a.yaml', id: 'a' });
        if (!result.ok) return; // Out of the loader's bounds (a length over 100,000 km): nothing to save.
        expectRoundTrip(result.scenario);
      }),
      { numRuns: 200 },
    );
  });

  it('any positive number within bounds, even with no short decimal form', () => {
    const base = load(scenarioText(''));
    const double = (max: number) => fc.double({ min: 0.001, max, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      // Within the loader's bounds: a length from 0.001 to 100,000 km, a density from 0.001 to 100,000 / km, a rotation up to 10.
      fc.property(double(100_000), double(50_000), double(9), (lengthKm, density, extraRotation) => {
        expectRoundTrip({
          ...base,
          factors: { density: point(density), rotation: { min: 1, max: Math.min(10, 1 + extraRotation) } },
          sectors: [{ name: 'A', lengthKm: point(lengthKm), density: { min: density, max: density * 2 } }],
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('quantities are written as strings with units', () => {
  it.each([
    ['length: 1200', 'length: 1,200 km'],
    ['length: 750 mi', 'length: 1,207.008 km'],
    ['length: 207.0080 km', 'length: 207.0080 km'],
    ['density: 690 / km', 'density: 690 / km'],
    ['density: 3', 'density: 3 / km'],
    ['density: [2, 3]', 'density: 2..3 / km'],
    ['brigadeSize: [3000, 5000]', 'brigadeSize: 3,000..5,000'],
    ['brigadeSize: 4_000', 'brigadeSize: 4,000'],
    ['airCoverPerBrigade: 1', 'airCoverPerBrigade: 1'],
    ['enablerShare: 25%', 'enablerShare: 0.25'],
    ['rotation: 3x', 'rotation: 3'],
    ['troops: 1_200', 'troops: 1,200'],
    ['brigades: 0.5..1.5', 'brigades: 0.5..1.5'],
    ['brigadeCoverageKm: 1,000..1,666.67 km', 'brigadeCoverageKm: 1,000..1,666.67 km'],
    ['pledgedDensity: 4.167 / km', 'pledgedDensity: 4.167 / km'],
    ['coverageKm: 1200.0', 'coverageKm: 1,200.0 km'],
  ])('%s is written %s', (input, written) => {
    const [key] = input.split(':');
    const place: Record<string, string> = {
      length: `sectors:\n  - name: A\n    ${input}\n    density: 3 / km`,
      density: `sectors:\n  - name: A\n    length: 100 km\n    ${input}`,
      troops: `coalition:\n  - country: A\n    ${input}`,
      brigades: `coalition:\n  - country: A\n    ${input}`,
      brigadeCoverageKm: `expect:\n  ${input}`,
      coverageKm: `expect:\n  ${input}`,
      pledgedDensity: `coalition:\n  - country: A\n    troops: 1\nexpect:\n  ${input}`,
    };
    const text = serializeScenario(load(scenarioText(place[key ?? ''] ?? `factors:\n  ${input}`)), {});
    expect(linesOf(text)).toContain(written);
  });
});

/**
 * What a saved file must be: printable YAML 1.2 (its c-printable set, without the byte-order mark
 * and NEL, which YAML 1.1 reads as a line break), so that strict YAML readers take it; and nothing
 * a terminal acts on raw (C0 and C1 controls, bidi controls, the line and paragraph separators),
 * so that `cat` of the file is safe. Line feeds and tabs may stand raw.
 */
function expectSafeFile(yaml: string): void {
  const unsafe = [...yaml].filter((character) => !/^[\t\n\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]$/u.test(character) || /[\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/.test(character));
  expect(unsafe.map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
}

describe('hostile text reads back as the same string', () => {
  const HOSTILE = [
    'line one\nline two',
    'para one\n\npara two',
    'a line of spaces\n \nbetween',
    'say "hi" and \'bye\'',
    'key: value',
    'a #hash, # comment',
    '# starts a comment',
    'clear\u001b[2Jscreen',
    'title\u001b]0;pwned\u0007bell',
    '__proto__',
    'constructor',
    '- a list item',
    '{flow: map}',
    '[flow, list]',
    '*alias',
    '&anchor',
    '!!js/function',
    '%YAML 1.1',
    '---',
    '...',
    'null',
    '~',
    'true',
    'yes',
    '1,200',
    '0x10',
    '1e3',
    '.inf',
    'right\u202Eleft',
    'line\u2028separator',
    'next\u0085line',
    'byte\uFEFForder',
    'tab\tinside',
    'crlf\r\ninside',
    'delete\u007Fcharacter',
    // C1 controls (CSI, OSC, ST, NEL), every bidi control, the separators, the non-characters: escaped in the file.
    'c1\u009B2Jclear\u009D0;title\u009Cend',
    'padding\u0080and\u009Fapplication',
    'embed\u202Aleft\u202Bright\u202Cpop\u202Doverride\u202Eend',
    'isolate\u2066l\u2067r\u2068first\u2069pop',
    'marks\u200Eltr\u200Frtl\u061Calm',
    'para\u2029separator',
    'non\uFFFEcharacter\uFFFF',
    'lone \uD800 surrogate \uDFFF',
    '\u202Eat the start',
    'over forty characters, a bidi override \u202E, a line break\nand   spaces',
    'back\\slash',
    '| block',
    '> folded',
    '@at `tick',
    'Запоріжжя ✓ 🛰',
  ];

  it.each(HOSTILE)('%j in every text field', (text) => {
    const base = load(scenarioText('coalition:\n  - country: A\n    troops: 1'));
    const hostile: Scenario = {
      ...base,
      title: text,
      description: text,
      sources: [text, `${text} (again)`],
      sectors: [{ name: text, lengthKm: point(100) }],
      coalition: [{ country: text, pledge: { kind: 'troops', troops: point(1) } }],
    };
    const { text: yaml, loaded } = roundTrip(hostile);
    expect(loaded).toEqual(hostile);
    expectSafeFile(yaml);
  });

  // Characters a terminal or a YAML reader acts on, drawn more often than a uniform draw over all of Unicode would.
  const hostileCharacter = fc.oneof(
    fc.integer({ min: 0x00, max: 0x1f }),
    fc.integer({ min: 0x7f, max: 0x9f }),
    fc.constantFrom(0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff, 0xfffe, 0xffff, 0xd800, 0xdfff),
  ).map((code) => String.fromCharCode(code));

  it('any text in names, titles and sources', () => {
    const base = load(scenarioText('coalition:\n  - country: A\n    troops: 1'));
    // The loader trims text and refuses text that shows as nothing, so those are the texts a scenario can hold.
    const text = (maxLength: number) =>
      fc
        .string({ unit: fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: hostileCharacter }), minLength: 1, maxLength })
        .map((value) => value.trim())
        .filter((value) => sanitizeText(value).trim() !== '');
    fc.assert(
      fc.property(text(200), text(100), text(2000), (name, country, source) => {
        const hostile: Scenario = {
          ...base,
          title: name,
          sources: [source],
          sectors: [{ name, lengthKm: point(1) }],
          coalition: [{ country, pledge: { kind: 'brigades', brigades: point(1) } }],
        };
        const { text: yaml, loaded } = roundTrip(hostile);
        expect(loaded).toEqual(hostile);
        expectSafeFile(yaml);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves Object.prototype alone', () => {
    const base = load(scenarioText(''));
    roundTrip({ ...base, title: '__proto__', sectors: [{ name: '__proto__', lengthKm: point(1) }] });
    const capability = '__proto__';
    const withCapability: Scenario = {
      ...base,
      capabilities: [{ name: capability, per: { kind: 'force' }, need: point(1), source: null }],
      coalition: [{ country: 'A', pledge: { kind: 'none' }, provides: [{ capability, units: point(1) }] }],
      expect: [{ capability, figure: 'need', expected: point(1), decimals: { min: 0, max: 0 } }],
    };
    expect(roundTrip(withCapability).loaded).toEqual(withCapability);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('overrides', () => {
  const base = load(
    scenarioText(
      'factors:\n  density: 3 / km\n  brigadeSize: 3,000..5,000\nsectors:\n  - name: Line\n    length: 1,200 km\nexpect:\n  brigades: 1..2\n  troops: 3,600',
    ),
    'line',
  );
  const sourcesOf = (scenario: Scenario) => scenario.sources.slice(base.sources.length);

  afterEach(() => {
    vi.useRealTimers();
  });

  it('replace the factors they set and leave the others', () => {
    const overrides = { density: point(5), rotation: point(3) };
    const { loaded } = roundTrip(base, overrides);
    expect(loaded.factors).toEqual({ density: point(5), brigadeSize: { min: 3000, max: 5000 }, rotation: point(3) });
    expect(loaded.sectors).toEqual(base.sectors);
  });

  it('are named in a source line with their new and old values, and the note', () => {
    const { loaded } = roundTrip(base, { density: point(5), rotation: { min: 2.5, max: 3 } }, { note: 'IISS rotation' });
    expect(sourcesOf(loaded)).toEqual([
      "Edited in forcecalc: density 5 / km (was 3 / km); rotation 2.5..3 (was the preset's 1). Note: IISS rotation",
    ]);
  });

  it('drop the expect block, with a comment saying why, when they change a factor', () => {
    const { text, loaded } = roundTrip(base, { brigadeSize: point(4000) });
    expect(loaded.expect).toEqual([]);
    expect(parse(text)).not.toHaveProperty('expect');
    expect(linesOf(text)).toContain('# expect: removed because brigadeSize was edited in forcecalc;');
  });

  it.each<[string, FactorSettings]>([
    ['none', {}],
    ["the file's own values", { density: point(3), brigadeSize: { min: 3000, max: 5000 } }],
    ["the preset's value of a factor the file leaves out", { rotation: FACTORS.rotation.defaultValue }],
  ])('that change nothing (%s) keep the expect block and add no source line', (_case, overrides) => {
    const { text, loaded } = roundTrip(base, overrides);
    expect(loaded.expect).toEqual(base.expect);
    expect(loaded.sources).toEqual(base.sources);
    expect(text).not.toContain('removed');
  });

  it('are written without a date, so the same edit saves the same text on any day', () => {
    const overrides = { density: point(5) };
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-04-09T12:00:00Z'));
    const first = serializeScenario(base, overrides, { note: 'x' });
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'));
    expect(serializeScenario(base, overrides, { note: 'x' })).toBe(first);
    expect(first).not.toMatch(/2025|2031/);
  });

  it.each<[string, SerializeOptions, Partial<Scenario>]>([
    ['a new title', { title: 'Rotation at 3' }, { title: 'Rotation at 3' }],
    ['a blank title keeps the old one', { title: '   ' }, { title: base.title }],
    ['a note without an edit', { note: ' checked with J5 ' }, { sources: [...base.sources, 'Note in forcecalc: checked with J5'] }],
  ])('options: %s', (_case, options, expected) => {
    expect(roundTrip(base, {}, options).loaded).toEqual({ ...base, ...expected });
  });

  it('cut a note too long for a source line, so that the file still loads', () => {
    const { loaded } = roundTrip(base, { density: point(5) }, { note: 'n'.repeat(5000) });
    const line = sourcesOf(loaded)[0] ?? '';
    expect(line).toMatch(/^Edited in forcecalc: density 5 \/ km \(was 3 \/ km\)\. Note: n+…$/);
    expect(line.length).toBeLessThan(MAX_NOTE_LENGTH + 100);
  });
});

describe('distributions round-trip', () => {
  it.each([
    ['every distribution in every factor', 'factors:\n  density: pert(2, 3, 5) / km\n  brigadeSize: normal(4,000, 300)\n  airCoverPerBrigade: uniform(1, 2)\n  enablerShare: triangular(0, 5, 10%)\n  rotation: pert(2, 2.5, 3x)'],
    ['sector lengths and densities, in other units', 'sectors:\n  - name: A\n    length: pert(600, 650, 700 mi)\n    density: normal(5, 1) / mi\n  - name: B\n    length: triangular(100 nmi, 120 nmi, 150 nmi)\n    density: uniform(0.003, 0.005) / m'],
    ['pledges', 'coalition:\n  - country: A\n    troops: normal(1,000, 500)\n  - country: B\n    brigades: pert(0, 1, 2)'],
    ['numbers the loader would call ambiguous', 'sectors:\n  - name: A\n    length: pert(1.2070, 207.0080, 300 km)'],
    [
      'capabilities of every kind, a contributor of capabilities only, a backstop and expectations on capabilities',
      'capabilities:\n  - name: Air-defence battery\n    per: brigade\n    need: 1..2\n    source: illustrative\n  - name: EW team\n    per: 60 mi\n    need: pert(1, 2, 4)\n  - name: Mine hunter\n    per: force\n    need: 3\n' +
        'coalition:\n  - country: France\n    brigades: 1\n    provides:\n      Air cover: 1\n      ew TEAM: 0..2\n  - country: United States\n    backstop: true\n    provides:\n      Air cover: 2\n  - country: Norway\n    provides: {}\n' +
        'expect:\n  brigades: 1..2\n  capabilities:\n    Air cover:\n      shortfall: 0\n    Mine hunter:\n      need: 3\n      shortfallWithoutBackstop: 3',
    ],
  ])('%s', (_case, body) => {
    expectRoundTrip(load(scenarioText(body)));
  });

  it('any text in capability names, provides keys and expectations on them', () => {
    const base = load(scenarioText('coalition:\n  - country: A\n    troops: 1'));
    const text = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 100 })
      .map((value) => value.trim())
      .filter((value) => sanitizeText(value).trim() !== '' && value.toLowerCase() !== 'air cover');
    fc.assert(
      fc.property(text, (name) => {
        const hostile: Scenario = {
          ...base,
          capabilities: [{ name, per: { kind: 'force' }, need: point(2), source: name }],
          coalition: [{ country: 'A', pledge: { kind: 'none' }, provides: [{ capability: name, units: point(1) }], backstop: true }],
          expect: [{ capability: name, figure: 'shortfall', expected: point(1), decimals: { min: 0, max: 0 } }],
        };
        expect(roundTrip(hostile).loaded).toEqual(hostile);
      }),
      { numRuns: 200 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it.each([
    ['density: pert(2, 3, 5) / km', 'density: pert(2, 3, 5) / km'],
    ['density: normal(3, 0.5) / km', 'density: normal(3, 0.5) / km'],
    ['length: pert(1,100, 1,250, 1,300 km)', 'length: pert(1,100, 1,250, 1,300 km)'],
    ['length: normal(1250, 50) km', 'length: normal(1,250, 50 km)'],
    ['brigadeSize: uniform(3000, 5000)', 'brigadeSize: uniform(3,000, 5,000)'],
    ['enablerShare: pert(10, 15, 25%)', 'enablerShare: pert(0.1, 0.15, 0.25)'],
  ])('%s is written %s', (input, written) => {
    const place = input.startsWith('length') ? `sectors:\n  - name: A\n    ${input}` : input.startsWith('density') ? `sectors:\n  - name: A\n    length: 100 km\n    ${input}` : `factors:\n  ${input}`;
    expect(linesOf(serializeScenario(load(scenarioText(place)), {}))).toContain(written);
  });

  it('any pert, triangular or normal length the loader reads', () => {
    const km = fc.integer({ min: 1, max: 9_999_999 }).map((n) => n / 100);
    const units = fc.constantFrom(' km', ' mi', ' nmi', '');
    fc.assert(
      fc.property(fc.array(km, { minLength: 3, maxLength: 3 }), units, fc.constantFrom('pert', 'triangular', 'normal'), (numbers, unit, name) => {
        const [low = 1, mode = 1, high = 1] = [...numbers].sort((a, b) => a - b);
        const text = name === 'normal' ? `normal(${high}, ${low / 4}${unit})` : `${name}(${low}, ${mode}, ${high}${unit})`;
        const result = parseScenarioText(scenarioText(`sectors:\n  - name: A\n    length: "${text}"`), { file: 'a.yaml', id: 'a' });
        if (!result.ok) return; // Equal bounds, or beyond the loader's bounds: nothing to save.
        expectRoundTrip(result.scenario);
      }),
      { numRuns: 200 },
    );
  });

  it('an override that changes only the distribution, not the range, is an edit', () => {
    const base = load(scenarioText('factors:\n  density: 2..5 / km'));
    const { loaded } = roundTrip(base, { density: { min: 2, max: 5, distribution: { kind: 'pert', low: 2, mode: 3, high: 5 } } });
    expect(loaded.factors.density?.distribution).toEqual({ kind: 'pert', low: 2, mode: 3, high: 5 });
    expect(loaded.sources.at(-1)).toBe('Edited in forcecalc: density pert(2, 3, 5) / km (was 2..5 / km)');
  });
});
