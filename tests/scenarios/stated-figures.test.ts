// Every figure a shipped scenario's description states is the figure forcecalc
// prints for it. Each number in a description is either a figure stated here
// and recomputed from the scenario (to the decimals written, as expect: compares),
// an input the file itself sets (checked against the file), a quotient written
// "a / b = c" (checked by arithmetic), or a sourced figure recorded in
// docs/sources.md. A number in a description that none of these covers fails the
// test, so a new claim cannot slip in unchecked.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  capabilityFigureValue,
  estimate,
  figureValue,
  pledgedAmount,
  point,
  type CapabilityFigureName,
  type CoalitionFigureName,
  type CoreFigureName,
  type FactorSettings,
  type Interval,
  type Scenario,
} from '../../src/core/index.js';
import { segmentLengthKm } from '../../src/geo/index.js';
import { loadScenarioFile } from '../../src/scenarios/index.js';

const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const SHIPPED = readdirSync(SCENARIOS_DIR).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -'.yaml'.length)).sort();

/** What a number in a description is, when it is not a figure forcecalc prints. */
type GivenKind =
  | 'input' // a value the scenario file sets: checked against the file
  | 'source' // a figure a source states, recorded in docs/sources.md
  | 'computed' // arithmetic on sourced figures, shown in docs/sources.md
  | 'reference'; // a number in a name or a reference, not a quantity

type Value = (scenario: Scenario) => Interval;

/** A figure the description states (`says`, a phrase of it) and how forcecalc computes it. */
interface Stated {
  readonly says: string;
  readonly is: Value;
}

/** Numbers of the description that are not forcecalc's figures, and what they are. */
interface Given {
  readonly says: string;
  readonly kind: GivenKind;
}

interface Claims {
  readonly stated: readonly Stated[];
  readonly given: readonly Given[];
}

const must = (value: Interval | null | undefined, what: string): Interval => {
  if (value === null || value === undefined) throw new Error(`no ${what} for this scenario`);
  return value;
};

/** A figure of the scenario's estimate, with factors set as `overrides` if given. */
const figure =
  (name: CoreFigureName | CoalitionFigureName, overrides: FactorSettings = {}): Value =>
  (scenario) =>
    must(figureValue(estimate(scenario, { overrides }), name), name);

/** The day the coalition can (`min`) or surely does (`max`) cover the line from. */
const coveredFrom =
  (bound: 'min' | 'max'): Value =>
  (scenario) => {
    const day = estimate(scenario).coalition?.timeline.coveredFromDay[bound];
    if (day === null || day === undefined) throw new Error(`no coveredFromDay.${bound} for this scenario`);
    return point(day);
  };

/** The troops pledged on the last step of the timeline (after the last arrival or departure). */
const lastStep: Value = (scenario) => must(estimate(scenario).coalition?.timeline.steps.at(-1)?.pledgedTroops, 'a timeline');

/** The whole troops of the sectors at these indexes, summed bound by bound. */
const sectorTroops =
  (...indexes: number[]): Value =>
  (scenario) => {
    const sectors = estimate(scenario).sectors;
    return indexes.reduce((sum, index) => {
      const troops = must(sectors[index]?.troops, `sector ${index}`);
      return { min: sum.min + troops.min, max: sum.max + troops.max };
    }, point(0));
  };

/** The lengths of the sectors at these indexes, summed. */
const sectorLengths =
  (...indexes: number[]): Value =>
  (scenario) =>
    indexes.reduce((sum, index) => {
      const length = must(scenario.sectors[index]?.lengthKm, `sector ${index}`);
      return { min: sum.min + length.min, max: sum.max + length.max };
    }, point(0));

/** A figure divided by a number: "26 times Palisa's 3 per km". */
const over =
  (value: Value, divisor: number): Value =>
  (scenario) => {
    const { min, max } = value(scenario);
    return { min: min / divisor, max: max / divisor };
  };

/** A figure of the scenario with its only sector's length set (a "what if the line were ..." sentence). */
const withLength =
  (km: number, value: Value): Value =>
  (scenario) =>
    value({ ...scenario, sectors: scenario.sectors.map((sector) => ({ ...sector, lengthKm: point(km) })) });

