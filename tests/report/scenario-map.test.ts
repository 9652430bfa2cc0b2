import { describe, expect, it } from 'vitest';
import { point, type Interval, type LonLat, type Scenario, type Sector } from '../../src/core/index.js';
import { textWidth } from '../../src/text/text-width.js';
import { renderScenarioMap, scenarioMapText, sectorLengthText, type ScenarioMap } from '../../src/report/index.js';
import { minimumMapHeight } from '../../src/report/scenario-map.js';
import { TWO_LINES_ASCII_FRAME, TWO_LINES_BRAILLE_FRAME } from '../fixtures/two-lines-map-frames.js';
import { scenario, sector } from './scenario-builder.js';

// One degree along the equator (WGS84 a x pi / 180) and the meridian arc from 1 S to 1 N (2 x 110.574 km).
const EQUATOR_DEGREE_KM = 111.3194908;
const MERIDIAN_TWO_DEGREES_KM = 221.148;

/** A sector drawn along `lines`, measured at `measuredKm`, scaled by `tortuosity`. */
function drawn(name: string, lines: LonLat[][], measuredKm: number, tortuosity: Interval = point(1)): Sector {
  return {
    name,
    lengthKm: { min: measuredKm * tortuosity.min, max: measuredKm * tortuosity.max },
    geometry: { lines, measuredKm, method: 'geodesic on WGS84 (GeographicLib, Karney 2013)', tortuosity },
  };
}

// An X of sorts: two degrees of the equator, two of the meridian 1 E crossing it, and a sector given as a length.
const CROSS: Scenario = scenario({
  title: 'Two drawn lines',
  sectors: [
    drawn('Equator', [[[0, 0], [2, 0]]], 2 * EQUATOR_DEGREE_KM),
    drawn('Meridian', [[[1, -1], [1, 1]]], MERIDIAN_TWO_DEGREES_KM, point(1.5)),
    sector('Given', 100),
  ],
});

const lines = (map: ScenarioMap): string[] => scenarioMapText(map).replace(/\n$/, '').split('\n');
const indent = (count: number): string => ' '.repeat(count);

describe('renderScenarioMap: the whole block, worked out by hand', () => {
  // 48 x 14 rows: the title, 7 map rows, the scale bar, 3 legend rows and 2 method rows (the method wraps at 48).
  it('in braille: 96 x 28 dots, the X centred, a label on each line', () => {
    // Each row is derived in tests/fixtures/two-lines-map-frames.ts.
    const map = renderScenarioMap(CROSS, { width: 48, height: 14 });
    expect(lines(map)).toEqual(TWO_LINES_BRAILLE_FRAME);
    expect(map.drawnSectors).toBe(2);
  });

  it('in ASCII (TERM=dumb): one character a cell, each sector its own', () => {
    const map = renderScenarioMap(CROSS, { width: 48, height: 14, unicode: false });
    expect(lines(map)).toEqual(TWO_LINES_ASCII_FRAME);
  });

  it('says which sector each span shows, by its index in the scenario, for a front end to colour', () => {
    const map = renderScenarioMap(CROSS, { width: 48, height: 14, unicode: false });
    expect(map.rows[4]).toEqual([
      { text: indent(20), sectorIndex: null },
      { text: '****', sectorIndex: 0 },
      { text: '+', sectorIndex: 1 },
      { text: '****', sectorIndex: 0 },
      { text: indent(19), sectorIndex: null },
    ]);
    // Legend markers carry their sector; the undrawn sector's blank does not.
    expect(map.rows.slice(9, 12).map((row) => row[0])).toEqual([
      { text: '*', sectorIndex: 0 },
      { text: '+', sectorIndex: 1 },
      { text: ' ', sectorIndex: null },
    ]);
  });
});

