#!/usr/bin/env node
/**
 * The forcecalc executable (bundled to dist/forcecalc.mjs). Thin on purpose:
 * the commands live in src/cli/.
 */
import { fileURLToPath } from 'node:url';
import { main } from './cli/main.js';

// The shipped scenarios sit one folder above this file, both as src/cli.ts and
// as dist/forcecalc.mjs. This line must stay in the entry file: in a chunk of
// the bundle, import.meta.url would name dist/chunks/.
const shippedScenarios = fileURLToPath(new URL('../scenarios', import.meta.url));
// The interactive calculator's worker thread, built beside this file as dist/uncertainty-worker.mjs
// (scripts/build.mjs); from src/ there is none, and the UI computes on its own thread.
const uncertaintyWorker = fileURLToPath(new URL('./uncertainty-worker.mjs', import.meta.url));

void main(process.argv.slice(2), shippedScenarios, uncertaintyWorker);
