// `--set` for a sector's length or density and a contributor's pledge, run in-process
// (run-cli.ts) on the shipped scenarios. The figures are the shipped file's, changed by hand.
import { describe, expect, it } from 'vitest';
import { runCli, SHIPPED } from './run-cli.js';

const IN_SHIPPED = ['--scenarios', SHIPPED];
const HOT_SPOTS = 'line-with-hot-spots';
const DOZEN = 'coalition-of-a-dozen';
const MULTI_DOMAIN = 'reassurance-force-multi-domain';
const NPP = 'Zaporizhzhia NPP frontage (Kakhovka reservoir, Enerhodar)';

interface EstimateJson {
  sectors: { name: string; lengthKm: { min: number; max: number }; density: { min: number; max: number } }[];
  coverageKm: { min: number; max: number };
  coalition: { pledgedTroops: { min: number; max: number } } | null;
}

function estimateJson(ref: string, ...sets: string[]): EstimateJson {
  const run = runCli(['estimate', ref, ...sets.flatMap((set) => ['--set', set]), '--format', 'json', ...IN_SHIPPED]);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return JSON.parse(run.stdout) as EstimateJson;
}

describe('estimate --set sector[...] and coalition[...]', () => {
  it('lengthens a sector whose name holds spaces, commas and brackets', () => {
    const before = estimateJson(HOT_SPOTS);
    const after = estimateJson(HOT_SPOTS, `sector[${NPP}].length=200 km`);
    const npp = after.sectors.find((sector) => sector.name === NPP);
    expect(npp?.lengthKm).toEqual({ min: 200, max: 200 });
    const oldLength = before.sectors.find((sector) => sector.name === NPP)?.lengthKm.min ?? 0;
    expect(after.coverageKm.min).toBeCloseTo(before.coverageKm.min - oldLength + 200, 6);
  });

  it('withdraws a contributor and changes another pledge, names read but for case', () => {
    const before = estimateJson(DOZEN);
    const after = estimateJson(DOZEN, 'coalition[Latvia]=none', 'coalition[united kingdom].troops=8,000');
    const ukBefore = runCli(['estimate', DOZEN, '--format', 'json', ...IN_SHIPPED]);
    const contributors = (JSON.parse(ukBefore.stdout) as { coalition: { contributors: { country: string; troops: { min: number } }[] } }).coalition.contributors;
    const uk = contributors.find((contributor) => contributor.country === 'United Kingdom')?.troops.min ?? 0;
    const latvia = contributors.find((contributor) => contributor.country === 'Latvia')?.troops.min ?? 0;
    expect(after.coalition?.pledgedTroops.min).toBe((before.coalition?.pledgedTroops.min ?? 0) - latvia - uk + 8_000);
  });

  it('names each changed input among the sources, in the terminal report and the briefing', () => {
    for (const format of ['table', 'md']) {
      const run = runCli(['estimate', DOZEN, '--set', 'coalition[Latvia]=none', '--set', 'density=5/km', '--format', format, ...IN_SHIPPED]);
      expect(run.stdout).toContain(format === 'md' ? '- Changed for this run: --set coalition\\[Latvia\\]=none\n' : '  - Changed for this run: --set coalition[Latvia]=none\n');
      // A factor's --set is already named where the factor is, as its origin.
      expect(run.stdout).not.toContain('Changed for this run: --set density');
    }
  });

  it('takes the same --set in sensitivity: a range given on the command line becomes a tornado row', () => {
    const run = runCli(['sensitivity', DOZEN, '--set', 'sector[#1].length=1,000..1,500', '--format', 'json', ...IN_SHIPPED]);
    expect(run.status).toBe(0);
    const inputs = (JSON.parse(run.stdout) as { inputs: { kind: string; index: number | null }[] }).inputs;
    expect(inputs).toContainEqual(expect.objectContaining({ kind: 'sectorLength', index: 0 }));
  });

  it.each(['simulate', 'solve', 'sweep', 'timeline'])('takes the same --set in %s', (command) => {
    const extras: Record<string, string[]> = { solve: ['--for', 'coverage'], sweep: ['--vary', 'density=3..5'], simulate: ['--samples', '200', '--seed', '1'], timeline: [] };
    const extra = extras[command] ?? [];
    const run = runCli([command, DOZEN, '--set', 'coalition[France]=none', ...extra, ...IN_SHIPPED]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
  });

  it('sets a capability need: the need and shortfall follow, in estimate and as a tornado row of sensitivity', () => {
    // 1,250 km, one EW team per 100 km: 13 teams; 8 pledged. Three a 100 km: 38, 30 short.
    const capabilityOf = (...sets: string[]) => {
      const run = runCli(['estimate', MULTI_DOMAIN, ...sets.flatMap((set) => ['--set', set]), '--format', 'json', ...IN_SHIPPED]);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      return (JSON.parse(run.stdout) as { capabilities: { name: string; need: unknown; shortfall: unknown }[] }).capabilities.find((capability) => capability.name === 'EW team');
    };
    expect(capabilityOf()).toMatchObject({ need: { min: 13, max: 13 }, shortfall: { min: 5, max: 5 } });
    expect(capabilityOf('capability[ew  TEAM].need=3')).toMatchObject({ need: { min: 38, max: 38 }, shortfall: { min: 30, max: 30 } });
    const tornado = runCli(['sensitivity', MULTI_DOMAIN, '--set', 'capability[EW team].need=1..3', '--format', 'json', ...IN_SHIPPED]);
    const inputs = (JSON.parse(tornado.stdout) as { inputs: { kind: string; name: string; range: unknown }[] }).inputs;
    expect(inputs).toContainEqual(expect.objectContaining({ kind: 'capabilityNeed', name: 'EW team', range: { min: 1, max: 3 } }));
  });

  it.each(['simulate', 'solve', 'sweep', 'timeline'])('takes a capability need in %s', (command) => {
    const extras: Record<string, string[]> = { solve: ['--for', 'coverage'], sweep: ['--vary', 'density=3..5'], simulate: ['--samples', '200', '--seed', '1'], timeline: [] };
    const run = runCli([command, MULTI_DOMAIN, '--set', 'capability[EW team].need=2', ...(extras[command] ?? []), ...IN_SHIPPED]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
  });

  it('holds a capability need in every cell of a sweep', () => {
    // Two EW teams per 100 km of 1,250 km: 25, against 8 pledged.
    const run = runCli(['sweep', MULTI_DOMAIN, '--set', 'capability[EW team].need=2', '--vary', 'density=3..5:2', '--format', 'json', ...IN_SHIPPED]);
    const cells = (JSON.parse(run.stdout) as { cells: { capabilities: Record<string, { need: unknown; shortfall: unknown }> }[] }).cells;
    expect(cells.map((cell) => cell.capabilities['EW team'])).toEqual([0, 1].map(() => ({ need: { min: 25, max: 25 }, shortfall: { min: 17, max: 17 } })));
  });

  it.each<[string[], number, string]>([
    [['--set', 'coalition[Frnce]=none'], 2, 'forcecalc: --set coalition["Frnce"]: expected a contributor of the scenario (did you mean "France"?), got "Frnce"\nRun forcecalc --help for usage.\n'],
    [['--set', 'sector[x].width=3'], 2, 'forcecalc: --set sectors["x"]: expected a field: length or density, got "width"\nRun forcecalc --help for usage.\n'],
    [['--set', 'sector[#1].length=3 kg'], 2, 'forcecalc: --set sectors["#1"].length: expected a length such as "120 km", got "3 kg"\nRun forcecalc --help for usage.\n'],
    [['--set', 'sector[#1].density=10,000,000,000/km'], 2, 'forcecalc: --set sectors["#1"].density: expected a density of at most 100,000 / km'],
    [['--set', 'capability[EW team].need=2'], 2, 'forcecalc: --set capabilities["EW team"].need: expected a capability, and the scenario has none, got "EW team"'],
  ])('%j exits %i with a message and nothing on stdout', (sets, status, message) => {
    const run = runCli(['estimate', DOZEN, ...sets, ...IN_SHIPPED]);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});
