/**
 * Natural Earth's country borders, coastlines and land, read from the
 * `world-atlas` package (TopoJSON, decoded with `topojson-client`) the first
 * time a map or a swapped-coordinates check asks, and kept for the life of
 * the process: the file is parsed once, each product decoded once.
 *
 * Lazy because it costs: about 750 KB of JSON, a tenth of a second of work
 * to parse and decode, which the list's first frame and every command
 * without a drawn line must not pay. It is read from node_modules at run time rather than bundled, so
 * the executable stays small to parse at startup; the package is a
 * dependency, installed beside forcecalc whether it runs from its repository
 * or from an installed package.
 *
 * Why 1:50m: a terminal map of Ukraine's lines (800 to 1,500 km across) at 80
 * to 160 columns of braille is 2.5 to 10 km a dot. Near Ukraine the 1:50m
 * borders and coasts have a point every 9 km, so they fall within a dot or two
 * of the truth; 1:110m has one every 50 km, straight runs of 5 to 20 dots that
 * put a border tens of km off a line drawn through real towns; 1:10m (3.6 MB,
 * about 190 ms) has a point every 2 km, finer than any terminal shows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mesh, transform } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { createLandMask, type LandMask, type Line } from '../geo/index.js';
import type { BaseMap } from '../report/scenario-map.js';
import { sanitizeText } from '../text/sanitize.js';

/** The edition, as the legend and docs/sources.md name it (world-atlas 2.0.2 redistributes Natural Earth 4.1.0). */
export const NATURAL_EARTH_SOURCE = 'Natural Earth (1:50m, version 4.1.0)';

/** The file inside the world-atlas package: countries and the land merged from them, in one topology. */
export const ATLAS_FILE = 'world-atlas/countries-50m.json';

/** Something read from the atlas, or why it could not be read (a damaged install). */
export type AtlasResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** The topology with the two collections forcecalc reads. */
interface CountriesTopology extends Topology {
  readonly objects: { readonly countries: GeometryCollection; readonly land: GeometryCollection };
}

function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null || !('type' in value) || value.type !== 'Topology') return false;
  if (!('arcs' in value) || !Array.isArray(value.arcs) || !('objects' in value)) return false;
  const objects = value.objects;
  const isCollection = (name: string): boolean =>
    typeof objects === 'object' && objects !== null && name in objects && (objects as Record<string, { type?: unknown }>)[name]?.type === 'GeometryCollection';
  return isCollection('countries') && isCollection('land');
}

/** Reads and parses the atlas file; never throws. */
function readAtlas(): AtlasResult<CountriesTopology> {
  try {
    const path = createRequire(import.meta.url).resolve(ATLAS_FILE);
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isCountriesTopology(parsed) ? { ok: true, value: parsed } : { ok: false, reason: `${ATLAS_FILE} is not the TopoJSON of countries and land it should be` };
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'MODULE_NOT_FOUND' || code === 'ENOENT') return { ok: false, reason: `${ATLAS_FILE} is not installed (run npm install)` };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `${ATLAS_FILE} could not be read (${sanitizeText(message).slice(0, 120)})` };
  }
}

/** Computes `make()` on the first call only, and gives the same answer after. */
function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

const atlas = once(readAtlas);

// world-atlas writes two numbers a position, so topojson-client's positions (number arrays) are read as
// points as they are: no copy of 80,000 small arrays, which a map would pay for in garbage collection.
const asLines = (positions: number[][][]): Line[] => positions as unknown as Line[];

/**
 * Every arc of the land's outline once, decoded from the topology (the
 * coasts, lake shores included): what the map draws as coasts and what the
 * land mask is bounded by. The arcs need no stitching into lines, as
 * topojson-client's mesh does, for either use, which halves the cost that a
 * check of a drawn line pays on `estimate`.
 */
const coasts = once((): AtlasResult<Line[]> => {
  const read = atlas();
  if (!read.ok) return read;
  const { arcs, objects } = read.value;
  const used = new Set<number>();
  const ringsOf = (geometry: GeometryObject): number[][] =>
    geometry.type === 'Polygon' ? geometry.arcs : geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : [];
  for (const geometry of objects.land.geometries) for (const ring of ringsOf(geometry)) for (const arc of ring) used.add(arc < 0 ? ~arc : arc);
  // The topology is quantized: each arc's positions are deltas, which transform decodes in order.
  const decode = transform(read.value.transform ?? null);
  const lines = [...used].map((index) => (arcs[index] ?? []).map((position, at) => decode(position, at !== 0)));
  return { ok: true, value: asLines(lines) };
});

/** Country borders (every arc two countries share) then coastlines, each arc once. */
export const naturalEarthBaseMap = once((): AtlasResult<BaseMap> => {
  const read = atlas();
  const coastLines = coasts();
  if (!read.ok) return read;
  if (!coastLines.ok) return coastLines;
  const borders = asLines(mesh(read.value, read.value.objects.countries, (a, b) => a !== b).coordinates);
  return { ok: true, value: { lines: [...borders, ...coastLines.value], source: NATURAL_EARTH_SOURCE } };
});

/** The land as a mask, bounded by the very coasts the map draws (the Caspian Sea is water). */
export const naturalEarthLand = once((): AtlasResult<LandMask> => {
  const coastLines = coasts();
  return coastLines.ok ? { ok: true, value: createLandMask(coastLines.value) } : coastLines;
});
