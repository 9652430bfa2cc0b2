// The sectors panel alone: under the total, why the rows add up to more than it, where they do.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/index.js';
import { SectorsPanel } from '../../../src/ui/estimate/sectors-panel.js';
import { initialSectorsState } from '../../../src/ui/estimate/sectors-state.js';
import { uiScenario } from '../build-scenarios.js';

afterEach(cleanup);

/** northern-border's two sectors at 3 /km: rows of 3,253 and 5,923 troops, 9,175 in all (9,174.72 rounded up once). */
const roundedRows = uiScenario({ id: 'rounded-rows', title: 'Rows rounded one by one', sectors: [{ name: 'Belarus', km: 1_084.2 }, { name: 'Russia', km: 1_974.04 }] });
const wholeRows = uiScenario({ id: 'whole-rows', title: 'Whole rows', sectors: [{ name: 'Belarus', km: 1_000 }, { name: 'Russia', km: 2_000 }] });

const panel = (scenario: typeof roundedRows, height = 14): string[] =>
  (render(<SectorsPanel estimate={estimate(scenario)} state={initialSectorsState} width={60} height={height} />).lastFrame() ?? '').split('\n').map((line) => line.trimEnd());

describe('SectorsPanel', () => {
  it('says under the total why the rows add up to one more than it', () => {
    expect(panel(roundedRows).slice(0, 7)).toEqual([
      '  SECTOR          KM       /KM     TROOPS',
      '> Belarus    1,084.2         3      3,253  #########',
      '  Russia    1,974.04         3      5,923  #################',
      '  Total     3,058.24                9,175',
      "The sectors' troops add up to 9,176 against 9,175 line",
      'troops: each sector is rounded up to whole soldiers on its',
      'own, the line troops once, from the unrounded sum.',
    ]);
  });

  it('says nothing where the rows add up to the total', () => {
    const lines = panel(wholeRows);
    expect(lines[3]).toMatch(/^ {2}Total +3,000 +9,000$/);
    expect(lines.join('\n')).not.toContain('add up to');
  });
});
