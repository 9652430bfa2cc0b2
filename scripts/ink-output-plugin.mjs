// An esbuild plugin that bundles src/ui/terminal-output/screen-output.ts in
// place of Ink's own ink/build/output.js (the screen Ink builds from a frame's
// texts; the replacement keeps its work between frames: see that file). Used by
// scripts/build.mjs for the executable and by bench/ui.mjs for what it times.
// It replaces only the Ink it was checked against: another version stops the
// build, to be checked again (tests/ui/terminal-output/screen-output.test.ts
// compares the two screens string for string) and named here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHECKED_INK = '6.8.0';
const replacement = fileURLToPath(new URL('../src/ui/terminal-output/screen-output.ts', import.meta.url));

export function inkScreenOutput() {
  return {
    name: 'ink-screen-output',
    setup(build) {
      let replaced = false;
      build.onStart(() => {
        replaced = false;
      });
      build.onResolve({ filter: /^\.\/output\.js$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]ink[\\/]build[\\/]renderer\.js$/.test(args.importer)) return undefined;
        const { version } = JSON.parse(readFileSync(join(dirname(args.importer), '..', 'package.json'), 'utf8'));
        if (version !== CHECKED_INK) {
          return {
            errors: [
              {
                text: `Ink is ${version}; src/ui/terminal-output/screen-output.ts was checked against Ink ${CHECKED_INK}: run its test against this Ink, then name the version in scripts/ink-output-plugin.mjs`,
              },
            ],
          };
        }
        replaced = true;
        return { path: replacement };
      });
      build.onEnd((result) => {
        if (result.errors.length > 0 || replaced) return undefined;
        return { errors: [{ text: "Ink's renderer no longer imports ./output.js: scripts/ink-output-plugin.mjs replaced nothing" }] };
      });
    },
  };
}
