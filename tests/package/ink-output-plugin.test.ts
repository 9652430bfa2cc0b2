// scripts/ink-output-plugin.mjs: the executable's Ink builds its screens with
// src/ui/terminal-output/screen-output.ts, and only the Ink that replacement was
// checked against; any other stops the build with what to do.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inkScreenOutput } from '../../scripts/ink-output-plugin.mjs';
import { ROOT } from '../cli/run-cli.js';

let folder: string | undefined;
afterEach(() => {
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** A folder with an entry importing a fake Ink of `version` whose renderer imports `rendererImports`. */
function fakeInk(version: string, rendererImports: string): string {
  folder = mkdtempSync(join(tmpdir(), 'forcecalc-ink-plugin-'));
  mkdirSync(join(folder, 'node_modules/ink/build'), { recursive: true });
  writeFileSync(join(folder, 'node_modules/ink/package.json'), JSON.stringify({ name: 'ink', version, type: 'module', exports: './build/renderer.js' }));
  writeFileSync(join(folder, 'node_modules/ink/build/renderer.js'), `import Output from '${rendererImports}';\nexport default Output;\n`);
  writeFileSync(join(folder, 'node_modules/ink/build/output.js'), 'export default class Output {}\n');
  writeFileSync(join(folder, 'node_modules/ink/build/other.js'), 'export default class Other {}\n');
  writeFileSync(join(folder, 'entry.js'), "import Output from 'ink';\nconsole.log(Output);\n");
  return join(folder, 'entry.js');
}

const bundle = (entry: string, absWorkingDir = ROOT) =>
  build({ entryPoints: [entry], absWorkingDir, bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', external: ['react-devtools-core'], plugins: [inkScreenOutput()], logLevel: 'silent' });

describe('the Ink screen output plugin', () => {
  it('bundles the installed Ink with the replacement, not Ink’s own output', async () => {
    const result = await bundle(join(ROOT, 'src/ui/app/run-interactive.tsx'));
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/ui/terminal-output/screen-output.ts');
    expect(inputs).toContain('node_modules/ink/build/renderer.js');
    expect(inputs).not.toContain('node_modules/ink/build/output.js');
  });

  it('stops the build on an Ink it was not checked against, naming both versions', async () => {
    const entry = fakeInk('9.9.9', './output.js');
    await expect(bundle(entry, folder)).rejects.toThrow(/Ink is 9\.9\.9; src\/ui\/terminal-output\/screen-output\.ts was checked against Ink 6\.8\.0/);
  });

  it('stops the build when Ink’s renderer no longer imports the output it replaces', async () => {
    const entry = fakeInk('6.8.0', './other.js');
    await expect(bundle(entry, folder)).rejects.toThrow(/replaced nothing/);
  });
});