const geometryOf = (scenario: Scenario, index: number) => {
  const geometry = scenario.sectors[index]?.geometry;
  if (geometry === undefined) throw new Error(`sector ${index} is not drawn`);
  return geometry;
};

/** The drawn (measured) length of a drawn sector, before tortuosity. */
const drawnKm =
  (index: number): Value =>
  (scenario) =>
    point(geometryOf(scenario, index).measuredKm);

/** How many points a drawn sector runs through. */
const drawnPoints =
  (index: number): Value =>
  (scenario) =>
    point(geometryOf(scenario, index).lines.reduce((count, line) => count + line.length, 0));

/** The shortest and longest geodesic between consecutive points of a drawn sector. */
const legKm =
  (index: number): Value =>
  (scenario) => {
    const legs = geometryOf(scenario, index).lines.flatMap((line) => line.slice(1).map((to, i) => segmentLengthKm(line[i]!, to)));
    return { min: Math.min(...legs), max: Math.max(...legs) };
  };

/** The brigades pledged, summed over the contributors who pledge brigades. */
const pledgedBrigades: Value = (scenario) =>
  (scenario.coalition ?? []).reduce(
    (sum, { pledge }) => (pledge.kind === 'brigades' ? { min: sum.min + pledge.brigades.min, max: sum.max + pledge.brigades.max } : sum),
    point(0),
  );

/** A figure of a capability of the scenario's estimate, found by its name. */
const capability =
  (name: string, which: CapabilityFigureName): Value =>
  (scenario) =>
    must(
      (() => {
        const found = estimate(scenario).capabilities.find((candidate) => candidate.name === name);
        return found === undefined ? null : capabilityFigureValue(found, which);
      })(),
      `${name}.${which}`,
    );

/** The number of contributors. */
const contributors: Value = (scenario) => point(scenario.coalition?.length ?? 0);

const stated = (says: string, is: Value): Stated => ({ says, is });
const given = (kind: GivenKind, ...says: string[]): Given[] => says.map((text) => ({ says: text, kind }));

