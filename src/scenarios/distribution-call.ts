/**
 * The shape of a distribution as written, `pert(1,100, 1,250, 1,300 km)` or
 * `normal(3, 0.5) / km`, split into its name, its arguments and a unit after
 * the closing parenthesis. forcecalc splits the text itself: a distribution
 * never reaches mathjs as a function call, only its arguments do, each as a
 * quantity of its own.
 *
 * Arguments are separated by a comma and a space; a comma without a space
 * is a thousands separator (`1,300`), so `uniform(3000,5000)` is one argument.
 */

/** A text of the form `name(arguments) unit`. */
export interface DistributionCall {
  readonly name: string;
  /** Each argument's text, trimmed; none for `pert()`. */
  readonly argumentTexts: readonly string[];
  /** What follows the closing parenthesis, trimmed: `/ km` in `normal(3, 0.5) / km`; '' when nothing does. */
  readonly unit: string;
  /** False when the opening parenthesis is never closed. */
  readonly closed: boolean;
  /** True when a comma between arguments has no space after it, as in `uniform(3000,5000)`. */
  readonly commaWithoutSpace: boolean;
}

const CALL_START = /^([A-Za-z_][A-Za-z0-9_]*)\s*\(/;

/** The parts of `name(...)`, or null when the text does not start with a name and an opening parenthesis. */
export function splitDistributionCall(text: string): DistributionCall | null {
  const trimmed = text.trim();
  const start = CALL_START.exec(trimmed);
  if (start === null) return null;
  const name = start[1] ?? '';
  const argumentTexts: string[] = [];
  let commaWithoutSpace = false;
  let depth = 1;
  let argumentStart = start[0].length;
  let index = argumentStart;
  for (; index < trimmed.length; index += 1) {
    const character = trimmed[index];
    if (character === '(') depth += 1;
    else if (character === ')') {
      depth -= 1;
      if (depth === 0) break;
    } else if (character === ',' && depth === 1) {
      if (/\s/.test(trimmed[index + 1] ?? '')) {
        argumentTexts.push(trimmed.slice(argumentStart, index).trim());
        argumentStart = index + 1;
      } else {
        commaWithoutSpace = true;
      }
    }
  }
  const closed = depth === 0;
  const last = trimmed.slice(argumentStart, index).trim();
  if (last !== '' || argumentTexts.length > 0) argumentTexts.push(last);
  return { name, argumentTexts, unit: closed ? trimmed.slice(index + 1).trim() : '', closed, commaWithoutSpace };
}
