import type { Plugin } from 'esbuild';

/** Bundles src/ui/terminal-output/screen-output.ts in place of Ink's ink/build/output.js (see ink-output-plugin.mjs). */
export function inkScreenOutput(): Plugin;