/** What each shipped scenario's description states. */
const CLAIMS: Readonly<Record<string, Claims>> = {
  'calibration-unficyp': {
    stated: [
      stated('about 4.44 per km', figure('pledgedDensity')),
      stated('it could cover 266.67 km', figure('pledgedCoverageKm')),
    ],
    given: [
      ...given('input', 'about 800 military', 'about 180 km', "Palisa's 3 per km", 'at 3 per km'),
      ...given('source', '69 police', '(860, 2005)', '(1,201, May 2004)', '346 square km', 'from 3.3 m to 7.4 km wide'),
      ...given('computed', '4.8 per km', '6.7 per km'),
    ],
  },
  'calibration-unifil': {
    stated: [
      stated('about 79.17 per km', figure('pledgedDensity')),
      stated("26 times Palisa's", over(figure('pledgedDensity'), 3)),
      stated('it could cover 3,166.67 km', figure('pledgedCoverageKm')),
    ],
    given: [
      ...given('input', 'about 9,500 troops', 'the 120 km Blue', "Palisa's 3 per km", 'At 3 per km'),
      ...given('source', '10,000-10,500 personnel', "Parish's 100,000 on 1,200 km", "Zelenskyy's\n200,000", '7,730 on the ground', 'allows 15,000', 'the end of 2026'),
      ...given('computed', '83.3 per km', '160 to 167 per km', '(64 per km)', '(125 per km)'),
    ],
  },
  'calibration-unmee': {
    stated: [
      stated('the plan, 4.2 per km', figure('pledgedDensity')),
      stated('the plan\ncould cover 1,400 km', figure('pledgedCoverageKm')),
    ],
    given: [
      ...given('input', "Palisa's 3 per km", 'up to 4,200 personnel', 'about\n1,000 km', 'the 4,200 include'),
      ...given('source', '220 observers', 'the\n900 km southern boundary', 'held 3,365', '25 km wide'),
      ...given('computed', 'gives 4.7 per km', 'about 3.4 per\nkm'),
    ],
  },
  'coalition-of-a-dozen': {
    stated: [
      stated('twelve contributors', contributors),
      stated('pledge 24,000 to 30,000 troops', figure('pledgedTroops')),
      stated('the three brigade pledges', pledgedBrigades),
      stated('per km: 45,625 troops', figure('troops')),
      stated('give 6.6 to 8.2\nsoldiers per km', figure('pledgedDensity')),
      stated('watch 1,920 to 2,400 km', figure('pledgedCoverageKm')),
      stated('the\nshortfall is 15,625 to 21,625 troops', figure('shortfallTroops')),
      stated('the whole\n3,650 km', figure('coverageKm')),
    ],
    given: [
      ...given('input', 'pledges of 3,000 to\n5,000 each', '1,250 km of front + 2,400 km of quiet borders', 'density of 12.5 per km', 'France about 10,000'),
      ...given('source', 'reported 25,000-30,000', "GCSP's 12.5 per km"),
      ...given('computed', 'bound is 1,000 below', 'three brigades of 3,000 to 5,000 span 6,000 troops', "range spans 5,000"),
    ],
  },
  'reassurance-force-build-up': {
    stated: [
      stated('in February 2026: 15,000 troops', figure('troops')),
      stated('Together 19,000 to 25,000', figure('pledgedTroops')),
      stated('can cover the line\n  from day 45', coveredFrom('min')),
      stated('surely do from day 120', coveredFrom('max')),
      stated('leaves\n  16,000 to 20,000', lastStep),
      stated('sends\n  70,000 to 95,000 troops', figure('rotatedTroops')),
    ],
    given: [
      ...given('input', 'density of 12.5 per km on the 1,200 km', 'France (about 10,000', 'between day 30 and day 90', '(6,000 to 10,000) between day 45 and day 120', 'of 3,000 to 5,000 from the Netherlands between day 90 and day 180', 'tours of 6 months'),
      ...given('source', "Paris Declaration's 15,000-30,000", "GCSP's 12.5 per km"),
      ...given('reference', 'Day 0 is a ceasefire on 1 March'),
    ],
  },
  'iiss-medium-rotation': {
    stated: [
      stated('25,000 deployed', figure('deployedTroops')),
      stated('take\n75,000 committed', figure('committedTroops')),
      stated('five to nine brigades', figure('brigades')),
      stated('take 15 to 27 in the rotation', figure('committedBrigades')),
      stated('about 2.5\nbrigades', over(figure('troops'), 10_000)),
      stated('the commitment would be 62,500', figure('committedTroops', { rotation: point(2.5) })),
    ],
    given: [
      ...given('input', 'the 1,250 km front', 'notional 20 soldiers per km', "brigades of 3,000 to 5,000", 'so 20 / km', 'one air-cover package per brigade'),
      ...given('source', 'about 25,000 troops', 'about 10,000 troops', 'about 40,000 deployed', 'up to\n100,000 involved'),
      ...given('computed', 'A lower ratio, 2.5,', 'at 2.5 the'),
    ],
  },
  'line-and-quiet-borders-2025': {
    stated: [
      stated('3,650 km in all', figure('coverageKm')),
      stated('10,950 troops', figure('troops')),
      stated('three or\nfour brigades', figure('brigades')),
      stated('three or four\nair-cover packages', figure('airCover')),
    ],
    given: [
      ...given('input', 'about 1,250 km', 'about 2,400 km', 'density of\n3 per km', '2,400 km is a round', 'at 3 / km'),
      ...given('source', "2,393 km"),
    ],
  },
  'line-of-contact-2025': {
    stated: [
      stated('3,750 troops', figure('troops')),
      stated('one or two\nbrigades', figure('brigades')),
      stated('takes\n3,600 troops', withLength(1_200, figure('troops'))),
      stated('still one or two brigades', withLength(1_200, figure('brigades'))),
    ],
    given: [
      ...given('input', 'about 1,250 km', 'density of 3\nsoldiers per km', 'at 3 / km'),
      ...given('source', '1,253 km (Nov', '1,218 km (Dec', 'about 1,200 km', 'at 1,200 km'),
      ...given('reference', 'worked example 2'),
    ],
  },
  'line-of-contact-2025-drawn': {
    stated: [
      stated('through 21 public', drawnPoints(0)),
      stated('ellipsoid is 802.5 km', drawnKm(0)),
      stated('towns 5.6 to\n114.6 km apart', legKm(0)),
      stated('drawing to\n1,220..1,252 km', figure('coverageKm')),
      stated('3,660..3,756 troops', figure('troops')),
      stated('one or two brigades', figure('brigades')),
    ],
    given: [
      ...given('input', 'tortuosity of 1.52..1.56', 'at 3 per km', 'at 3 / km'),
      ...given('source', 'from 1,218 km\n(Dec) through 1,250 km (Sep) to 1,253 km (Nov)', 'the published 1,218 to 1,253 km'),
      ...given('computed', 'within 2 km'),
      ...given('reference', 'falls towards 1'),
    ],
  },
  'line-with-hot-spots': {
    stated: [
      stated('The 1,250 km', figure('coverageKm')),
      stated('Result: 9,520 troops', figure('troops')),
      stated('take 5,000', sectorTroops(1)),
      stated('(4,520)', sectorTroops(0, 2)),
      stated('the other 1,190 km', sectorLengths(0, 2)),
      stated('held at 7.616 per km', figure('lineDensity')),
      stated('covers\n  394 to 657 km', figure('brigadeCoverageKm')),
      stated('two to four brigades', figure('brigades')),
    ],
    given: [
      ...given('input', 'minimum of 3 per km', "the GCSP plan's 12.5 per km", 'the\n60 km around', '(60 km,\n100 km)'),
      ...given('source', '10,000 personnel on the\n120 km Blue Line', 'its 9,500 troops', "Parish's 100,000 on 1,200\nkm", "Zelenskyy's 200,000", '(15,000 troops\nand monitors on a 1,200 km buffer zone)', 'includes 5,000 civilian'),
      ...given('computed', 'about\n83.3 per km', '79.2 per km', 'also 83.3 per km', '160 to 167 per km', "GCSP's 12.5"),
    ],
  },
  'northern-border': {
    stated: [
      stated('3,058.24 km in all', figure('coverageKm')),
      stated('9,175 troops', figure('troops')),
      stated('two to four brigades', figure('brigades')),
    ],
    given: [
      ...given('input', '(1,084.2 km, State', '(1,974.04 km by\nland)', 'minimum of 3 per km', '3 / km on a border'),
      ...given('source', '(Belarus 1,084 / 975 / 891 km', '1,576 km', '1,974 km by land', 'gives 2,063 km in all\nwith 321 km by sea'),
      ...given('computed', 'add up to 2,295 km'),
    ],
  },
  'northern-border-drawn': {
    stated: [
      stated('(10\npoints', drawnPoints(0)),
      stated('627.3 km on the WGS84', drawnKm(0)),
      stated('(13 points', drawnPoints(1)),
      stated('Novoazovsk, 1,095.4 km', drawnKm(1)),
      stated('about 3,057 km', figure('coverageKm')),
      stated('9,171 troops', figure('troops')),
      stated('two to four brigades', figure('brigades')),
    ],
    given: [
      ...given('input', 'at 3 per km', '3 / km on a border', '= 1.73 for Belarus', '= 1.80 for Russia'),
      ...given('source', 'towns 5 to 20 km from the\nborder', 'the 325.9 km of river border', 'the 975.2 km figure', 'the older\n1,576 km', '(northern-border: 3,058.24 km)'),
      ...given('computed', '(1.55 against', '(1.44 against'),
    ],
  },
  'reassurance-force-multi-domain': {
    stated: [
      stated('about 25,000 troops', figure('troops')),
      stated('five to nine\nbrigades', figure('brigades')),
      stated('21,000 to 25,000', figure('pledgedTroops')),
      stated('against the 25,000 needed', figure('deployedTroops')),
      stated('air cover is\nshort by 0 to 1 package', capability('Air cover', 'shortfall')),
      stated('the EW teams by 5', capability('EW team', 'shortfall')),
      stated('the mine hunters by 0 to 2', capability('Mine-countermeasure vessel', 'shortfall')),
      stated('air cover is short by 1 to 5 packages', capability('Air cover', 'shortfallWithoutBackstop')),
      stated('air defence by 0 to\n4 batteries', capability('Air-defence battery', 'shortfallWithoutBackstop')),
    ],
    given: [
      ...given('input', 'notional 20 soldiers per km', 'the 1,250 km front', 'of 3,000 to 5,000', 'one air-cover package per brigade', 'per 100 km', '4\nto 6 mine', 'France pledges 10,000', 'the UK 2 brigades', 'other members 5,000', "France's 10,000", 'the 20 per km'),
      ...given('source', 'up to\n30,000 troops', 'gives 15,000-30,000'),
    ],
  },
  'one-brigade-minimum-density': {
    stated: [
      stated('stretches over\n1,000 to 1,667 km', figure('brigadeCoverageKm')),
      stated('it still needs one air-cover package', figure('airCover')),
    ],
    given: [
      ...given('input', 'density of three soldiers per km', 'A brigade\nof 3,000 to 5,000 troops', 'that 1,000 km line', 'at 3 / km'),
      ...given('source', '(1,000 km, Reuters)', 'about 83 per km', 'about 12,400 per km'),
      ...given('computed', '1.4 to 3.6 orders of magnitude'),
    ],
  },
};

