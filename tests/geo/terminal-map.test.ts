import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/geo/geometry-problem.js';
import { renderTerminalMap, type MapSector } from '../../src/geo/terminal-map.js';

// Two lines crossing in an X on the equator. Each test below works out by hand where
// the projection puts their points; the comments give the arithmetic.
const rising: Line = [[0, -0.7], [1.4, 0.7]];
const falling: Line = [[0, 0.7], [1.4, -0.7]];
const crossing: MapSector[] = [{ lines: [rising] }, { lines: [falling] }];

/** An empty row. */
const blank = (width: number): string => ' '.repeat(width);

describe('renderTerminalMap in braille', () => {
  // 20 x 4 cells = 40 x 16 dots. A map under 5 rows keeps its side margins of one cell (2 dots) but none
  // above or below: 35 x 15 dots between the first and last usable dot. The box is 1.4 x 1.4 degrees at
  // the equator (cos 0 = 1): 15 / 1.4 = 10.71 dots a degree fits 15 down; centred across at
  // 2 + (35 - 15) / 2 = 12. Points land on x = 12 + 10.71 lon, y = 10.71 (0.7 - lat): rising runs (12, 15)
  // to (27, 0), falling (12, 0) to (27, 15), one dot each way a step, two dots a cell. Rising sets dots 7
  // and 6 (bits 0x40 + 0x20 = U+2860) then 2 and 4 (0x02 + 0x08 = U+280A) in cells 6-7 of row 3, 8-9 of
  // row 2, 10-11 of row 1, 12-13 of row 0; falling sets 1 and 5 (U+2811) then 3 and 8 (U+2884) in cells
  // 6-7 of row 0, 8-9 of row 1, 10-11 of row 2, 12-13 of row 3. Labels go on the middle cell each line
  // entered: the fifth of eight, cell 10 (rising's in row 1, falling's in row 2).
  const map = renderTerminalMap(crossing, { width: 20, height: 4 });

  it('draws the map and the scale bar (the legend is report/map-legend.ts)', () => {
    expect([...map.rows, map.scaleBar]).toEqual([
      '      ⠑⢄    ⡠⠊      ',
      '        ⠑⢄1⠊        ',
      '        ⡠⠊2⢄        ',
      '      ⡠⠊    ⠑⢄      ',
      // 111.319 / 10.71 = 10.39 km a dot; at most 40% of 20 cells = 8 cells = 16 dots = 166 km: 100 km is
      // 9.6, so 10 dots: ticks at dots 0 and 10 (cells 0 and 5), bottom dots between.
      '⣇⣀⣀⣀⣀⡇ 100 km       ',
    ]);
    expect(map.scaleBarKm).toBe(100);
  });

  it('says which sector drew each cell, labels included, for a front end to colour', () => {
    const none = (count: number): number[] => Array<number>(count).fill(-1);
    expect(map.cellSectors).toEqual([
      [...none(6), 1, 1, ...none(4), 0, 0, ...none(6)],
      [...none(8), 1, 1, 0, 0, ...none(8)],
      [...none(8), 0, 0, 1, 1, ...none(8)],
      [...none(6), 0, 0, ...none(4), 1, 1, ...none(6)],
    ]);
    expect(map.markers).toEqual(['1', '2']);
  });

  it.each([
    // [rows, blank rows above and below]: from 5 rows a blank row each side, as a blank column at each side.
    [3, false], [4, false], [5, true], [8, true],
  ])('%i rows: blank rows above and below the lines: %s', (height, margin) => {
    const rows = renderTerminalMap(crossing, { width: 20, height }).rows;
    expect([rows[0]?.trim() === '', rows[height - 1]?.trim() === '']).toEqual([margin, margin]);
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
        { lines: [[[0, -1], [2, 1]]] },
        { lines: [[[0, 1], [2, -1]]] },
      ],
      { width: 21, height: 5, unicode: false },
    );
    expect([...map.rows, map.scaleBar]).toEqual([
      blank(21),
      '        +  **        ',
      '         ++          ',
      '        *  ++        ',
      blank(21),
      // 55.66 km a cell; at most 8 cells (445 km): 200 km is 4 cells (222.6 km, the nearest whole cell).
      '|---| 200 km         ',
    ]);
    expect(map.markers).toEqual(['*', '+']);
    expect([...map.rows, map.scaleBar].join('')).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('renderTerminalMap: layout', () => {
  const real: MapSector[] = [
    { lines: [[[31.5, 46.56], [32.6, 46.64], [35.8, 47.45], [37.2, 48.28], [37.6, 49.7], [36.9, 50.3]]] },
    { lines: [[[23.6, 51.5], [27.5, 51.6], [31.8, 52.1]]] },
    { lines: [[[33, 46], [34, 46.2]], [[35, 46.5], [36, 46.8]]] },
    { lines: [[[30, 50], [30.1, 50.1]]] },
  ];

  it.each([
    [8, 3, true], [8, 3, false], [40, 12, true], [80, 24, true], [80, 24, false], [133, 41, true],
  ])('gives rows of exactly %i terminal columns (%i rows, unicode %s)', (width, height, unicode) => {
    const map = renderTerminalMap(real, { width, height, unicode });
    expect(map.rows).toHaveLength(height);
    expect(map.cellSectors).toHaveLength(height);
    for (const row of [...map.rows, map.scaleBar]) expect(stringWidth(row)).toBe(width);
    for (const row of map.cellSectors) expect(row).toHaveLength(width);
  });

  it('fits every sector inside the margin', () => {
    const map = renderTerminalMap(real, { width: 60, height: 20 });
    expect(map.rows[0]?.trim()).toBe('');
    expect(map.rows[19]?.trim()).toBe('');
    for (const row of map.rows) expect([row[0], row[59]]).toEqual([' ', ' ']);
    expect(new Set(map.cellSectors.flat())).toEqual(new Set([-1, 0, 1, 2, 3]));
  });

  it('draws nothing, and no scale bar, for sectors without lines', () => {
    const map = renderTerminalMap([{ lines: [] }], { width: 20, height: 4 });
    expect(map.rows).toEqual([blank(20), blank(20), blank(20), blank(20)]);
    expect(map.scaleBarKm).toBeNull();
    expect(map.markers).toEqual(['1']);
  });

  it('gives a line under a metre a scale bar in metres', () => {
    // 0.00001 degrees of longitude at 50 N: 0.72 m. 40 x 5 cells = 80 x 20 dots, 75 x 11 between the
    // margins; the box is 6.43e-6 x-units (degrees x cos 50) wide and, for want of height, the least span
    // of 1e-6 degrees high: 11 / 1e-6 = 1.1e7 dots a unit. N(50) = 6,390.7 km, so 111.538 km a unit and
    // 1.014 cm a dot; at most 16 cells = 32 dots = 32.4 cm: 0.2 m is 19.7, so 20 dots over 11 cells.
    const map = renderTerminalMap([{ lines: [[[30, 50], [30.00001, 50]]] }], { width: 40, height: 5 });
    expect(map.scaleBarKm).toBe(0.0002);
    expect(map.scaleBar.trimEnd()).toBe(`⣇${'⣀'.repeat(9)}⡇ 0.2 m`);
  });

  it('draws a single point as one dot', () => {
    const map = renderTerminalMap([{ lines: [[[30, 50], [30, 50]]] }], { width: 10, height: 3 });
    expect(map.rows.join('').replace(/ /g, '')).toHaveLength(1);
  });

  it.each([[7, 3], [8, 2], [8.5, 3], [Number.NaN, 3]])('refuses a %s x %s map (a programmer error)', (width, height) => {
    expect(() => renderTerminalMap(crossing, { width, height })).toThrow(RangeError);
  });
});

describe('renderTerminalMap: the base map under the sectors', () => {
  // The ASCII map above: 21 x 5 cells, x = 8 + 2 lon, y = 2 - lat; the sectors' X crosses at (9..10, 2).
  const x: MapSector[] = [{ lines: [[[0, -1], [2, 1]]] }, { lines: [[[0, 1], [2, -1]]] }];

  it('draws a base line only inside the view, clipped at its edges, and keeps sectors on top', () => {
    // The equator from 10 W to 20 E: dots x = -12 to 48 on row 2, clipped to the 21 columns (0 to 20).
    const map = renderTerminalMap(x, { width: 21, height: 5, unicode: false, baseMap: [[[-10, 0], [20, 0]]] });
    expect(map.rows).toEqual([blank(21), '        +  **        ', '.........++..........', '        *  ++        ', blank(21)]);
    expect(map.cellSectors[2]).toEqual([...Array<number>(9).fill(-2), 1, 1, ...Array<number>(10).fill(-2)]);
    expect(map.baseMapShown).toBe(true);
  });

  it('draws nothing of a base line outside the view, and says so', () => {
    const map = renderTerminalMap(x, { width: 21, height: 5, unicode: false, baseMap: [[[30, 40], [35, 45]]] });
    expect(map.rows).toEqual(renderTerminalMap(x, { width: 21, height: 5, unicode: false }).rows);
    expect(map.baseMapShown).toBe(false);
  });

  it('never draws a segment that jumps across 180 degrees as a line across the whole map', () => {
    const map = renderTerminalMap(x, { width: 21, height: 5, unicode: false, baseMap: [[[-179, 0], [179, 0]]] });
    expect(map.baseMapShown).toBe(false);
  });

  it('shows base-only cells as the glyph asked for, in braille too', () => {
    const map = renderTerminalMap(x, { width: 21, height: 5, baseMap: [[[-10, 0], [20, 0]]], baseGlyph: '·' });
    const baseCells = map.rows.flatMap((row, rowIndex) => Array.from(row).filter((_, column) => map.cellSectors[rowIndex]?.[column] === -2));
    expect(baseCells.length).toBeGreaterThan(10);
    expect(new Set(baseCells)).toEqual(new Set(['·']));
  });

  const lonLat = fc.tuple(fc.double({ min: -5, max: 7, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }));
  it('leaves every cell a sector drew as it was without the base map, in braille and in ASCII', () => {
    fc.assert(
      fc.property(fc.array(fc.array(lonLat, { minLength: 2, maxLength: 6 }), { maxLength: 6 }), fc.boolean(), (baseMap, unicode) => {
        const plain = renderTerminalMap(x, { width: 21, height: 5, unicode });
        const based = renderTerminalMap(x, { width: 21, height: 5, unicode, baseMap });
        plain.rows.forEach((row, rowIndex) => {
          const basedRow = Array.from(based.rows[rowIndex] ?? '');
          Array.from(row).forEach((character, column) => {
            const sector = plain.cellSectors[rowIndex]?.[column] ?? -1;
            if (sector >= 0) expect([basedRow[column], based.cellSectors[rowIndex]?.[column]]).toEqual([character, sector]);
            else expect([-1, -2]).toContain(based.cellSectors[rowIndex]?.[column]);
          });
        });
        expect(based.scaleBar).toBe(plain.scaleBar);
      }),
    );
  });
});
