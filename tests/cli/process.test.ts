// The built executable as a user runs it, for what only a process shows: the
// exit code set by the real entry, a reader that goes away early, stdin not a
// terminal, the environment variables it reads, the scenarios shipped beside
// it, and the bundle loading Ink only for the interactive calculator. The
// other files of tests/cli check the same commands in-process (run-cli.ts);
// here the executable is shown to print exactly what the in-process run prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXECUTABLE, FIXTURES, runCli, SHIPPED, spawnCli, STACK_LINE, testEnvironment } from './run-cli.js';

/** Runs `forcecalc <args> | <reader>` in bash; returns forcecalc's exit code and all stderr. */
function pipeline(args: string, reader: string): { status: string; stderr: string; stdout: string } {
  const script = `"${process.execPath}" "${EXECUTABLE}" ${args} | ${reader}; echo "forcecalc exit \${PIPESTATUS[0]}" >&2`;
  const result = spawnSync('bash', ['-c', script], { cwd: FIXTURES, encoding: 'utf8' });
  const lines = result.stderr.trimEnd().split('\n');
  return { status: lines.at(-1) ?? '', stderr: lines.slice(0, -1).join('\n'), stdout: result.stdout };
}

describe('forcecalc in a pipeline', () => {
  it.each(['', 'list', 'estimate two-sectors', 'estimate two-sectors --format json', 'compare one-line miles two-sectors --format csv'])(
    '"forcecalc %s | head -1" prints one line and exits quietly',
    (args) => {
      const run = pipeline(args, 'head -1');
      expect(run.stdout.split('\n')).toHaveLength(2);
      expect(run).toMatchObject({ status: 'forcecalc exit 0', stderr: '' });
    },
  );

  it.each(['estimate two-sectors', 'check', '--help'])('"forcecalc %s | true" (reader gone before the write: EPIPE) exits quietly', (args) => {
    expect(pipeline(args, 'true')).toEqual({ status: 'forcecalc exit 0', stderr: '', stdout: '' });
  });

  it('keeps the exit code of a failure when the reader has gone', () => {
    expect(pipeline('check --scenarios failing', 'true')).toMatchObject({ status: 'forcecalc exit 1', stderr: '' });
  });
});

describe('the executable prints what the in-process run prints, and exits with its code', () => {
  it.each([
    [['estimate', 'two-sectors'], 0],
    [['check', '--scenarios', 'failing'], 1],
    [['estimate', 'invalid/wrong-unit.yaml'], 1],
    [['validate', '/', 'nowhere', 'invalid/wrong-unit.yaml'], 1],
    [['bogus'], 2],
    [['estimate', 'one-line', '--set', 'density=1e400'], 2],
  ])('%j: exit %i', (args, status) => {
    const spawned = spawnCli(args);
    expect(spawned).toEqual(runCli(args));
    expect(spawned.status).toBe(status);
    expect(spawned.stderr).not.toMatch(STACK_LINE);
  });
});

describe('forcecalc and the terminal environment', () => {
  const ESCAPE = '\u001b';
  const SMALL_MAP = ['map', 'drawn/two-lines.yaml', '--width', '48', '--height', '14'];

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
    ['FORCE_COLOR=3', { FORCE_COLOR: '3' }],
    ['CI=true', { CI: 'true' }],
  ])('prints the same plain text under %s', (_, env) => {
    for (const args of [[], ['estimate', 'two-sectors'], ['list'], ['check']]) {
      const plain = runCli(args);
      const run = runCli(args, { env });
      expect(run).toEqual(plain);
      expect(run.stdout).not.toContain(ESCAPE);
    }
  });

  it.each([
    ['nothing', {}],
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['TERM=dumb (ASCII)', { TERM: 'dumb' }],
    ['FORCE_COLOR=1 (colour on a pipe)', { FORCE_COLOR: '1' }],
    ['FORCE_COLOR=0 beside NO_COLOR=1', { FORCE_COLOR: '0', NO_COLOR: '1' }],
    ['CI=true', { CI: 'true' }],
  ])('reads %s from its environment: its map is the in-process one under the same variables', (_, variables) => {
    const env = { TERM: 'xterm', ...variables };
    const spawned = spawnCli(SMALL_MAP, { env });
    expect(spawned.status).toBe(0);
    expect(spawned).toEqual(runCli(SMALL_MAP, { env }));
    expect(spawned.stdout.includes(ESCAPE)).toBe('FORCE_COLOR' in variables && variables.FORCE_COLOR === '1');
  });

  it('reads nothing from stdin and ends when stdin is not a terminal (a closed pipe)', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${EXECUTABLE}" < /dev/null`], {
      cwd: FIXTURES,
      env: testEnvironment(),
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(runCli([]).stdout);
  });
});