const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};
const WORD = Object.keys(WORDS).join('|');

/** Numbers as written: digits with thousands commas and decimals, not part of a word (WGS84) or a year. */
const DIGITS = /(?<!\w)(?<!\d\.)\d+(?:,\d{3})*(?:\.\d+)?(?!\w)/g;
/** Numbers written as words where they count something: "one or two brigades", "twelve contributors". */
const COUNT_WORDS = new RegExp(`\\b(?:${WORD})\\b(?=(?:\\s+(?:or|to)\\s+(?:${WORD})\\b)|\\s+(?:brigades?|air-cover\\s+packages?|contributors|soldiers))|(?<=\\b(?:or|to)\\s+)\\b(?:${WORD})\\b`, 'g');
const isYear = (token: string): boolean => /^(?:19|20)\d\d$/.test(token);

/** A number token as written, and its place in the text. */
interface Token {
  readonly text: string;
  readonly value: number;
  /** Decimals written (0 for words). */
  readonly decimals: number;
  readonly start: number;
  readonly end: number;
}

function numberTokens(text: string): Token[] {
  const digits = [...text.matchAll(DIGITS)]
    .filter((match) => !isYear(match[0]))
    .map((match) => ({
      text: match[0],
      value: Number(match[0].replaceAll(',', '')),
      decimals: match[0].split('.')[1]?.length ?? 0,
      start: match.index,
      end: match.index + match[0].length,
    }));
  const words = [...text.matchAll(COUNT_WORDS)].map((match) => ({
    text: match[0],
    value: WORDS[match[0].toLowerCase()]!,
    decimals: 0,
    start: match.index,
    end: match.index + match[0].length,
  }));
  return [...digits, ...words].sort((a, b) => a.start - b.start);
}

