import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { multiLineLengthKm } from '../../src/geo/geodesic-length.js';
import type { Line } from '../../src/geo/geometry-problem.js';
import { renderTerminalMap, type MapSector } from '../../src/geo/terminal-map.js';

// Two lines crossing in an X on the equator. Each test below works out by hand where
// the projection puts their points; the comments give the arithmetic.
const rising: Line = [[0, -0.7], [1.4, 0.7]];
const falling: Line = [[0, 0.7], [1.4, -0.7]];
const crossing: MapSector[] = [
  { name: 'Alpha', lines: [rising], lengthKm: 1234.56 },
  { name: 'Bravo with a long name', lines: [falling], lengthKm: 1234.56 },
];

/** A sector's geodesic length as the legend prints it. */
const lengthOf = (sector: MapSector | undefined): string => multiLineLengthKm(sector?.lines ?? []).toFixed(1);

/** An empty row. */
const blank = (width: number): string => ' '.repeat(width);

describe('renderTerminalMap in braille', () => {
  // 20 x 4 cells = 40 x 16 dots; margins of one cell (2 dots across, 4 down) leave 35 x 7 dots between
  // the first and last usable dot. The box is 1.4 x 1.4 degrees at the equator (cos 0 = 1): 5 dots a
  // degree fits 7 down; centred across at dot 2 + (35 - 7) / 2 = 16. Points land on dots x = 16 + 5 lon,
  // y = 4 + 5 (0.7 - lat): rising runs (16, 11) to (23, 4), falling (16, 4) to (23, 11), one dot a step.
  // Rising sets dots 7-6 in cell 8 (bits 0x40 + 0x20 = U+2860), 2-4 in cell 9 (U+280A) of row 2, the same
  // in cells 10 and 11 of row 1; falling sets 1-5 (U+2811) and 3-8 (U+2884) in cells 8-9 of row 1, 10-11
  // of row 2. Labels go on the middle cell each line entered: the third of four (cell 10).
  const map = renderTerminalMap(crossing, { width: 20, height: 4 });

  it('draws the whole frame: map, scale bar, legend', () => {
    expect(map.frame).toEqual([
      blank(20),
      '        ⠑⢄1⠊        ',
      '        ⡠⠊2⢄        ',
      blank(20),
      // 5 dots a degree = 111.319 / 5 = 22.26 km a dot; at most 40% of 20 cells = 8 cells = 16 dots
      // = 356 km: 200 km is 9 dots (200.4 km), ticks at dots 0 and 9, bottom dots between.
      '⣇⣀⣀⣀⣸ 200 km        ',
      '1 Alpha   1,234.6 km',
      '2 Bravo…  1,234.6 km',
    ]);
    expect(map.scaleBarKm).toBe(200);
  });

  it('says which sector drew each cell, labels included, for a front end to colour', () => {
    const none = [-1, -1, -1, -1, -1, -1, -1, -1];
    expect(map.cellSectors).toEqual([
      [...none, -1, -1, -1, -1, ...none],
      [...none, 1, 1, 0, 0, ...none],
      [...none, 0, 0, 1, 1, ...none],
      [...none, -1, -1, -1, -1, ...none],
    ]);
    expect(map.legend.map((row) => [row.sectorIndex, row.marker])).toEqual([[0, '1'], [1, '2']]);
  });
});

