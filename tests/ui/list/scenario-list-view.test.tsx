// The scenario list alone: its columns at any width, the description of the
// scenario at the cursor, the files skipped, what is out of view, the filter.
// Frames in frames/ (vitest -u rewrites them; read the diff). The keys that
// lead to each state are scenario-list-state's and the app's.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate, type Scenario } from '../../../src/core/index.js';
import type { Problem } from '../../../src/scenarios/problem.js';
import { ScenarioList } from '../../../src/ui/list/scenario-list.js';
import { initialScenarioListState, scenarioListReducer, type ScenarioListAction, type ScenarioListState } from '../../../src/ui/list/scenario-list-state.js';
import { listItem, scenarioRow } from '../../../src/ui/list/scenario-rows.js';
import { border, ceasefire, coast, uiScenario } from '../build-scenarios.js';
import { renderPanel } from '../render-panel.js';
import { frame, STANDARD_TERMINAL, type TerminalSize } from '../terminal.js';

afterEach(cleanup);

interface ListOptions {
  readonly actions?: readonly ScenarioListAction[];
  readonly problems?: readonly Problem[];
  readonly size?: TerminalSize;
}

/** The list of `scenarios` after `actions`, as the app would draw it in a terminal of `size`. */
async function listFrame(scenarios: readonly Scenario[], { actions = [], problems = [], size = STANDARD_TERMINAL }: ListOptions = {}): Promise<string> {
  const state = actions.reduce<ScenarioListState>(scenarioListReducer, initialScenarioListState(scenarios.map(listItem)));
  const rows = new Map(scenarios.map((scenario) => [scenario.id, scenarioRow(scenario, estimate(scenario), false)] as const));
  return frame(await renderPanel(({ width, height }) => <ScenarioList state={state} rows={rows} problems={problems} width={width} height={height} />, size));
}

const down: ScenarioListAction = { type: 'down' };

