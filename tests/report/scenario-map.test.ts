import { describe, expect, it } from 'vitest';
import { point, type Interval, type LonLat, type Scenario, type Sector } from '../../src/core/index.js';
import { renderScenarioMap, scenarioMapText, sectorLengthText, type ScenarioMap } from '../../src/report/index.js';
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

describe('renderScenarioMap: layout', () => {
  it('gives the map the rows the rest leaves, and every row at most the width', () => {
    for (const [width, height] of [[80, 23], [48, 14], [30, 40], [120, 10]] as const) {
      const map = renderScenarioMap(CROSS, { width, height });
      expect(map.rows.length, `${width} x ${height}`).toBeLessThanOrEqual(Math.max(height, 5 + 1 + 1 + 6 + 3));
      for (const row of map.rows) expect(Array.from(row.map((span) => span.text).join('')).length).toBeLessThanOrEqual(width);
    }
    expect(renderScenarioMap(CROSS, { width: 80, height: 23 }).rows).toHaveLength(23);
  });

  it('leaves out the title row when asked (a UI panel has its own)', () => {
    const withTitle = renderScenarioMap(CROSS, { width: 48, height: 14 });
    const without = renderScenarioMap(CROSS, { width: 48, height: 13, title: false });
    expect(without.rows).toEqual(withTitle.rows.slice(1));
  });

  it('puts a length on a row of its own when the width leaves no room for the name', () => {
    const narrow = lines(renderScenarioMap(CROSS, { width: 30, height: 20, unicode: false }));
    expect(narrow.slice(-8)).toEqual([
      '* Equator       222.6 km drawn',
      '+ Meridian',
      '  221.1 km drawn x 1.5 = 331.~',
      '  Given',
      '  100 km, given as a length: ~',
      'Drawn lengths: geodesic on',
      'WGS84 (GeographicLib, Karney',
      '2013) x tortuosity',
    ]);
  });

  it('draws nothing for a scenario without a drawn sector', () => {
    expect(renderScenarioMap(scenario(), { width: 80, height: 23 })).toEqual({ drawnSectors: 0, rows: [] });
  });

  it('refuses a width below 20 columns (a programmer error)', () => {
    expect(() => renderScenarioMap(CROSS, { width: 19, height: 23 })).toThrow(RangeError);
  });

  it('shows names as text: escape sequences in a name or title do not reach the terminal', () => {
    const hostile = scenario({ title: 'T\u001b[2J', sectors: [drawn('A\u001b]0;x\u0007\u202Eb', [[[0, 0], [1, 0]]], EQUATOR_DEGREE_KM)] });
    const text = scenarioMapText(renderScenarioMap(hostile, { width: 40, height: 10 }));
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(text).not.toMatch(/[\u001b\u0007\u202E]/);
    expect(text).toContain('1 Ab');
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
