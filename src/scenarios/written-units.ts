import { NUMBER_PATTERN } from './quantity-text.js';
import { LENGTH_UNITS } from './unit-math.js';

/**
 * The units a value's text names, as written, before anything is converted:
 * what a distribution's message needs to say that its values mix units
 * (`pert(1,100 mi, 1,250, 1,300 km)`) or carry a unit twice
 * (`pert(1,100, 1,250, 1,300 km) mi`).
 */

const NUMBERS = new RegExp(NUMBER_PATTERN, 'g');
const WORDS = /[A-Za-z_]+/g;
const LENGTH_UNIT_WORDS: ReadonlySet<string> = new Set(LENGTH_UNITS);

/** The words and signs of `text` once its numbers are taken out: `3 / km` -> ["km"], `25%` -> ["%"]. */
function unitMarks(text: string): string[] {
  const withoutNumbers = text.replace(NUMBERS, ' ');
  return [...(withoutNumbers.match(WORDS) ?? []), ...(withoutNumbers.includes('%') ? ['%'] : [])];
}

/** True when `text` names a unit of its own (`1,300 km`, `3 per km`, `25%`, `3x`), not just numbers. */
export function namesUnit(text: string): boolean {
  return unitMarks(text).length > 0;
}

/** The length units `texts` name, each once, in the order written: `["1,100 mi", "1,300 km"]` -> ["mi", "km"]. */
export function lengthUnitsNamed(texts: readonly string[]): string[] {
  const named = texts.flatMap(unitMarks).filter((word) => LENGTH_UNIT_WORDS.has(word));
  return [...new Set(named)];
}
