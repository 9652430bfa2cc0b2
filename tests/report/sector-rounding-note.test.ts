// The note that the sectors' rows add up to more than the line troops, in every format that
// shows both: under the sectors in the table and Markdown, in JSON's notes; CSV has no sector
// rows, so nothing to explain and its one shape stays.
import { describe, expect, it } from 'vitest';
import { estimate, point } from '../../src/core/index.js';
import { formatComparison, formatEstimate } from '../../src/report/index.js';
import { sectorRoundingNote } from '../../src/report/sector-rounding-note.js';
import { scenario, sector, twoSectorEstimate } from './scenario-builder.js';

/** northern-border's two sectors at 3 /km: rows of 3,253 and 5,923 troops, 9,175 in all (9,174.72 rounded up once). */
const rounded = estimate(scenario({ id: 'rounded-rows', sectors: [sector('Belarus', 1_084.2), sector('Russia', 1_974.04)] }));
const NOTE =
  "The sectors' troops add up to 9,176 against 9,175 line troops: each sector is rounded up to whole soldiers on its own, the line troops once, from the unrounded sum.";

describe('sectorRoundingNote', () => {
  it('words the rows and the total where the rows add up to more', () => {
    expect(sectorRoundingNote(rounded)).toBe(NOTE);
  });

  it('gives ranges where the sectors have them', () => {
    // 100.1..100.5 km at 3 /km twice: rows 301..302 each; 600.6..603 in all, 601..603.
    const ranges = estimate(scenario({ sectors: [{ name: 'a', lengthKm: { min: 100.1, max: 100.5 } }, { name: 'b', lengthKm: { min: 100.1, max: 100.5 } }] }));
    expect(sectorRoundingNote(ranges)).toMatch(/^The sectors' troops add up to 602\.\.604 against 601\.\.603 line troops: /);
  });

  it('says nothing where the rows add up to the line troops', () => {
    expect(sectorRoundingNote(twoSectorEstimate())).toBeNull();
    expect(sectorRoundingNote(estimate(scenario({ sectors: [sector('One', 1_084.2)] })))).toBeNull();
  });
});

describe('the note in every format', () => {
  it('table: under the sectors, before the coalition', () => {
    const text = formatEstimate(rounded, 'table', { width: 200 });
    expect(text).toContain(`\nRussia    1,974.04            3   5,923\n\n${NOTE}\n\nCoalition: none`);
  });

  it('Markdown: under the sectors table, before the coalition', () => {
    expect(formatEstimate(rounded, 'md')).toContain(`\n| Russia | 1,974.04 | 3 | 5,923 |\n\n${NOTE}\n\n## Coalition\n`);
  });

  it('JSON: a notes array after the contract keys, empty where there is nothing to say', () => {
    expect(JSON.parse(formatEstimate(rounded, 'json')).notes).toEqual([NOTE]);
    expect(JSON.parse(formatEstimate(twoSectorEstimate(), 'json')).notes).toEqual([]);
    expect(JSON.parse(formatComparison([rounded, twoSectorEstimate()], 'json')).map((item: { notes: string[] }) => item.notes)).toEqual([[NOTE], []]);
  });

  it('CSV: the same records as without the note, every one five cells wide', () => {
    const records = formatEstimate(rounded, 'csv').trimEnd().split('\r\n');
    expect(records.every((record) => record.split(',').length === 5)).toBe(true);
    expect(records).toContain('rounded-rows,troops,9175,9175,troops');
    expect(formatEstimate(rounded, 'csv')).not.toContain('add up to');
  });

  it('leaves out the note where an override makes the rows whole', () => {
    const whole = estimate(scenario({ sectors: [sector('Belarus', 1_084.2), sector('Russia', 1_974.04)] }), { overrides: { density: point(5) } });
    for (const format of ['table', 'md', 'json'] as const) expect(formatEstimate(whole, format)).not.toContain('add up to');
  });
});
