/**
 * The factors a planner may `--set`, as help lines: each with what it means
 * and an example value (one word, so it never wraps), within 80 columns. Both
 * the general help and `estimate --help` list them.
 */
import { FACTOR_NAMES, FACTORS } from '../core/factors.js';
import { wrap } from '../text/text-width.js';

const FACTOR_INDENT = ' '.repeat(22);

/** One factor a line (more where its description wraps), without a final newline. */
export const FACTOR_HELP = FACTOR_NAMES.flatMap((name) =>
  wrap(`${FACTORS[name].description}; e.g. ${name}=${FACTORS[name].example.replaceAll(' ', '')}`, 80 - FACTOR_INDENT.length).map((line, index) =>
    index === 0 ? `  ${name.padEnd(20)}${line}` : FACTOR_INDENT + line,
  ),
).join('\n');