describe('renderTerminalMap in ASCII (TERM=dumb, --no-unicode)', () => {
  it('draws each sector with its own character and sizes the scale bar by whole cells', () => {
    // 21 x 5 cells, one dot a cell; a cell is twice as tall as wide, so a step down counts as 2 across.
    // Between the margins: 18 steps across, 2 down. The box is 2 x 2 degrees: min(18 / 2, 2 x 2 / 2) = 2
    // cells a degree across and 1 down; centred across at 1 + (18 - 4) / 2 = 8: x = 8 + 2 lon, y = 2 - lat.
    // Bresenham from (8, 3) to (12, 1) steps (9, 2) (10, 2) (11, 1); Bravo, drawn later, takes (9, 2) (10, 2).
    const map = renderTerminalMap(
      [
        { name: 'Alpha', lines: [[[0, -1], [2, 1]]], lengthKm: 314.6 },
        { name: 'Bravo', lines: [[[0, 1], [2, -1]]], lengthKm: 314.6 },
      ],
      { width: 21, height: 5, unicode: false },
    );
    expect(map.frame).toEqual([
      blank(21),
      '        +  **        ',
      '         ++          ',
      '        *  ++        ',
      blank(21),
      // 55.66 km a cell; at most 8 cells (445 km): 200 km is 4 cells (222.6 km, the nearest whole cell).
      '|---| 200 km         ',
      '* Alpha      314.6 km',
      '+ Bravo      314.6 km',
    ]);
    expect(map.frame.join('')).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('renderTerminalMap: layout', () => {
  const real: MapSector[] = [
    { name: 'Kherson to Vovchansk', lines: [[[31.5, 46.56], [32.6, 46.64], [35.8, 47.45], [37.2, 48.28], [37.6, 49.7], [36.9, 50.3]]] },
    { name: 'Belarus border', lines: [[[23.6, 51.5], [27.5, 51.6], [31.8, 52.1]]] },
    { name: 'Two parts', lines: [[[33, 46], [34, 46.2]], [[35, 46.5], [36, 46.8]]] },
    { name: 'Лінія 🚩 фронту з дуже довгою назвою, що не вміщається', lines: [[[30, 50], [30.1, 50.1]]] },
  ];

  it.each([
    [8, 3, true], [8, 3, false], [40, 12, true], [80, 24, true], [80, 24, false], [133, 41, true],
  ])('gives rows of exactly %i terminal columns (%i rows, unicode %s)', (width, height, unicode) => {
    const map = renderTerminalMap(real, { width, height, unicode });
    expect(map.rows).toHaveLength(height);
    expect(map.cellSectors).toHaveLength(height);
    // Columns as a terminal counts them (the legend's flag takes two).
    for (const row of map.frame) expect(stringWidth(row)).toBe(width);
    for (const row of map.cellSectors) expect(row).toHaveLength(width);
  });

  it('fits every sector inside the margin', () => {
    const map = renderTerminalMap(real, { width: 60, height: 20 });
    expect(map.rows[0]?.trim()).toBe('');
    expect(map.rows[19]?.trim()).toBe('');
    for (const row of map.rows) expect([row[0], row[59]]).toEqual([' ', ' ']);
    expect(new Set(map.cellSectors.flat())).toEqual(new Set([-1, 0, 1, 2, 3]));
  });

  it('shows the geodesic length of the lines when a sector gives none', () => {
    const map = renderTerminalMap(real, { width: 60, height: 20 });
    const twoParts = multiLineLengthKm(real[2]?.lines ?? []);
    expect(map.legend[2]?.text.endsWith(`${twoParts.toFixed(1)} km`)).toBe(true);
  });

  it('shortens a long name by terminal columns, not UTF-16 units or code points', () => {
    const map = renderTerminalMap(real, { width: 30, height: 5 });
    // 30 - "4 " - two spaces - "13.2 km" (7) leaves 19 columns: 18 of the name (the flag takes two) and an ellipsis.
    expect(map.legend[3]?.text).toBe(`4 Лінія 🚩 фронту з …  ${lengthOf(real[3])} km`);
  });

  it('keeps names from files harmless in the legend', () => {
    const map = renderTerminalMap([{ name: '\u001b[2JEvil\u202Ename', lines: [rising], lengthKm: 1 }], { width: 30, height: 5 });
    expect(map.legend[0]?.text).toBe('1 Evilname              1.0 km');
  });

  it('draws nothing, and no scale bar, for sectors without lines', () => {
    const map = renderTerminalMap([{ name: 'Empty', lines: [], lengthKm: 0 }], { width: 20, height: 4 });
    expect(map.rows).toEqual([blank(20), blank(20), blank(20), blank(20)]);
    expect(map.scaleBarKm).toBeNull();
    expect(map.legend[0]?.text).toBe('1 Empty       0.0 km');
  });

  it('draws a single point as one dot', () => {
    const map = renderTerminalMap([{ name: 'Spot', lines: [[[30, 50], [30, 50]]] }], { width: 10, height: 3 });
    expect(map.rows.join('').replace(/ /g, '')).toHaveLength(1);
  });

  it.each([[7, 3], [8, 2], [8.5, 3], [Number.NaN, 3]])('refuses a %s x %s map (a programmer error)', (width, height) => {
    expect(() => renderTerminalMap(crossing, { width, height })).toThrow(RangeError);
  });
});