/** Where a phrase occurs in a text, every time (a phrase may wrap: any run of spaces matches any other). */
function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const pattern = new RegExp(phrase.split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** A value rounded to the decimals a bound was written with, as expect: compares. */
const rounded = (value: number, decimals: number): number => Number(value.toFixed(decimals));

/** The interval a phrase states: one number, or the first and last of a range. */
function statedInterval(phrase: string): { min: Token; max: Token } {
  const tokens = numberTokens(phrase);
  if (tokens.length === 0) throw new Error(`"${phrase}" states no number`);
  return { min: tokens[0]!, max: tokens.at(-1)! };
}

/** A month in days, as the file format reads `6 months`. */
const DAYS_PER_MONTH = 30.4375;

/** Every number a scenario file sets: lengths, densities, tortuosities, factors, capabilities, pledges and their days. */
function inputValues(scenario: Scenario): number[] {
  const bounds = (value: Interval | undefined): number[] => (value === undefined ? [] : [value.min, value.max]);
  return [
    ...scenario.sectors.flatMap((sector) => [...bounds(sector.lengthKm), ...bounds(sector.density), ...bounds(sector.geometry?.tortuosity)]),
    ...Object.values(scenario.factors).flatMap((value) => bounds(value)),
    ...(scenario.capabilities ?? []).flatMap((capability) => [
      ...bounds(capability.need),
      ...(capability.per.kind === 'length' ? [capability.per.km] : []),
    ]),
    ...(scenario.coalition ?? []).flatMap((contributor) => [
      ...bounds(pledgedAmount(contributor.pledge)),
      ...(contributor.provides ?? []).flatMap((provided) => bounds(provided.units)),
    ]),
    // Days of arrival and departure; a tour in days and in the months it was written in (30.4375 days each).
    ...(scenario.coalition ?? []).flatMap((contributor) => [...bounds(contributor.arrives), ...bounds(contributor.leaves), ...bounds(contributor.tour)]),
    ...(scenario.coalition ?? []).flatMap((contributor) => bounds(contributor.tour).map((days) => days / DAYS_PER_MONTH)),
  ];
}

/** "a / b = c" in a text: each quotient, checked to the decimals of c. */
function quotients(text: string): { phrase: string; start: number; end: number; right: boolean }[] {
  const number = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
  return [...text.matchAll(new RegExp(`(${number})\\s*/\\s*(${number})\\s*=\\s*(${number})`, 'g'))].map((match) => {
    const [a, b, c] = [match[1]!, match[2]!, match[3]!];
    const value = (written: string) => Number(written.replaceAll(',', ''));
    const decimals = c.split('.')[1]?.length ?? 0;
    return { phrase: match[0], start: match.index, end: match.index + match[0].length, right: rounded(value(a) / value(b), decimals) === value(c) };
  });
}

function loadShipped(id: string): Scenario {
  const loaded = loadScenarioFile(`${SCENARIOS_DIR}${id}.yaml`);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.scenario;
}

describe('what shipped scenarios say about their figures', () => {
  it('every shipped scenario has its claims listed here', () => {
    expect(Object.keys(CLAIMS).sort()).toEqual(SHIPPED);
  });

  describe.each(SHIPPED)('%s', (id) => {
    const scenario = loadShipped(id);
    const claims = CLAIMS[id] ?? { stated: [], given: [] };
    const description = scenario.description;

    it.each(claims.stated.map((claim) => [claim.says, claim] as const))('states %j as forcecalc computes it', (_, claim) => {
      expect(occurrences(description, claim.says), `the description no longer says "${claim.says}"`).not.toHaveLength(0);
      const written = statedInterval(claim.says);
      const actual = claim.is(scenario);
      expect(
        { min: rounded(actual.min, written.min.decimals), max: rounded(actual.max, written.max.decimals) },
        `"${claim.says}": forcecalc gives ${actual.min}..${actual.max}`,
      ).toEqual({ min: written.min.value, max: written.max.value });
    });

    it('writes each input as the file sets it', () => {
      const inputs = inputValues(scenario);
      const wrong = claims.given
        .filter((claim) => claim.kind === 'input')
        .flatMap((claim) => numberTokens(claim.says).filter((token) => !inputs.includes(token.value)).map((token) => `"${claim.says}": ${token.text} is not a value of the file`));
      expect(wrong).toEqual([]);
    });

    it('gets every "a / b = c" right', () => {
      expect(quotients(description).filter((quotient) => !quotient.right).map((quotient) => quotient.phrase)).toEqual([]);
    });

    it('states no number that is not checked or accounted for', () => {
      const phrases = [...claims.stated, ...claims.given].map((claim) => claim.says);
      const missing = phrases.filter((phrase) => occurrences(description, phrase).length === 0);
      expect(missing, 'phrases listed here that the description no longer has').toEqual([]);
      const spans = [...phrases.flatMap((phrase) => occurrences(description, phrase)), ...quotients(description)];
      const unaccounted = numberTokens(description)
        .filter((token) => !spans.some((span) => span.start <= token.start && token.end <= span.end))
        .map((token) => `${token.text} in "…${description.slice(Math.max(0, token.start - 30), token.end + 30)}…"`);
      expect(unaccounted, 'numbers to list in CLAIMS as stated (a figure) or given (input, source, computed)').toEqual([]);
    });
  });
});

describe('the checks themselves', () => {
  it('read numbers as written, not years or parts of words', () => {
    expect(numberTokens('In Sep 2025, 1,218 / 802.5 = 1.518 on WGS84; one or two brigades, 3,660..3,756 troops').map((token) => token.value)).toEqual([
      1_218, 802.5, 1.518, 1, 2, 3_660, 3_756,
    ]);
  });

  it('check quotients to the decimals written', () => {
    expect(quotients('1,250 / 802.5 = 1.558 and 1,250 / 802.5 = 1.55').map((quotient) => quotient.right)).toEqual([true, false]);
  });

  it('find a phrase across a line break', () => {
    expect(occurrences('one or\ntwo brigades', 'one or two brigades')).toEqual([{ start: 0, end: 19 }]);
  });
});
