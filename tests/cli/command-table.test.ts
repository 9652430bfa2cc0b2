// The command table and what is derived from it: every command and option is
// in the help, the parser takes exactly what a command declares, and the
// help texts are pinned as files (tests/cli/help/*.txt, updated by vitest -u).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, COMMANDS, OVERVIEW, type CommandName } from '../../src/cli/command-table.js';
import { helpText } from '../../src/cli/help-text.js';
import { OPTION_NAMES, OPTIONS, UNKNOWN_OPTION_ORDER, type OptionName } from '../../src/cli/option-table.js';
import { parseArgs } from '../../src/cli/parse-args.js';

const widest = (text: string): number => Math.max(...text.replace(/\n$/, '').split('\n').map((line) => line.length));
const takes = (name: CommandName): readonly OptionName[] => ['--scenarios', ...COMMANDS[name].options];

describe('the command table', () => {
  it('names the commands in the order of the help and the "unknown command" message', () => {
    expect(COMMAND_NAMES).toEqual(['list', 'estimate', 'compare', 'map', 'validate', 'check', 'sensitivity', 'sweep', 'solve', 'simulate', 'timeline']);
  });

  it('uses every option of the option table in some command, and lists each in the unknown-option order once', () => {
    const used = new Set<OptionName>(['--scenarios', ...COMMAND_NAMES.flatMap((name) => COMMANDS[name].options), ...OVERVIEW.options]);
    expect([...used].sort()).toEqual([...OPTION_NAMES].sort());
    expect([...UNKNOWN_OPTION_ORDER].sort()).toEqual([...OPTION_NAMES].sort());
  });

  it.each(COMMAND_NAMES)('%s: its help starts with its usage, names each of its options, and fits 80 columns', (name) => {
    const { help, synopsis, summary } = COMMANDS[name];
    expect(help).toMatch(new RegExp(`^Usage: forcecalc ${name}\\b`));
    for (const option of takes(name)) expect(help).toContain(option);
    expect(widest(help)).toBeLessThanOrEqual(80);
    expect(synopsis[0]).toMatch(new RegExp(`^${name}\\b`));
    for (const line of summary) expect(line.length).toBeLessThanOrEqual(43);
  });

  it('keeps each option line of the help within 60 columns', () => {
    for (const name of OPTION_NAMES) for (const line of OPTIONS[name].help) expect(line.length, `${name}: ${line}`).toBeLessThanOrEqual(60);
  });
});

describe('the help, derived from the table', () => {
  it('lists every command and every option in the general help, within 80 columns', async () => {
    const general = helpText(null);
    for (const name of COMMAND_NAMES) expect(general).toContain(`  forcecalc ${COMMANDS[name].synopsis[0] ?? ''}`);
    for (const name of OPTION_NAMES) expect(general).toContain(`  ${OPTIONS[name].label} `);
    expect(widest(general)).toBeLessThanOrEqual(80);
    await expect(general).toMatchFileSnapshot('help/general.txt');
  });

  it.each(COMMAND_NAMES)('%s --help is pinned in help/', async (name) => {
    expect(parseArgs([name, '--help'])).toEqual({ ok: true, invocation: { command: 'help', topic: name } });
    await expect(helpText(name)).toMatchFileSnapshot(`help/${name}.txt`);
  });
});

/** The options in `argv` as the parser reads them: `--name value` takes the next argument as its value; `--` ends options. */
function optionsGiven(argv: readonly string[]): string[] {
  const names: string[] = [];
  for (let index = 0; index < argv.length && argv[index] !== '--'; index += 1) {
    const arg = argv[index] ?? '';
    if (!arg.startsWith('--')) continue;
    const name = arg.split('=')[0] ?? '';
    names.push(name);
    if (!arg.includes('=') && (OPTION_NAMES as readonly string[]).includes(name)) index += 1;
  }
  return names;
}

describe('the parser, derived from the table', () => {
  // Arguments drawn from the table's own words: command names, options with and without values, operands.
  const word = fc.oneof(
    fc.constantFrom(...COMMAND_NAMES),
    fc.constantFrom(...OPTION_NAMES),
    fc.constantFrom(...OPTION_NAMES).map((name) => `${name}=1`),
    fc.constantFrom('one-line', 'a.yaml', '--', '-', '', '--bogus', 'density=5', 'table', 'json', '8', '40'),
  );

  it('never throws; a usage error is one line; an accepted option is one the command takes', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        const parsed = parseArgs(argv);
        if (!parsed.ok) {
          expect(parsed.message).not.toContain('\n');
          return;
        }
        const { command } = parsed.invocation;
        if (command === 'help' || command === 'version') return;
        const accepted: readonly string[] = command === 'overview' ? ['--scenarios'] : takes(command);
        for (const option of optionsGiven(argv)) expect(accepted).toContain(option);
      }),
    );
  });

  it.each(COMMAND_NAMES.flatMap((name) => OPTION_NAMES.filter((option) => !takes(name).includes(option)).map((option) => [name, option] as const)))(
    '%s refuses %s, naming what it takes',
    (name, option) => {
      const parsed = parseArgs([name, 'a', option, '1']);
      expect(parsed).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`^${option} does not apply to ${name}; it takes `)) });
    },
  );
});
