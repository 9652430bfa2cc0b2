// A quiet install: npm 11 ends `npm install` with a warning for every dependency whose install
// script package.json's `allowScripts` does not decide, and a new user reads that warning as
// something broken. Each such decision is recorded: esbuild's postinstall is approved (it checks
// the platform binary that @esbuild/<platform> brings and links it in place of the JavaScript
// shim; npm 10, which has no allowScripts, runs it as well). Approvals are by name: the lockfile
// is written without `resolved` URLs, and npm can only match a pinned `name@version` against one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

interface LockedPackage {
  readonly version?: string;
  readonly hasInstallScript?: boolean;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };

// The lockfile's keys are install paths (`node_modules/a/node_modules/@scope/b`); the name is the last one.
const withInstallScripts = Object.entries(lock.packages)
  .filter(([path, locked]) => path !== '' && locked.hasInstallScript === true)
  .map(([path, locked]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: locked.version ?? '' }));

describe('package.json allowScripts', () => {
  it('decides every locked dependency that has an install script', () => {
    const allowScripts = manifest.allowScripts ?? {};
    const undecided = withInstallScripts.filter(({ name, version }) => !(name in allowScripts) && !(`${name}@${version}` in allowScripts));
    expect(undecided).toEqual([]);
  });

  it('decides no package that is not locked with an install script (npm install-scripts prune would drop it)', () => {
    const locked = new Set(withInstallScripts.flatMap(({ name, version }) => [name, `${name}@${version}`]));
    expect(Object.keys(manifest.allowScripts ?? {}).filter((entry) => !locked.has(entry))).toEqual([]);
  });

  it('approves esbuild`s postinstall, as npm 10 runs it', () => {
    expect(withInstallScripts.map(({ name }) => name)).toContain('esbuild');
    expect(manifest.allowScripts).toMatchObject({ esbuild: true });
  });
});
