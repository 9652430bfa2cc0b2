// forcecalc as a TypeScript project that depends on it sees it: a scratch package with
// forcecalc linked into its node_modules (as `npm install /path/to/forcecalc` links it),
// importing every public name from 'forcecalc', type-checked by `tsc --strict` against
// the built declarations (dist/index.d.ts, through package.json's exports map), then run.
// Offline: typescript and @types/node are linked from this project's node_modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimate, formatEstimate, formatProblem, loadScenarioFile, point } from '../../src/index.js';
import { ROOT } from '../cli/run-cli.js';
import { PUBLIC_TYPES, PUBLIC_VALUES } from './public-api.js';

const SCENARIO = join(ROOT, 'scenarios', 'line-of-contact-2025.yaml');

// The client: every public value and type imported by name, a scenario estimated and printed,
// and lines that must NOT compile (@ts-expect-error fails the build when the error is missing),
// which proves that the declarations carry real types and not `any`.
const CLIENT = `import { ${PUBLIC_VALUES.join(', ')} } from 'forcecalc';
import type { ${PUBLIC_TYPES.join(', ')} } from 'forcecalc';

/** Every public type, named: one that the declarations lack fails the compile. */
export type PublicTypes = [${PUBLIC_TYPES.join(', ')}];
/** Every public value, used. */
export const publicValues = { ${PUBLIC_VALUES.join(', ')} };

const loaded: LoadResult = loadScenarioFile(process.argv[2] ?? '');
if (!loaded.ok) {
  process.stderr.write(loaded.problems.map((problem: Problem) => formatProblem(problem)).join('\\n'));
  process.exit(1);
}
const options: EstimateOptions = { overrides: { density: point(5) } };
const result: Estimate = estimate(loaded.scenario, options);
const brigades: Interval = result.figures.brigades;
const format: ReportFormat = 'md';
/** Never called: only compiled. */
export function mustNotCompile(): void {
  // @ts-expect-error: a figure's bound is a number, not text.
  const notText: string = brigades.min;
  // @ts-expect-error: "pdf" is not a ReportFormat.
  formatEstimate(result, 'pdf');
  return void notText;
}
process.stdout.write(JSON.stringify({ brigades, markdown: formatEstimate(result, format), values: Object.keys(publicValues).length }));
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023'],
    types: ['node'],
    // forcecalc's declarations are checked too, as a client with the strictest settings checks them.
    skipLibCheck: false,
    rootDir: 'src',
    outDir: 'out',
  },
  include: ['src'],
};

/** The names dist/index.d.ts exports, values and types together, as the compiler binds them (no need to resolve them). */
function declaredNames(): string[] {
  const entry = join(ROOT, 'dist', 'index.d.ts');
  const program = ts.createProgram([entry], { noResolve: true, noLib: true, types: [], noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile);
  if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.getName());
}

describe('a TypeScript client of the built package', () => {
  let client = '';
  let compile: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    client = mkdtempSync(join(tmpdir(), 'forcecalc-client-'));
    mkdirSync(join(client, 'node_modules', '@types'), { recursive: true });
    mkdirSync(join(client, 'src'));
    symlinkSync(ROOT, join(client, 'node_modules', 'forcecalc'), 'dir');
    symlinkSync(join(ROOT, 'node_modules', 'typescript'), join(client, 'node_modules', 'typescript'), 'dir');
    symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(client, 'node_modules', '@types', 'node'), 'dir');
    writeFileSync(join(client, 'package.json'), JSON.stringify({ name: 'forcecalc-client', private: true, type: 'module', dependencies: { forcecalc: `file:${ROOT}` } }));
    writeFileSync(join(client, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    writeFileSync(join(client, 'src', 'client.ts'), CLIENT);
    const tsc = join(client, 'node_modules', 'typescript', 'bin', 'tsc');
    compile = spawnSync(process.execPath, [tsc, '-p', client], { cwd: client, encoding: 'utf8', timeout: 60_000 });
  }, 90_000);
  afterAll(() => rmSync(client, { recursive: true, force: true }));

  it('declares exactly the public names in dist/index.d.ts', () => {
    expect(declaredNames().sort()).toEqual([...PUBLIC_VALUES, ...PUBLIC_TYPES].sort());
  });

  it('type-checks with tsc --strict, forcecalc`s declarations included', () => {
    expect({ status: compile.status, output: `${String(compile.stdout)}${String(compile.stderr)}` }).toEqual({ status: 0, output: '' });
  });

  it('runs, and gets the numbers the library gives in this project', () => {
    const run = spawnSync(process.execPath, [join(client, 'out', 'client.js'), SCENARIO], { cwd: client, encoding: 'utf8', timeout: 15_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const loaded = loadScenarioFile(SCENARIO);
    if (!loaded.ok) expect.fail(loaded.problems.map(formatProblem).join('\n'));
    const result = estimate(loaded.scenario, { overrides: { density: point(5) } });
    expect(JSON.parse(run.stdout)).toEqual({
      brigades: result.figures.brigades,
      markdown: formatEstimate(result, 'md'),
      values: PUBLIC_VALUES.length,
    });
  });
});