describe('the scenario list', () => {
  it('lines up titles of wide characters by terminal columns', async () => {
    // Each of the five Japanese characters takes two columns: the numbers stay in their columns.
    const wide = { ...ceasefire, title: '停戦ライン, the ceasefire line drawn by the staff officers' };
    await expect(await listFrame([wide, border])).toMatchFileSnapshot('frames/wide-characters.txt');
  });

  describe('the description of the scenario at the cursor', () => {
    const described = [
      {
        ...ceasefire,
        description:
          'The line of contact as agreed at the ceasefire, held at the minimum density Palisa named, \u001B[2Jthree soldiers per kilometre, with pledges from two contributors, for a first look before the sectors are redrawn by the staff in the spring and summer, when the engineers have surveyed the crossings and the rivers.',
      },
      { ...border, description: 'The northern border with Belarus.' },
      coast,
    ];

    it('is shown under the list, wrapped, cut after four lines, its escape sequences removed', async () => {
      await expect(await listFrame(described)).toMatchFileSnapshot('frames/description-long.txt');
      await expect(await listFrame(described, { actions: [down] })).toMatchFileSnapshot('frames/description-short.txt');
    });

    it('is left out for a scenario without one', async () => {
      const text = await listFrame(described, { actions: [down, down] });
      expect(text.split('\n').slice(1, 4)).toEqual([
        '  [ ] ceasefire  Ceasefire line                                  1,350      2..3',
        '  [ ] border     Northern border                                 2,000      2..4',
        '> [ ] coast      Coast watch                                       900         1',
      ]);
      expect(text.split('\n').slice(4).every((line) => line === '')).toBe(true);
    });

    it('gives way to the scenarios in a short terminal', async () => {
      await expect(await listFrame(described, { size: { columns: 60, rows: 10 } })).toMatchFileSnapshot('frames/description-short-terminal.txt');
    });
  });

  it('shows id, title, line length and brigades, and the files that were skipped', async () => {
    const problems = [{ file: 'scenarios/bad.yaml', line: 7, column: 13, path: 'sectors[1].length', expected: 'a length such as "120 km"', received: '"3 kg"' }];
    await expect(await listFrame([ceasefire, border, coast], { problems })).toMatchFileSnapshot('frames/skipped-files.txt');
  });

  it('shows text from files without its escape sequences and control characters', async () => {
    const hostile = uiScenario({ id: 'evil', title: '\u001B[2JEvil\u202E title\u0007', sectors: [{ name: 'A line', km: 100 }] });
    const problems = [{ file: 'scenarios/x\u001B[31m.yaml', line: 2, column: 8, path: 'title', expected: 'text', received: '"\u001B[2J"' }];
    await expect(await listFrame([hostile], { problems })).toMatchFileSnapshot('frames/hostile-text.txt');
  });

  it('widens a number column rather than cutting a number', async () => {
    // 1,219.74..1,221.03 km at 3 /km: 3,660..3,664 troops, brigades ceil(3,660 / 5,000) = 1 to ceil(3,664 / 3,000) = 2.
    const drawn = uiScenario({ id: 'drawn', title: 'Drawn line', sectors: [{ km: [1219.74, 1221.03] }] });
    await expect(await listFrame([drawn])).toMatchFileSnapshot('frames/wide-number.txt');
  });

  describe('columns at any width', () => {
    // 1,219.74..1,251.84 km at 3 /km: ceil(3,659.22) = 3,660 to ceil(3,755.52) = 3,756 troops, brigades
    // ceil(3,660 / 5,000) = 1 to ceil(3,756 / 3,000) = 2: an 18-column LINE KM.
    const drawn = uiScenario({ id: 'line-of-contact-2025-drawn', title: 'The line, drawn', sectors: [{ km: [1219.74, 1251.84] }] });
    // 3,650 km at 12.5 /km = 45,625 troops: ceil(45,625 / 5,000) = 10 to ceil(45,625 / 3,000) = 16 brigades.
    const dozen = uiScenario({ id: 'coalition-of-a-dozen', title: 'A coalition of about a dozen', factors: { density: 12.5 }, sectors: [{ km: 3650 }] });
    const edited = uiScenario({ id: 'line-of-contact-2025-edited', title: 'The line, edited', sectors: [{ km: 1250 }] });

    it('never cut a number: the title gives way first, then the id', async () => {
      // 60 columns: 6 + 2 + 18 + 2 + 8 = 36 without id and title; the 26-column id takes the 24 left, no title.
      await expect(await listFrame([ceasefire, drawn, dozen], { size: { columns: 60, rows: 15 } })).toMatchFileSnapshot('frames/columns-60.txt');
      // 40 columns: the id keeps 4 columns, 3 letters and "…"; the numbers stay whole.
      await expect(await listFrame([ceasefire, drawn, dozen], { size: { columns: 40, rows: 10 } })).toMatchFileSnapshot('frames/columns-40.txt');
    });

    it('widen the id column to the longest id when there is room, the title taking the rest', async () => {
      // 100 - 6 - 27 - 2 - 2 - 18 - 2 - 8 = 35 columns of title.
      await expect(await listFrame([drawn, edited], { size: { columns: 100, rows: 8 } })).toMatchFileSnapshot('frames/columns-100.txt');
    });
  });

  it('says how many scenarios are out of view above and below', async () => {
    // Line n is 100 x n km at 3 /km, 300 x n troops: 1 brigade up to 3,000 troops (n = 1..10). 12 rows: 7 lines
    // of body under the headings, 6 for the list: 5 scenarios and the count of the others.
    const eight = Array.from({ length: 8 }, (_, index) => uiScenario({ id: `line-${index + 1}`, title: `Line ${index + 1}`, sectors: [{ km: 100 * (index + 1) }] }));
    const size = { columns: 60, rows: 12 };
    await expect(await listFrame(eight, { size })).toMatchFileSnapshot('frames/out-of-view-top.txt');
    await expect(await listFrame(eight, { size, actions: [down, down, down, down] })).toMatchFileSnapshot('frames/out-of-view-middle.txt');
    await expect(await listFrame(eight, { size, actions: [down, down, down, down, down, down, down, { type: 'up' }] })).toMatchFileSnapshot('frames/out-of-view-bottom.txt');
  });

  it('shows the filter being typed, and says when nothing matches', async () => {
    const typing: ScenarioListAction[] = [{ type: 'startFilter' }, { type: 'typeFilter', text: 'bor' }];
    await expect(await listFrame([ceasefire, border, coast], { actions: typing })).toMatchFileSnapshot('frames/filter-typing.txt');
    const none: ScenarioListAction[] = [{ type: 'startFilter' }, { type: 'typeFilter', text: 'zz' }, { type: 'keepFilter' }];
    await expect(await listFrame([ceasefire, border, coast], { actions: none })).toMatchFileSnapshot('frames/filter-nothing.txt');
  });
});
