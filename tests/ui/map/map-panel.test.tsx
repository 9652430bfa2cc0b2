// The map panel alone: a drawn scenario's lines across the panel, the scale
// bar, the legend and the method; what it says when it cannot draw. Frames in
// frames/ (vitest -u rewrites them; read the diff).
import { join, relative } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario, Sector } from '../../../src/core/index.js';
import { loadScenarioFile } from '../../../src/scenarios/index.js';
import { MapPanel } from '../../../src/ui/map/map-panel.js';
import { ceasefire, drawnRoof as drawn, roofKm } from '../build-scenarios.js';
import { renderPanel } from '../render-panel.js';
import { FIXTURES } from '../../cli/run-cli.js';
import { frame, STANDARD_TERMINAL, type TerminalSize } from '../terminal.js';

afterEach(cleanup);

async function panelFrame(scenario: Scenario, size: TerminalSize = STANDARD_TERMINAL): Promise<string> {
  return frame(await renderPanel(({ width, height }) => <MapPanel scenario={scenario} width={width} height={height} />, size));
}

/** The roof 30 times over, "Roof 1" to "Roof 30": more sectors than the panel has rows. */
const roofs: Scenario = {
  ...drawn,
  id: 'roofs',
  sectors: Array.from({ length: 30 }, (_, index): Sector => ({ ...(drawn.sectors[0] as Sector), name: `Roof ${index + 1}` })),
};

/**
 * The roof in 80 x 5 cells (ASCII, one character a cell, twice as tall as wide). Between the margins 77
 * steps across and 2 down: the box is 2 degrees x cos 50.25 = 1.279 units across and 0.5 down, so
 * min(77 / 1.279, 2 x 2 / 0.5) = 8 cells a unit across, 4 a degree down. Centred across at
 * 1 + (77 - 10.23) / 2 = 34.38: the ends land on columns 34 and 44.62 (45) of row 3, the peak on 39.5
 * (rounded up to 40) of row 1. Bresenham: 34-35 on row 3, 36-38 on row 2, 39-40 on row 1; then 41 on
 * row 1, 42-43 on row 2, 44-45 on row 3. Every sector draws the same cells, so the last one's "$" shows.
 */
const roofInFiveRows = ['', `${' '.repeat(39)}$$$`, `${' '.repeat(36)}$$$   $$`, `${' '.repeat(34)}$$        $$`, ''];

/**
 * Map rows with the base map rubbed out: at 50.25 N the view reaches the Polish border on the left and
 * the Russian one on the right ("." in ASCII), which the shipped scenario's frames below pin instead.
 */
const sectorsOnly = (rows: readonly string[]): string[] => rows.map((row) => row.replace(/\./g, ' ').trimEnd());

describe('the map panel', () => {
  it('draws the sectors of a drawn scenario across the panel, with scale bar and legend', async () => {
    // In monochrome, so in ASCII: the roof fills the width (its peak at the middle column, the two sides
    // mirrored), then the renderer's scale bar, legend and method.
    expect(roofKm).toBeCloseTo(180.9, 1);
    await expect(await panelFrame(drawn)).toMatchFileSnapshot('frames/roof.txt');
  });

  it('lists the first sectors of many within the panel, then how many more', async () => {
    // The panel's 19 rows: scale bar, method and the base map's source take 3, the map keeps 5; 11 for the
    // legend: 10 sectors and the count. 13.94 km a cell at 50.25 N (N = 6,390.8 km, 111.54 km a unit, 8 cells
    // a unit): at most 32 cells (446 km), so 200 km, 14 cells apart. Markers go round the ASCII set:
    // * + o x # % = @ & $.
    const entry = (marker: string, count: number): string => `${marker} Roof ${count}`.padEnd(66) + '180.9 km drawn';
    const rows = (await panelFrame(roofs)).split('\n');
    expect([...sectorsOnly(rows.slice(0, 5)), ...rows.slice(5)]).toEqual([
      ...roofInFiveRows,
      '|-------------| 200 km',
      ...[...'*+ox#%=@&$'].map((marker, index) => entry(marker, index + 1)),
      '... and 20 more sectors',
      'Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x tortuosity',
      'Borders and coasts: Natural Earth (1:50m, version 4.1.0)',
    ]);
  });

  it('shrinks the map to 3 rows and counts the sectors in a low panel; says what it needs in a lower one', async () => {
    // 80 x 10: a panel of 5 rows, the least: the map in 3 (no blank row above or below, so the same 2 steps
    // down as in 5), the scale bar, and no room for an entry and the count (nor for the method and source).
    const low = (await panelFrame(roofs, { columns: 80, rows: 10 })).split('\n');
    expect([...sectorsOnly(low.slice(0, 3)), ...low.slice(3, 5)]).toEqual([
      ...roofInFiveRows.slice(1, 4),
      '|-------------| 200 km',
      '30 sectors: too few rows to list them',
    ]);
    cleanup();
    expect((await panelFrame(roofs, { columns: 80, rows: 9 })).split('\n')[0]).toBe('The map needs 20 columns and 5 rows.');
  });

  it('says so when no sector of the scenario is drawn', async () => {
    expect((await panelFrame(ceasefire)).split('\n').slice(0, 2)).toEqual([
      'No sector of this scenario is drawn: give a sector a path: or geojson: to see it',
      'here.',
    ]);
  });
});

/** A scenario file loaded as the app loads it (so its drawn lines know where they are written). */
function loaded(path: string): Scenario {
  const result = loadScenarioFile(path);
  if (!result.ok) throw new Error(`${path} does not load`);
  return result.scenario;
}

describe('the map panel over Natural Earth', () => {
  it('draws the shipped line of contact over the borders and coasts, in ASCII ("." under "*")', async () => {
    const shipped = loaded(new URL('../../../scenarios/line-of-contact-2025-drawn.yaml', import.meta.url).pathname);
    const shown = await panelFrame(shipped);
    await expect(shown).toMatchFileSnapshot('frames/line-of-contact-over-natural-earth.txt');
    expect(shown).toContain('Borders and coasts: Natural Earth (1:50m, version 4.1.0)');
    expect(shown.split('\n').slice(0, 10).join('')).toMatch(/\.{3}/);
  });

  it('warns under the map, in the rows the map can spare, for lines written [latitude, longitude]', async () => {
    // Read by its path from the repository's root, as a planner names it: the warning shows that path, and its
    // wrapping must not depend on where the repository is checked out.
    const swapped = loaded(relative(process.cwd(), join(FIXTURES, 'drawn', 'swapped.yaml')));
    const rows = (await panelFrame(swapped)).split('\n');
    const warnings = rows.slice(rows.findIndex((row) => row.includes(': warning:')));
    expect(warnings.join(' ')).toMatch(/swapped\.yaml:7:11: warning: sectors\[0\]\.path: the points look written as \[latitude, +longitude\]/);
    expect(warnings.join(' ')).toMatch(/swapped\.yaml:9:14: warning: sectors\[1\]\.geojson:/);
    // The map and its legend above them still fit: 19 rows in all.
    expect(rows).toHaveLength(19);
    expect(rows.some((row) => row.startsWith('* Line of Control, swapped'))).toBe(true);
  });
});
