// `estimate --format geojson` opened by GDAL, the library under QGIS and most GIS tools: ogr2ogr
// reads each export and writes it back as GeoJSON, which must hold the same features, the
// same coordinates and the same properties. GDAL is large and not a dependency: where
// `ogr2ogr` is not on the PATH (Debian: apt-get install gdal-bin) these tests are skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { estimate, type Scenario } from '../../src/core/index.js';
import { estimateToGeoJson, formatEstimateGeoJson } from '../../src/report/index.js';
import { formatProblem, loadScenarioDir, loadScenarioFile } from '../../src/scenarios/index.js';
import { ROOT } from '../cli/run-cli.js';

const gdal = spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' });
const gdalVersion = gdal.status === 0 ? gdal.stdout.trim() : null;
const SKIPPED = 'skipped: ogr2ogr (GDAL) is not installed; apt-get install gdal-bin to run it';

function scenariosToOpen(): Scenario[] {
  const { scenarios, problems } = loadScenarioDir(join(ROOT, 'scenarios'));
  const antimeridian = loadScenarioFile(join(ROOT, 'tests/fixtures/valid/across-the-antimeridian.yaml'));
  if (problems.length > 0 || !antimeridian.ok) throw new Error(problems.map(formatProblem).join('\n'));
  return [...scenarios, antimeridian.scenario];
}

describe.skipIf(gdalVersion === null)(`GDAL opens every export (${gdalVersion ?? SKIPPED})`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'forcecalc-gdal-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each(scenariosToOpen().map((scenario) => [scenario.id, scenario] as const))('%s', (id, scenario) => {
    const result = estimate(scenario);
    const file = join(folder, `${id}.geojson`);
    writeFileSync(file, formatEstimateGeoJson(scenario, result));
    const read = spawnSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file], { encoding: 'utf8', timeout: 15_000 });
    expect(read.stderr).toBe('');
    expect(read.status).toBe(0);
    const written = JSON.parse(read.stdout) as { features: unknown[]; scenario: unknown };
    const exported = estimateToGeoJson(scenario, result);
    // GDAL writes each Feature's properties before its geometry; toEqual ignores the order of keys.
    expect(written.features).toEqual(exported.features);
    // It keeps the collection's foreign members too.
    expect(written.scenario).toEqual(exported.scenario);
  });
});
