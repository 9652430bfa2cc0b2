/**
 * The CLI tests run the built executable, as a user does: `node
 * dist/forcecalc.mjs`. `npm test` builds before it runs vitest; this setup
 * rebuilds only when dist/ is missing or older than a source file, so that
 * `npx vitest run tests/cli` after an edit never tests a stale build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function modified(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -Infinity;
  }
}

function newestUnder(dir: string): number {
  return Math.max(
    -Infinity,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newestUnder(join(dir, entry.name)) : modified(join(dir, entry.name)),
    ),
  );
}

export default function buildIfStale(): void {
  const built = modified(join(root, 'dist', 'forcecalc.mjs'));
  const sources = Math.max(newestUnder(join(root, 'src')), modified(join(root, 'scripts', 'build.mjs')), modified(join(root, 'package.json')));
  if (built >= sources) return;
  console.log('tests/cli/global-setup: dist/ is missing or older than src/; running npm run build');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