describe('renderScenarioMap: a base map under the lines', () => {
  // A coast along 0.5 N from 10 W to 10 E: in the 48 x 15 ASCII block (the frame above and a row naming
  // the source) the map keeps its 7 rows, y = 1 + 2 (1 - lat), so the coast is map row 2, under the title
  // row 3, across the whole width but where the meridian's "+" stands (column 24).
  const baseMap = { lines: [[[-10, 0.5], [10, 0.5]] as LonLat[]], source: 'Test Atlas (1:1, version 1)' };

  it('draws it as "." in ASCII, in spans of its own, and names the source under the method', () => {
    const map = renderScenarioMap(CROSS, { width: 48, height: 15, unicode: false, baseMap });
    expect(lines(map)).toEqual([
      ...TWO_LINES_ASCII_FRAME.slice(0, 3),
      `${'.'.repeat(24)}+${'.'.repeat(23)}`,
      ...TWO_LINES_ASCII_FRAME.slice(4),
      'Borders and coasts: Test Atlas (1:1, version 1)',
    ]);
    expect(map.rows[3]).toEqual([
      { text: '.'.repeat(24), sectorIndex: null, baseMap: true },
      { text: '+', sectorIndex: 1 },
      { text: '.'.repeat(23), sectorIndex: null, baseMap: true },
    ]);
  });

  it('draws it as "·" in braille without colour, so that it never passes for a sector, and as braille with colour', () => {
    const plain = renderScenarioMap(CROSS, { width: 48, height: 15, baseMap });
    const coloured = renderScenarioMap(CROSS, { width: 48, height: 15, baseMap, colour: true });
    const baseText = (map: ScenarioMap): string => map.rows.flatMap((row) => row.filter((span) => span.baseMap === true).map((span) => span.text)).join('');
    expect(new Set(baseText(plain))).toEqual(new Set(['·']));
    expect(baseText(coloured)).toMatch(/^[\u2801-\u28ff]+$/);
    // The sectors are drawn the same either way, and as without a base map.
    const sectorText = (map: ScenarioMap): string[] => map.rows.map((row) => row.filter((span) => span.sectorIndex !== null).map((span) => span.text).join(''));
    const without = renderScenarioMap(CROSS, { width: 48, height: 14 });
    expect(sectorText(plain).slice(1, 8)).toEqual(sectorText(without).slice(1, 8));
    expect(sectorText(coloured)).toEqual(sectorText(plain));
  });

  it('shortens the source with the method when rows run short: the bracket goes first', () => {
    const map = renderScenarioMap(CROSS, { width: 30, height: 12, unicode: false, baseMap });
    expect(lines(map).slice(-2)).toEqual(['Lengths: geodesic on WGS84', 'Borders and coasts: Test Atlas']);
  });
});

describe('renderScenarioMap: layout', () => {
  it('gives the map every row the rest leaves', () => {
    expect(renderScenarioMap(CROSS, { width: 80, height: 23 }).rows).toHaveLength(23);
    expect(renderScenarioMap(CROSS, { width: 48, height: 40 }).rows).toHaveLength(40);
  });

  it('leaves out the title row when asked (a UI panel has its own)', () => {
    const withTitle = renderScenarioMap(CROSS, { width: 48, height: 14 });
    const without = renderScenarioMap(CROSS, { width: 48, height: 13, title: false });
    expect(without.rows).toEqual(withTitle.rows.slice(1));
  });

  it('puts a length on rows of its own, right-aligned, when the width leaves no room for the name', () => {
    // 30 columns: "222.6 km drawn" leaves the name 12; the meridian's 31 columns fit neither beside the name
    // nor on a row of 29 (the marker's column stays blank), so it goes over two, broken before "=";
    // the given sector's 36 do not fit a row at all, so it keeps only its length and "not drawn".
    const narrow = lines(renderScenarioMap(CROSS, { width: 30, height: 20, unicode: false }));
    expect(narrow.slice(-8)).toEqual([
      '* Equator       222.6 km drawn',
      '+ Meridian',
      `${indent(10)}221.1 km drawn x 1.5`,
      `${indent(20)}= 331.7 km`,
      `  Given${indent(6)}100 km, not drawn`,
      'Drawn lengths: geodesic on',
      'WGS84 (GeographicLib, Karney',
      '2013) x tortuosity',
    ]);
  });

  it('draws nothing for a scenario without a drawn sector', () => {
    expect(renderScenarioMap(scenario(), { width: 80, height: 23 })).toEqual({ drawnSectors: 0, rows: [] });
  });

  it.each([
    [19, 23, true],
    [20, 5, true], // 6 rows with a title: a map of 3, the scale bar, one legend row
    [20, 4, false],
    [20, 5.5, false],
  ])('refuses %i x %f (title %s), below its least size (a programmer error)', (width, height, title) => {
    expect(() => renderScenarioMap(CROSS, { width, height, title })).toThrow(RangeError);
  });

  it('needs 5 rows without a title and 6 with one', () => {
    expect([minimumMapHeight(false), minimumMapHeight(true), minimumMapHeight()]).toEqual([5, 6, 6]);
  });

  it('shows names as text: escape sequences in a name or title do not reach the terminal', () => {
    const hostile = scenario({ title: 'T\u001b[2J', sectors: [drawn('A\u001b]0;x\u0007\u202Eb', [[[0, 0], [1, 0]]], EQUATOR_DEGREE_KM)] });
    const text = scenarioMapText(renderScenarioMap(hostile, { width: 40, height: 10 }));
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(text).not.toMatch(/[\u001b\u0007\u202E]/);
    expect(text).toContain('1 Ab');
  });
});

