// Times measuring a 10,000-point GeoJSON line against only reading and JSON.parse-ing
// the same file (issue 5: "well under a second"). A benchmark, not a test: run it with
// `node bench/geo.mjs`. It bundles src/geo with esbuild into a temporary folder first,
// since the built dist/ holds only the CLI and the library entry.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './timing.mjs';

const POINTS = 10_000;
const RUNS = 50;
const WARM_UP_RUNS = 5;

/** A wandering line across Ukraine: west to east with a north-south wobble, like a drawn front. */
function wanderingLine(points) {
  const coordinates = [];
  for (let index = 0; index < points; index += 1) {
    const along = index / (points - 1);
    coordinates.push([
      Number((24 + 16 * along).toFixed(6)),
      Number((48.5 + 1.5 * Math.sin(along * 40) + 0.01 * Math.sin(index)).toFixed(6)),
    ]);
  }
  return { type: 'Feature', properties: { name: 'bench' }, geometry: { type: 'LineString', coordinates } };
}

/** Median milliseconds of `run` over RUNS runs, after a warm-up. */
function time(run) {
  for (let index = 0; index < WARM_UP_RUNS; index += 1) run();
  const samples = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const folder = mkdtempSync(join(tmpdir(), 'forcecalc-bench-geo-'));
try {
  const bundle = join(folder, 'geo.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../src/geo/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  const geo = await import(pathToFileURL(bundle).href);

  const file = join(folder, 'line.geojson');
  writeFileSync(file, JSON.stringify(wanderingLine(POINTS)));

  let lengthKm = 0;
  const readMs = time(() => JSON.parse(readFileSync(file, 'utf8')));
  const measureMs = time(() => {
    const result = geo.parseGeoJsonLines(readFileSync(file, 'utf8'));
    if (!result.ok) throw new Error(`the generated line is not valid: ${JSON.stringify(result.problems[0])}`);
    lengthKm = geo.multiLineLengthKm(result.value);
  });

  console.log(`geo bench: ${POINTS.toLocaleString('en-US')}-point LineString, ${(statSync(file).size / 1024).toFixed(0)} KiB, median of ${RUNS} runs`);
  console.log(`  (a) read + JSON.parse:                   ${readMs.toFixed(2)} ms`);
  console.log(`  (b) read + parse + validate + measure:   ${measureMs.toFixed(2)} ms  (${lengthKm.toFixed(1)} km, ${geo.GEODESIC_METHOD})`);
  console.log(`  ratio (b) / (a):                         ${(measureMs / readMs).toFixed(1)}x; validating and measuring ~${(((measureMs - readMs) * 1000) / POINTS).toFixed(2)} us a point`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
