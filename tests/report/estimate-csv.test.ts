import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, point } from '../../src/core/index.js';
import { csvNumberCell, csvTextCell } from '../../src/report/csv-cell.js';
import { formatComparisonCsv, formatEstimateCsv } from '../../src/report/estimate-csv.js';
import { scenario, twoSectorEstimate } from './scenario-builder.js';

describe('formatEstimateCsv', () => {
  it('prints one record per figure, numbers exact, CRLF line ends (golden)', () => {
    expect(formatEstimateCsv(twoSectorEstimate())).toBe(
      [
        'scenario,figure,min,max,unit',
        'two-sectors,coverageKm,1200,1200,km',
        'two-sectors,troops,7000,7000,troops',
        // 7,000 troops over 1,200 km: every km figure is at this density.
        `two-sectors,lineDensity,${7_000 / 1_200},${7_000 / 1_200},/km`,
        'two-sectors,brigades,2,3,brigades',
        `two-sectors,brigadeCoverageKm,${3_000 / (7_000 / 1_200)},${5_000 / (7_000 / 1_200)},km`,
        'two-sectors,airCover,2,3,packages',
        'two-sectors,enablers,0,0,troops',
        'two-sectors,deployedTroops,7000,7000,troops',
        'two-sectors,committedTroops,21000,21000,troops',
        'two-sectors,committedBrigades,6,9,brigades',
        // 2 brigades of 5,000 hold 3,000 more than the 7,000 troops: 514.29 km at the line's 5.83 /km; 3 of 3,000 hold 2,000: 342.86 km.
        `two-sectors,nextBrigadeKm,${3_000 / (7_000 / 1_200)},${2_000 / (7_000 / 1_200)},km`,
        'two-sectors,pledgedTroops,4500,6500,troops',
        `two-sectors,pledgedCoverageKm,${4_500 / (7_000 / 1_200)},${6_500 / (7_000 / 1_200)},km`,
        `two-sectors,pledgedDensity,3.75,${6_500 / 1_200},/km`,
        'two-sectors,shortfallTroops,500,2500,troops',
        'two-sectors,rotatedTroops,4500,6500,troops',
        // Air cover, always there: 2..3 packages for 2..3 brigades, nobody provides any.
        'two-sectors,capabilities.Air cover.need,2,3,packages',
        'two-sectors,capabilities.Air cover.pledged,0,0,packages',
        'two-sectors,capabilities.Air cover.shortfall,2,3,packages',
        'two-sectors,capabilities.Air cover.shortfallWithoutBackstop,2,3,packages',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out coalition figures without a coalition', () => {
    const text = formatEstimateCsv(estimate(scenario()));
    // The header, 10 figures, nextBrigadeKm, air cover's need, and the empty line after the last CRLF.
    expect(text.split('\r\n')).toHaveLength(1 + 10 + 1 + 1 + 1);
    expect(text).not.toContain('pledged');
  });

  it('names each capability figure as expect: does, the name inside a quoted cell', () => {
    const result = estimate(
      scenario({
        capabilities: [{ name: '=EW, team', per: { kind: 'length', km: 100 }, need: point(1), source: null }],
        coalition: [{ country: 'A', pledge: { kind: 'none' }, provides: [{ capability: '=EW, team', units: point(4) }] }],
      }),
    );
    const records = formatEstimateCsv(result).trimEnd().split('\r\n');
    // 1,200 km / 100 km x 1 = 12 needed, 4 provided.
    expect(records.slice(-4)).toEqual([
      `one-line,"capabilities.=EW, team.need",12,12,units`,
      `one-line,"capabilities.=EW, team.pledged",4,4,units`,
      `one-line,"capabilities.=EW, team.shortfall",8,8,units`,
      `one-line,"capabilities.=EW, team.shortfallWithoutBackstop",8,8,units`,
    ]);
  });
});

describe('formatComparisonCsv', () => {
  it('stacks the records of each scenario under one header', () => {
    const records = formatComparisonCsv([twoSectorEstimate(), estimate(scenario())]).trimEnd().split('\r\n');
    expect(records.filter((record) => record.startsWith('scenario,'))).toHaveLength(1);
    // 10 figures, nextBrigadeKm and air cover's need; the coalition's 5 and air cover's 3 pledge figures for two-sectors.
    expect(records.filter((record) => record.startsWith('one-line,'))).toHaveLength(12);
    expect(records.filter((record) => record.startsWith('two-sectors,'))).toHaveLength(20);
  });
});

describe('csvTextCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =1+1', "'  =1+1"],
    ['\t=1+1', "' =1+1"], // the tab became a space when sanitised, and the formula is still neutralised
    ['\r=1+1', "' =1+1"],
    ['\u0007=1+1', "'=1+1"], // a control character removed does not uncover a formula
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', 'two lines'],
    ['Evil\u001b[2J\u202E', 'Evil'],
  ])('%j -> %s', (text, cell) => {
    expect(csvTextCell(text)).toBe(cell);
  });

  it('neutralises an id that starts a formula', () => {
    const text = formatEstimateCsv(estimate(scenario({ id: '=cmd|calc' })));
    expect(text.split('\r\n')[1]).toBe("'=cmd|calc,coverageKm,1200,1200,km");
  });
});

describe('csvNumberCell', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [3750, '3750'],
    [1666.6666666666667, '1666.6666666666667'],
    [-2.5, '-2.5'],
    [0.000001, '0.000001'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [-1.2345e-10, '-0.00000000012345'],
    [Number.MIN_VALUE, `0.${'0'.repeat(323)}5`],
    [1e21, '1000000000000000000000'],
    [1.25e22, '12500000000000000000000'],
    [123456789012345680000, '123456789012345680000'],
  ])('%d -> %s', (n, cell) => {
    expect(csvNumberCell(n)).toBe(cell);
  });

  it('writes every finite number plain (digits, one dot at most), and reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const cell = csvNumberCell(n);
        expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(cell)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
