import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { estimate, FACTORS, point, uncertain } from '../../src/core/index.js';
import { formatEstimateTable } from '../../src/report/estimate-document.js';
import { textWidth } from '../../src/text/text-width.js';
import { pledgeTroops, scenario, sector, twoSectorEstimate } from './scenario-builder.js';

const lines = (text: string): string[] => text.trimEnd().split('\n');
const widest = (text: string): number => Math.max(...lines(text).map((line) => textWidth(line)));

describe('formatEstimateTable', () => {
  it('lines up columns by terminal columns: wide and combining characters in sector names', () => {
    const result = estimate(
      scenario({ sectors: [sector('北部国境線', 100), sector('Запоріжжя', 200), sector('Cafe\u0301 🇺🇦', 300)] }),
    );
    const table = lines(formatEstimateTable(result));
    const heading = table.findIndex((line) => line.startsWith('Sector'));
    const rows = table.slice(heading, heading + 4);
    // Each row ends in the troops column: the same width in columns (as a terminal counts them, string-width), whatever the name's characters.
    expect(rows.map((row) => stringWidth(row))).toEqual(rows.map(() => stringWidth(rows[0] ?? '')));
    expect(rows.slice(1).map((row) => row.trimEnd().split(/\s{2,}/).at(-1))).toEqual(['300', '600', '900']);
  });

  it('prints figures, sectors, coalition, assumptions and sources (golden: goldens/estimate-table.txt)', async () => {
    await expect(formatEstimateTable(twoSectorEstimate())).toMatchFileSnapshot('goldens/estimate-table.txt');
  });

  it('names the preset and wraps the source of each default under it', () => {
    const text = formatEstimateTable(estimate(scenario()));
    const all = lines(text);
    const at = all.findIndex((line) => line.startsWith('Brigade size'));
    expect(all[at]).toMatch(/^Brigade size +3,000\.\.5,000 troops +default \(palisa-minimum\)$/);
    const sourceLines = all.slice(at + 1).filter((line, index, rest) => rest.slice(0, index + 1).every((l) => l.startsWith('    ')));
    expect(sourceLines.map((line) => line.trim()).join(' ')).toBe(FACTORS.brigadeSize.defaultSource);
  });

  it('says so when there is no coalition and no source', () => {
    const text = formatEstimateTable(estimate(scenario()));
    expect(text).toContain('\nCoalition: none (the scenario names no contributors)\n');
    expect(text).toContain('\nSources: none given in the scenario\n');
  });

  it('keeps every line within 80 columns, truncating long names', () => {
    const long = 'A sector name that goes on well past any reasonable column width, really'.repeat(2);
    const text = formatEstimateTable(
      estimate(
        scenario({
          title: `The title ${long}`,
          id: 'x'.repeat(100),
          sources: [`https://example.org/${'a'.repeat(150)} and ${long}`],
          sectors: [sector(long, 12_345.678, 17.5)],
          coalition: [pledgeTroops(long, 1_234_567)],
        }),
      ),
    );
    expect(widest(text)).toBeLessThanOrEqual(80);
    // 12,345.678 km x 17.5 /km = 216,049.4, rounded up; the name gives way, the numbers do not.
    expect(lines(text)).toContainEqual(expect.stringMatching(/^A sector name [^…]*… {2}12,345\.68 +17\.5 +216,050$/));
    expect(lines(text)).toContainEqual(expect.stringMatching(/^The title A sector name [^…]*…$/));
  });

  it.each([60, 100])('honours a width of %i', (width) => {
    const text = formatEstimateTable(twoSectorEstimate(), { width });
    expect(widest(text)).toBeLessThanOrEqual(width);
  });

  it.each([
    ['a screen clear', 'Evil\u001b[2J name', 'Evil name'],
    ['a window title', 'Evil\u001b]0;pwned\u0007 name', 'Evil name'],
    ['a right-to-left override', 'Evil \u202Eeman', 'Evil eman'],
    ['a line break', 'Evil\nname', 'Evil name'],
  ])('sanitises %s in names, countries, titles and sources', (_, raw, clean) => {
    const text = formatEstimateTable(
      estimate(scenario({ title: raw, sources: [raw], sectors: [sector(raw, 10)], coalition: [pledgeTroops(raw, 10)] })),
    );
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(text.split(clean).length - 1).toBe(4);
  });

  it('shows a single value once and a range as min..max', () => {
    const text = formatEstimateTable(estimate(scenario({ factors: { density: { min: 3, max: 12.5 } } })));
    expect(text).toMatch(/\nLine troops +3,600\.\.15,000 +troops\n/);
    expect(text).toMatch(/\nCoverage length +1,200 +km\n/);
    expect(text).toContain('Density                3..12.5 /km');
  });

  it('shows a distributed factor as written, with its range', () => {
    const text = formatEstimateTable(estimate(scenario({ factors: { density: uncertain({ kind: 'pert', low: 3, mode: 4, high: 8 }) } })));
    expect(text).toMatch(/\nDensity +pert\(3, 4, 8\) \/km \(3\.\.8 \/km\) +scenario file\n/);
  });

  it('prints an override with the name it was given', () => {
    const text = formatEstimateTable(estimate(scenario(), { overrides: { rotation: point(2.5) }, overrideSource: 'the planner' }));
    expect(text).toMatch(/\nRotation +2\.5x +the planner\n/);
  });
});
