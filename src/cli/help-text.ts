/**
 * `forcecalc --help` and `forcecalc <command> --help`, from the command table:
 * each command's synopsis and summary, each option's line, and the command's
 * own help text.
 */
import type { CommandDefinition } from './command-definition.js';
import { COMMAND_NAMES, COMMANDS, OVERVIEW, type CommandName } from './command-table.js';
import { FACTOR_HELP } from './factor-help.js';
import { OPTION_NAMES, OPTIONS } from './option-table.js';

/** Where the second column of the Usage and Options sections starts. */
const SUMMARY_COLUMN = 37;
const OPTION_COLUMN = 20;
/** How far a synopsis's continuation lines are indented. */
const SYNOPSIS_CONTINUATION = 20;

/**
 * The synopsis lines, then the summary in the second column: beside the last
 * synopsis line when it leaves room (two spaces at least), else below it.
 */
function usageLines(synopsis: readonly string[], summary: readonly string[]): string[] {
  const [first = '', ...rest] = synopsis;
  const lines = [`  forcecalc${first === '' ? '' : ` ${first}`}`, ...rest.map((line) => ' '.repeat(SYNOPSIS_CONTINUATION) + line)];
  const last = lines.at(-1) ?? '';
  const column = ' '.repeat(SUMMARY_COLUMN);
  if (last.length + 2 > SUMMARY_COLUMN) return [...lines, ...summary.map((line) => column + line)];
  return [...lines.slice(0, -1), last.padEnd(SUMMARY_COLUMN) + (summary[0] ?? ''), ...summary.slice(1).map((line) => column + line)];
}

const entry = (definition: CommandDefinition<object>): string[] => usageLines(definition.synopsis, definition.summary);

const OPTION_LINES = OPTION_NAMES.flatMap((name) => {
  const { label, help } = OPTIONS[name];
  return help.map((line, index) => (index === 0 ? `  ${label}`.padEnd(OPTION_COLUMN) : ' '.repeat(OPTION_COLUMN)) + line);
});

const GENERAL = `forcecalc: military-planning estimates (coverage, troops, brigades, air cover,
rotation, coalition pledges) from stated heuristics.

Usage:
${[
  ...entry(OVERVIEW),
  ...COMMAND_NAMES.flatMap((name) => entry(COMMANDS[name])),
  ...usageLines(['--help | --version'], ['(also: forcecalc <command> --help)']),
].join('\n')}

Options:
${OPTION_LINES.join('\n')}

Factors:
${FACTOR_HELP}

Exit codes: 0 success, 1 invalid scenario or failed check, 2 bad usage,
74 output not written (a full disk).
These are planning factors, not predictions.
`;

/** The help for one command, or the general help. */
export function helpText(topic: CommandName | null): string {
  return topic === null ? GENERAL : COMMANDS[topic].help;
}
