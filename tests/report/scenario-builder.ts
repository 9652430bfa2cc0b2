/**
 * Scenarios built in code for the printer tests, so that they do not depend
 * on the loader or on shipped files. Numbers in the expected outputs come
 * from docs/model.md and hand arithmetic, not from the printers.
 */
import { estimate, point, type Contributor, type Estimate, type EstimateOptions, type Scenario, type Sector } from '../../src/core/index.js';

/** A sector of `km` at the scenario's density, or at its own. */
export function sector(name: string, km: number, density?: number): Sector {
  return density === undefined ? { name, lengthKm: point(km) } : { name, lengthKm: point(km), density: point(density) };
}

export function pledgeBrigades(country: string, brigades: number): Contributor {
  return { country, pledge: { kind: 'brigades', brigades: point(brigades) } };
}

export function pledgeTroops(country: string, troops: number): Contributor {
  return { country, pledge: { kind: 'troops', troops: point(troops) } };
}

/** A valid scenario: one 1,200 km line unless the fields say otherwise. */
export function scenario(fields: Partial<Scenario> = {}): Scenario {
  return {
    id: 'one-line',
    title: 'One line',
    description: 'One line at the minimum density.',
    sources: [],
    factors: {},
    sectors: [sector('Line of contact', 1_200)],
    coalition: null,
    expect: [],
    ...fields,
  };
}

/**
 * docs/model.md's fourth worked example (1,000 km at 3 /km + 200 km at 20 /km,
 * rotation 3: troops 7,000, brigades 2..3, committed brigades 6..9) with a
 * coalition of one brigade and 1,500 troops (pledged 4,500..6,500, shortfall
 * 500..2,500). Every factor is set by the scenario except the density, which
 * is overridden as `--set` would (to the same 3 /km).
 */
export function twoSectorEstimate(options: EstimateOptions = { overrides: { density: point(3) }, overrideSource: '--set' }): Estimate {
  return estimate(
    scenario({
      id: 'two-sectors',
      title: 'Two sectors with rotation',
      sources: ['Politico Europe, 9 Apr 2025: 3 soldiers/km, 3,000-5,000 per brigade', 'Rule of thirds: one deployed, one preparing, one recovering'],
      factors: {
        density: point(4),
        brigadeSize: { min: 3_000, max: 5_000 },
        airCoverPerBrigade: point(1),
        enablerShare: point(0),
        rotation: point(3),
      },
      sectors: [sector('Line of contact', 1_000), sector('Hot spot', 200, 20)],
      coalition: [pledgeBrigades('France', 1), pledgeTroops('Poland', 1_500)],
    }),
    options,
  );
}