/** The rows after the scale bar (legend, then method), and how many map rows stand between the title and the bar. */
function belowTheBar(map: ScenarioMap, title = true): { mapRows: number; rest: string[] } {
  const text = lines(map);
  const bar = text.findIndex((row) => /^[⣇|]/.test(row));
  return { mapRows: bar - (title ? 1 : 0), rest: text.slice(bar + 1) };
}

describe('renderScenarioMap: what gives way when rows are short', () => {
  // In order: the method note takes one row, entries keep only the length the estimate uses, the map goes
  // from 5 rows to 3, the note goes, then the legend lists the first sectors and how many more.
  // CROSS at 48 columns: every entry fits one row in full (the fixture's legend), and the method takes 2
  // rows wrapped or 1 without its reference. Title and scale bar take 2 of the rows.
  const equator = `1 Equator${indent(25)}222.6 km drawn`;
  const meridian = `2 Meridian${indent(7)}221.1 km drawn x 1.5 = 331.7 km`;
  const given = `  Given${indent(5)}100 km, given as a length: not drawn`;
  const method = ['Drawn lengths: geodesic on WGS84 (GeographicLib,', 'Karney 2013) x tortuosity'];
  const methodRow = 'Drawn lengths: geodesic on WGS84 x tortuosity';
  it.each<[number, number, string[]]>([
    [14, 7, [equator, meridian, given, ...method]],
    [12, 5, [equator, meridian, given, ...method]],
    [11, 5, [equator, meridian, given, methodRow]], // 2 + 3 + 2 leaves 4: the method gives a row
    [10, 4, [equator, meridian, given, methodRow]], // the entries cannot be shorter: the map gives one
    [9, 3, [equator, meridian, given, methodRow]],
    [8, 3, [equator, meridian, given]], // the map's least: the method goes before any sector
    [7, 3, [equator, '… and 2 more sectors']],
    [6, 3, ['3 sectors: too few rows to list them']],
  ])('48 x %i: a map of %i rows, then %j', (height, mapRows, rest) => {
    const map = renderScenarioMap(CROSS, { width: 48, height });
    expect(map.rows).toHaveLength(height);
    expect(belowTheBar(map)).toEqual({ mapRows, rest });
  });

  // CROSS at 30 columns in ASCII: the meridian's whole entry takes 3 rows (name, drawn x factor, "= ...")
  // and 1 with only its 331.7 km; the given sector 1 row ("not drawn" only); the method 3 rows wrapped,
  // and "Lengths: geodesic on WGS84" as the longest wording that fits one.
  const equator30 = '* Equator       222.6 km drawn';
  const meridian30 = ['+ Meridian', `${indent(10)}221.1 km drawn x 1.5`, `${indent(20)}= 331.7 km`];
  const meridianShort30 = `+ Meridian${indent(12)}331.7 km`;
  const given30 = `  Given${indent(6)}100 km, not drawn`;
  const method30 = ['Drawn lengths: geodesic on', 'WGS84 (GeographicLib, Karney', '2013) x tortuosity'];
  const methodRow30 = 'Lengths: geodesic on WGS84';
  it.each<[number, number, string[]]>([
    [20, 10, [equator30, ...meridian30, given30, ...method30]],
    [15, 5, [equator30, ...meridian30, given30, ...method30]],
    [14, 6, [equator30, ...meridian30, given30, methodRow30]],
    [12, 6, [equator30, meridianShort30, given30, methodRow30]], // 5 legend rows would leave 4: 3 do
    [10, 4, [equator30, meridianShort30, given30, methodRow30]],
    [8, 3, [equator30, meridianShort30, given30]],
    [7, 3, [equator30, '... and 2 more sectors']],
    [6, 3, ['3 sectors, not listed']],
  ])('30 x %i in ASCII: a map of %i rows, then %j', (height, mapRows, rest) => {
    const map = renderScenarioMap(CROSS, { width: 30, height, unicode: false });
    expect(map.rows).toHaveLength(height);
    expect(belowTheBar(map)).toEqual({ mapRows, rest });
  });
});

