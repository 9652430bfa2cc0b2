import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/core/index.js';
import { formatScenarioListJson, formatScenarioListTable } from '../../src/report/scenario-list.js';
import { scenario, sector } from './scenario-builder.js';

const entry = (fields: Parameters<typeof scenario>[0]) => {
  const built = scenario(fields);
  return { scenario: built, estimate: estimate(built) };
};

// 1,200 km at 3 /km: brigades 1..2; 1,000 km + 200 km at 20 /km: brigades 2..3 (docs/model.md).
const entries = [
  entry({}),
  entry({ id: 'hot-spot', title: 'A line and a hot spot', description: 'Two sectors.', sectors: [sector('Line', 1_000), sector('Hot spot', 200, 20)] }),
];

describe('formatScenarioListTable', () => {
  it('prints one scenario a line, id first (golden)', () => {
    expect(formatScenarioListTable(entries)).toBe(`ID        Title                  Coverage km  Brigades
one-line  One line                     1,200      1..2
hot-spot  A line and a hot spot        1,200      2..3
`);
  });

  it('truncates titles to fit 80 columns but never an id', () => {
    const id = 'an-id-that-is-long-but-must-stay-whole';
    const text = formatScenarioListTable([entry({ id, title: 'word '.repeat(40) })]);
    expect(Math.max(...text.trimEnd().split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(text).toContain(`\n${id}  word word`);
  });

  it('says so for an empty folder', () => {
    expect(formatScenarioListTable([])).toBe('No scenarios.\n');
  });
});

describe('formatScenarioListJson', () => {
  it('prints [{id, title, description, coverageKm, brigades}]', () => {
    expect(JSON.parse(formatScenarioListJson(entries))).toEqual([
      { id: 'one-line', title: 'One line', description: 'One line at the minimum density.', coverageKm: { min: 1_200, max: 1_200 }, brigades: { min: 1, max: 2 } },
      { id: 'hot-spot', title: 'A line and a hot spot', description: 'Two sectors.', coverageKm: { min: 1_200, max: 1_200 }, brigades: { min: 2, max: 3 } },
    ]);
  });
});
