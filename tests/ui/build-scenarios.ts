/**
 * Scenarios built in code for the UI tests, with round numbers whose
 * estimates can be worked out by hand, so the tests do not depend on the
 * shipped files.
 */
import type { Scenario, Sector } from '../../src/core/index.js';
import { GEODESIC_METHOD, lineLengthKm } from '../../src/geo/index.js';
import { buildScenario, type ScenarioParts } from '../core/build-scenario.js';

/** A scenario with a title and sources, as the loader would hand it over. */
export function uiScenario(parts: ScenarioParts & { readonly title: string; readonly sources?: readonly string[] }): Scenario {
  const built = buildScenario(parts);
  return { ...built, title: parts.title, sources: parts.sources ?? built.sources };
}

/**
 * 1,200 km at the preset 3 /km and 150 km at 20 /km: 3,600 + 3,000 = 6,600
 * troops; brigades ceil(6,600 / 5,000) = 2 to ceil(6,600 / 3,000) = 3.
 * Pledges: France 1 brigade (3,000..5,000) + UK 5,000 = 8,000..10,000.
 */
export const ceasefire = uiScenario({
  id: 'ceasefire',
  title: 'Ceasefire line',
  sources: ['Test source: a ceasefire line of 1,200 km'],
  sectors: [
    { name: 'Line of contact', km: 1200 },
    { name: 'Hot spot', km: 150, density: 20 },
  ],
  coalition: [
    { country: 'France', brigades: 1 },
    { country: 'United Kingdom', troops: 5000 },
  ],
});

/** 2,000 km at 5 /km = 10,000 troops: brigades ceil(10,000 / 5,000) = 2 to ceil(10,000 / 3,000) = 4. No coalition. */
export const border = uiScenario({
  id: 'border',
  title: 'Northern border',
  factors: { density: 5 },
  sectors: [{ name: 'Border', km: 2000 }],
});

/** 900 km at 3 /km = 2,700 troops: 1 brigade whatever its size; rotation 3 commits 8,100 troops, 3 brigades. */
export const coast = uiScenario({
  id: 'coast',
  title: 'Coast watch',
  factors: { rotation: 3 },
  sectors: [{ name: 'Coast', km: 900 }],
});

// A line from 30 E to 32 E along 50 N, rising to 50.5 N at 31 E: a roof of two segments, each about
// 71.7 km east (a degree of longitude at 50 N) and 55.6 km north, so some 181 km in all.
const ROOF: [number, number][] = [
  [30, 50],
  [31, 50.5],
  [32, 50],
];

/** The roof's geodesic length, as the loader would measure it. */
export const roofKm = lineLengthKm(ROOF);

const roof: Sector = {
  name: 'Roof line',
  lengthKm: { min: roofKm, max: roofKm },
  geometry: { lines: [ROOF], measuredKm: roofKm, method: GEODESIC_METHOD, tortuosity: { min: 1, max: 1 } },
};

/** One drawn sector, the roof, for the map panel. */
export const drawnRoof: Scenario = { ...uiScenario({ id: 'drawn', title: 'Drawn roof', sectors: [{ name: 'Roof line', km: 1 }] }), sectors: [roof] };

/**
 * 1,200 km at 3 /km: 3,600 troops, 1..2 brigades, 1..2 packages of air cover. Air-defence batteries 1 per brigade
 * (1..2), EW teams 1 per 100 km (12), mine hunters 3 for the force. France provides 1 package, 1 battery and 4
 * teams; the US backstop 2 packages and 1 battery.
 */
export const multiDomain = uiScenario({
  id: 'multi',
  title: 'Multi-domain',
  sectors: [{ name: 'Line', km: 1_200 }],
  capabilities: [
    { name: 'Air-defence battery', per: 'brigade', need: 1 },
    { name: 'EW team', per: 100, need: 1 },
    { name: 'Mine hunter', per: 'force', need: 3 },
  ],
  coalition: [
    { country: 'France', brigades: 1, provides: { 'Air cover': 1, 'Air-defence battery': 1, 'EW team': 4 } },
    { country: 'United States', backstop: true, provides: { 'Air cover': 2, 'Air-defence battery': 1 } },
  ],
});


/** A build-up: 1,000 km at 3 /km (3,000 needed); France 1,500 on day 10..30, the UK 2,000 from day 61 to day 300. */
export const buildUp: Scenario = {
  ...uiScenario({
    id: 'build-up',
    title: 'Build-up',
    sectors: [{ name: 'Line', km: 1_000 }],
    factors: { density: 3 },
    coalition: [
      { country: 'France', troops: 1_500, arrives: [10, 30] },
      { country: 'United Kingdom', troops: 2_000, arrives: 61, leaves: 300 },
    ],
  }),
  start: '2026-06-01',
};