/** Letters for the n-th sector's name (a, b, ... z, aa, ab, ...): names without digits, so any digit is a number's. */
function letters(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : letters(Math.floor(index / 26) - 1) + letters(index % 26);
}

/**
 * `count` sectors in a row along 48 N, each drawn 1,234.6 km (as if; the lines are short) with a tortuosity
 * of 1.52..1.56, so the longest entry of all: `1,234.6 km drawn x 1.52..1.56 = 1,876.5..1,925.9 km`. Every
 * fourth is given as a length instead, with a name of wide characters every fifth.
 */
function manySectors(count: number): Scenario {
  const sectors = Array.from({ length: count }, (_, index): Sector => {
    const name = index % 5 === 4 ? `Лінія 🚩 ${letters(index)} 線の名前` : `Sector ${letters(index)} of the line`;
    if (index % 4 === 3) return sector(name, 12_345.6);
    return drawn(name, [[[20 + index * 0.3, 48], [20.3 + index * 0.3, 48 + (index % 3) * 0.1]]], 1_234.56, { min: 1.52, max: 1.56 });
  });
  return scenario({ title: `${count} sectors`, sectors });
}

/** The planning length of a sector as every legend form prints it (the short form is part of the full one). */
const planningText = (value: Sector): string => {
  const { min, max } = value.lengthKm;
  const bound = (km: number): string => km.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
  return bound(min) === bound(max) ? `${bound(min)} km` : `${bound(min)}..${bound(max)} km`;
};

describe('renderScenarioMap: the height budget', () => {
  const widths = [20, 21, 24, 30, 40, 48, 80, 133];
  const heights = [5, 6, 7, 8, 9, 10, 12, 16, 23, 40];

  it.each([
    [1, true], [2, true], [3, false], [4, true], [10, false], [10, true], [60, true], [60, false],
  ])('%i sectors (unicode %s): exactly the rows asked, none wider than asked, no number cut', (count, unicode) => {
    const many = manySectors(count);
    for (const width of widths) {
      for (const height of heights) {
        for (const title of [true, false]) {
          if (height < minimumMapHeight(title)) continue;
          const where = `${width} x ${height}, title ${String(title)}`;
          const map = renderScenarioMap(many, { width, height, unicode, title });
          expect(map.rows, where).toHaveLength(height);
          const text = lines(map);
          for (const row of text) expect(textWidth(row), `${where}: ${row}`).toBeLessThanOrEqual(width);

          const { mapRows, rest } = belowTheBar(map, title);
          expect(mapRows, where).toBeGreaterThanOrEqual(3);
          // A shortened legend says how many it leaves out; counting them back gives every sector.
          const more = rest.map((row) => /^(?:…|\.\.\.) and (\d+) more/.exec(row)).find((match) => match !== null);
          const none = rest.some((row) => new RegExp(`^${count} sectors?(?:$|:|,)`).test(row));
          const listed = none ? 0 : count - Number(more?.[1] ?? 0);
          expect(listed, where).toBeGreaterThanOrEqual(height >= 7 + (title ? 1 : 0) ? 1 : 0);
          // Each listed sector's planning length stands whole in its entry, at most broken after "..".
          const legend = rest.map((row) => row.trim()).join(' ').replace(/\.\. /g, '..');
          for (const shown of many.sectors.slice(0, listed)) expect(legend, where).toContain(planningText(shown));
          // No number is cut short: a digit is never followed by an ellipsis.
          expect(rest.join('\n'), where).not.toMatch(/\d[…~]/);
        }
      }
    }
  });

  it('lists every sector, each whole, and the method in full when the rows allow', () => {
    const map = renderScenarioMap(manySectors(4), { width: 80, height: 23 });
    expect(belowTheBar(map).rest).toEqual([
      `1 Sector a of the line${indent(7)}1,234.6 km drawn x 1.52..1.56 = 1,876.5..1,925.9 km`,
      `2 Sector b of the line${indent(7)}1,234.6 km drawn x 1.52..1.56 = 1,876.5..1,925.9 km`,
      `3 Sector c of the line${indent(7)}1,234.6 km drawn x 1.52..1.56 = 1,876.5..1,925.9 km`,
      `  Sector d of the line${indent(17)}12,345.6 km, given as a length: not drawn`,
      'Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x tortuosity',
    ]);
  });

  it('keeps a 5-row map and lists the first sectors of 60, then how many more (80 x 23)', () => {
    // Title, scale bar and method take 3 rows, the map 5: 15 for the legend, 14 sectors and the count.
    const { mapRows, rest } = belowTheBar(renderScenarioMap(manySectors(60), { width: 80, height: 23 }));
    expect(mapRows).toBe(5);
    expect(rest).toHaveLength(16);
    expect(rest.slice(-2)).toEqual(['… and 46 more sectors', 'Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x tortuosity']);
  });
});

