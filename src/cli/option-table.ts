/**
 * Every option that takes a value (`--name value` or `--name=value`), with
 * what the general help says of it and the example a usage error shows. Which
 * command takes which option is said by the command (commands/*.ts); how a
 * value reads is decided there too.
 */

/** One option as the help and the usage errors present it. */
export interface OptionDefinition {
  /** The option with a placeholder for its value, as the help's Options section starts its line: `--width N`. */
  readonly label: string;
  /** What the option does, as lines of the help's Options section (at most 60 columns each). */
  readonly help: readonly string[];
  /** The option with a value that works, for "--x needs a value, e.g. ...". */
  readonly example: string;
}

/** The options, in the order the general help lists them. */
export const OPTIONS = {
  '--scenarios': {
    label: '--scenarios DIR',
    help: ['the scenarios folder (default: ./scenarios if it exists,', 'else the scenarios shipped with forcecalc)'],
    example: '--scenarios ./my-scenarios',
  },
  '--format': {
    label: '--format FORMAT',
    help: ['table (default), json, csv or md (list: table or json;', 'estimate also geojson: the drawn sectors for GIS tools)'],
    example: '--format json',
  },
  '--set': {
    label: '--set F=VALUE',
    help: [
      'replace a factor for this estimate, e.g. --set density=5/km,',
      "or a scenario's input: 'sector[NAME].length=200 km',",
      "'sector[NAME].density=5/km', 'coalition[NAME].troops=8,000'",
      "(or .brigades=2), 'coalition[NAME]=none' (it leaves),",
      "'capability[NAME].need=2' (units per its per)",
    ],
    example: '--set density=5/km',
  },
  '--vary': {
    label: '--vary F=A..B[:N]',
    help: ['sweep: N values of a factor from A to B (default 5, 2-50),', "or of an input as --set names it: 'sector[NAME].length=A..B'"],
    example: '--vary density=3..30:10',
  },
  '--steps': { label: '--steps N', help: ['sweep: values per --vary that gives no :N (default 5)'], example: '--steps 10' },
  '--for': { label: '--for TARGET', help: ['solve: coverage, density or brigades'], example: '--for coverage' },
  '--troops': { label: '--troops N', help: ['solve: start from N troops instead of the pledges'], example: '--troops 20,000' },
  '--brigades': { label: '--brigades N', help: ['solve: start from N brigades instead of the pledges'], example: '--brigades 4' },
  '--width': { label: '--width N', help: ['map: columns (default 80)'], example: '--width 100' },
  '--height': { label: '--height N', help: ['map: rows in all (default 23)'], example: '--height 40' },
  '--samples': {
    label: '--samples N',
    help: ['simulate: how many samples (default 10,000, at most', '10,000,000)'],
    example: '--samples 100,000',
  },
  '--seed': {
    label: '--seed S',
    help: ['simulate: the random seed, 0 to 4,294,967,295 (default', '20250409); the same seed gives the same output'],
    example: '--seed 7',
  },
} as const satisfies Readonly<Record<`--${string}`, OptionDefinition>>;

/** The name of an option that takes a value, such as `--format`. */
export type OptionName = keyof typeof OPTIONS;

/** The option names in the order of OPTIONS. */
export const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

/**
 * The order in which the message for an unknown option has always listed the
 * options; kept so that its text stays as scripts and users have seen it.
 * tests/cli/parse-args.test.ts checks that it names every option once.
 */
export const UNKNOWN_OPTION_ORDER: readonly OptionName[] = [
  '--format', '--set', '--scenarios', '--width', '--height', '--vary', '--for', '--troops', '--brigades', '--samples', '--seed', '--steps',
];

/** True when `name` is one of OPTIONS. */
export function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}