describe('forcecalc never prints a stack trace', () => {
  it.each([
    ['bogus'],
    ['--bogus'],
    ['estimate'],
    ['estimate', 'nowhere'],
    ['estimate', 'scenarios/'],
    ['estimate', '/dev/null'],
    ['estimate', 'invalid/two-problems.yaml'],
    ['estimate', 'one-line', '--set', 'density=1e400'],
    ['estimate', 'one-line', '--set', 'density=cos.constructor("x")'],
    ['validate', '/', 'nowhere', 'invalid/wrong-unit.yaml'],
    ['check', '--scenarios', '/nonexistent'],
    ['list', '--scenarios', 'scenarios/one-line.yaml'],
  ])('%j', (...args) => {
    const run = runCli(args);
    expect([1, 2]).toContain(run.status);
    // check reports on stdout even when no file loads: its summary counts the invalid ones.
    expect(run.stdout).toBe(args[0] === 'check' ? '0 passed, 0 failed, 0 without expect:, 1 invalid\n' : '');
    expect(run.stderr).not.toBe('');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain('internal error');
  });
});

describe('the bundle', () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'forcecalc-cwd-'));
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

  it('finds the scenarios shipped beside it when the current directory has no ./scenarios', () => {
    const shipped = readdirSync(SHIPPED)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length))
      .sort();
    const run = spawnCli(['list', '--format', 'json'], { cwd: elsewhere });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect((JSON.parse(run.stdout) as { id: string }[]).map((item) => item.id)).toEqual(shipped);
  });

  it.each([[[]], [['list']], [['estimate', 'two-sectors']]])('%j loads no Ink or React: their chunk is imported by the interactive mode alone', (args) => {
    // The chunk exists (the build names it after src/ui/app/run-interactive.tsx), so its absence below means something.
    expect(readdirSync(join(EXECUTABLE, '..', 'chunks')).some((name) => name.startsWith('run-interactive'))).toBe(true);
    // NODE_DEBUG=esm makes Node name each module it loads on stderr.
    const run = spawnCli(args, { env: { NODE_DEBUG: 'esm' } });
    expect(run.status).toBe(0);
    const loaded = [...run.stderr.matchAll(/file:\/\/\S*?\.mjs/g)].map((match) => match[0]);
    expect(loaded.some((url) => url.endsWith('/dist/forcecalc.mjs'))).toBe(true);
    expect(loaded.filter((url) => /run-interactive|devtools/.test(url))).toEqual([]);
  });
});

describe('a simulation the system will not give the memory it needs', () => {
  // Every count wide, so that most figures keep every sample: 10,000,000 samples need over 500 MB.
  const folder = mkdtempSync(join(tmpdir(), 'forcecalc-memory-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const scenario = join(folder, 'wide.yaml');
  writeFileSync(
    scenario,
    [
      'title: Wide',
      'description: every count spans more values than are tallied',
      'factors: {density: 3..40 / km, brigadeSize: 3000..5000, enablerShare: 0..0.5, rotation: 1..4}',
      'sectors: [{name: A, length: 500..3000 km}]',
      'coalition: [{country: X, troops: 1000..100000}, {country: Y, brigades: 1..30}]',
      '',
    ].join('\n'),
  );
  /** forcecalc under an address-space limit (`ulimit -v`, KiB) of what Node itself takes plus `spareKb`. */
  const limited = (args: string, spareKb: number): { status: number | null; stdout: string; stderr: string } => {
    const peak = spawnSync(process.execPath, ['-e', "process.stdout.write(require('fs').readFileSync('/proc/self/status', 'utf8').match(/VmPeak:\\s+(\\d+)/)[1])"], { encoding: 'utf8' });
    const limitKb = Number(peak.stdout) + spareKb;
    const script = `ulimit -v ${limitKb} && exec "${process.execPath}" "${EXECUTABLE}" ${args}`;
    return spawnSync('bash', ['-c', script], { cwd: folder, env: testEnvironment(), encoding: 'utf8', timeout: 30_000 });
  };

  it.runIf(process.platform === 'linux')('is refused with the reason and exit 1, not a crash', () => {
    // Node starts and loads forcecalc with 250 MB to spare; the run's 500 MB and more are refused when asked for.
    expect(limited('--version', 250_000).status).toBe(0);
    const run = limited(`simulate wide.yaml --samples 10000000 --format json`, 250_000);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toMatch(/^forcecalc simulate: 10,000,000 samples need about [5-9]\d\d MB, and the system refused the memory; try fewer samples\n$/);
  });
});