describe('renderScenarioMap: numbers in a narrow legend', () => {
  // One sector drawn 802.5 km with a tortuosity of 1.52..1.56 (the shipped line of contact): the whole
  // entry is 49 columns, "802.5 km drawn x 1.52..1.56" 27, "= 1,219.7..1,251.8 km" 21, the planning
  // length alone 19. A length row is right-aligned and keeps the marker's column blank.
  const front = scenario({
    title: 'Front',
    sectors: [drawn('Line of contact, late 2025 (drawn)', [[[35, 47], [37, 48]]], 802.4625, { min: 1.52, max: 1.56 })],
  });
  it.each<[number, number, string[]]>([
    // Rows to spare: the whole entry, over two rows where it does not fit one.
    [40, 30, ['1 Line of contact, late 2025 (drawn)', `${indent(13)}802.5 km drawn x 1.52..1.56`, `${indent(19)}= 1,219.7..1,251.8 km`]],
    [29, 30, ['1 Line of contact, late 2025…', `${indent(2)}802.5 km drawn x 1.52..1.56`, `${indent(8)}= 1,219.7..1,251.8 km`]],
    // 28 columns leave 27 for a length row: still two. At 20 the parts do not fit: the planning length only.
    [20, 30, ['1 Line of contact, …', ' 1,219.7..1,251.8 km']],
    // 40 x 10: title, scale bar and method take 3; the whole entry would leave the map 4, so one row.
    [40, 10, ['1 Line of contact,…  1,219.7..1,251.8 km']],
  ])('%i x %i', (width, height, entry) => {
    const { rest } = belowTheBar(renderScenarioMap(front, { width, height }));
    expect(rest.slice(0, entry.length)).toEqual(entry);
  });

  it('breaks a range that does not fit a row after its "..", never inside a number', () => {
    // 10,234.56 x 1..1.02: 10,234.6..10,439.3 km is 21 columns, more than the 19 a length row has at 20;
    // the unit stays with its number.
    const wide = scenario({ sectors: [drawn('Long', [[[0, 0], [1, 0]]], 10_234.56, { min: 1, max: 1.02 })] });
    const { rest } = belowTheBar(renderScenarioMap(wide, { width: 20, height: 30 }));
    expect(rest.slice(0, 3)).toEqual(['1 Long', `${indent(10)}10,234.6..`, `${indent(9)}10,439.3 km`]);
  });
});

describe('sectorLengthText', () => {
  it.each<[string, Sector, string]>([
    ['a drawn line as drawn', drawn('A', [], 802.4625), '802.5 km drawn'],
    ['with a tortuosity', drawn('A', [], 627.2525, point(1.73)), '627.3 km drawn x 1.73 = 1,085.1 km'],
    ['with a tortuosity range', drawn('A', [], 802.4625, { min: 1.52, max: 1.56 }), '802.5 km drawn x 1.52..1.56 = 1,219.7..1,251.8 km'],
    ['a given length', sector('A', 1_250), '1,250 km, given as a length: not drawn'],
  ])('%s', (_case, value, text) => {
    expect(sectorLengthText(value)).toBe(text);
  });
});
