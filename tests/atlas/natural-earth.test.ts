// Natural Earth as forcecalc reads it from the world-atlas package: the edition the legend names, read
// once, and the land where the map puts it (including both sides of 180 degrees and the south pole).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ATLAS_FILE, NATURAL_EARTH_SOURCE, naturalEarthBaseMap, naturalEarthLand } from '../../src/atlas/natural-earth.js';
import type { LonLat } from '../../src/geo/geometry-problem.js';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

describe('the edition', () => {
  it('is the pinned world-atlas, whose README names the Natural Earth version the legend gives', () => {
    expect(manifest.dependencies['world-atlas']).toBe('2.0.2');
    expect(manifest.dependencies['topojson-client']).toBe('3.1.0');
    const installed = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe('2.0.2');
    const readme = readFileSync(require.resolve('world-atlas/README.md'), 'utf8');
    expect(readme).toContain('version 4.1.0');
    expect(NATURAL_EARTH_SOURCE).toBe('Natural Earth (1:50m, version 4.1.0)');
    expect(ATLAS_FILE).toBe('world-atlas/countries-50m.json');
  });
});

describe('naturalEarthBaseMap', () => {
  it('decodes once: the second call gives the very same lines', () => {
    const first = naturalEarthBaseMap();
    expect(naturalEarthBaseMap()).toBe(first);
  });

  it('gives borders and coasts as lines of [longitude, latitude], with the source the legend prints', () => {
    const base = naturalEarthBaseMap();
    if (!base.ok) throw new Error(base.reason);
    expect(base.value.source).toBe(NATURAL_EARTH_SOURCE);
    // At 1:50m: 19,439 points of borders (stitched into lines) and 61,003 of coasts (arc by arc, so the
    // point where two arcs meet comes twice).
    const points = base.value.lines.flat();
    expect(points).toHaveLength(19_439 + 61_003);
    for (const [longitude, latitude] of points) {
      expect(Math.abs(longitude)).toBeLessThanOrEqual(180);
      expect(Math.abs(latitude)).toBeLessThanOrEqual(90);
    }
  });

  it('passes within 5 km of the Three Sisters, where Ukraine, Russia and Belarus meet (31.783 E, 52.083 N, the Senkivka monument)', () => {
    const base = naturalEarthBaseMap();
    if (!base.ok) throw new Error(base.reason);
    // Km from the tripoint to the nearest point of each segment, on the plane tangent there.
    const kmX = 111.32 * Math.cos((52.083 * Math.PI) / 180);
    const kmY = 110.6;
    const toKm = ([longitude, latitude]: LonLat): [number, number] => [(longitude - 31.783) * kmX, (latitude - 52.083) * kmY];
    let nearest = Infinity;
    for (const line of base.value.lines) {
      for (let index = 1; index < line.length; index += 1) {
        const [ax, ay] = toKm(line[index - 1] ?? [0, 0]);
        const [bx, by] = toKm(line[index] ?? [0, 0]);
        const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
        const t = lengthSquared === 0 ? 0 : Math.min(Math.max(-(ax * (bx - ax) + ay * (by - ay)) / lengthSquared, 0), 1);
        nearest = Math.min(nearest, Math.hypot(ax + t * (bx - ax), ay + t * (by - ay)));
      }
    }
    expect(nearest).toBeLessThan(5);
  });
});

describe('naturalEarthLand', () => {
  it('decodes once', () => {
    expect(naturalEarthLand()).toBe(naturalEarthLand());
  });

  // [place, point, on land]
  const places: [string, LonLat, boolean][] = [
    ['Kyiv', [30.52, 50.45], true],
    ['Odesa, on the coast', [30.73, 46.48], true],
    ['the Black Sea off Crimea', [33.0, 43.5], false],
    ['the Caspian Sea (a hole in the land)', [50.0, 42.0], false],
    ['the Gulf of Guinea at 0, 0', [0, 0], false],
    ['Chukotka west of 180 degrees', [179.5, 67], true],
    ['Chukotka east of it', [-175, 66], true],
    ['Fiji', [178, -17.8], true],
    ['Antarctica near the pole', [0, -85], true],
    ['the Southern Ocean', [0, -60], false],
    ['the Arctic Ocean near the pole', [0, 88], false],
  ];
  it.each(places)('%s: on land %s', (_place, point, onLand) => {
    const land = naturalEarthLand();
    if (!land.ok) throw new Error(land.reason);
    expect(land.value.isLand(point)).toBe(onLand);
  });
});
