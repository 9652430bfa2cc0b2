import { CAPABILITY_NEED_BOUNDS, DAY_BOUNDS, FACTOR_NAMES, FACTORS, isFactorName, TOUR_BOUNDS, type FactorName, type Uncertain } from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { closestName } from './closest-name.js';
import type { Problem } from './problem.js';
import { parseQuantity, type QuantityResult } from './quantity.js';
import { labelWords } from './quantity-text.js';

/**
 * A factor set by the planner: the CLI's `--set density=5/km`, the UI's typed
 * value. Read with the same rules and messages as a scenario file, so a
 * distribution (`density=pert(2, 3, 5) / km`) is one too.
 */
export type FactorAssignment = { ok: true; name: FactorName; value: Uncertain } | { ok: false; problem: Problem };

/** Where override problems say they come from. */
export const OVERRIDE_SOURCE = '--set';

/** Reads just a value for factor `name`, with that factor's kind, bounds and example. */
export function parseFactorValue(name: FactorName, text: string): QuantityResult {
  const { kind, bounds, example, unit } = FACTORS[name];
  return parseQuantity(text, kind, bounds, { example, labels: labelWords(unit) });
}

function problem(path: string, expected: string, received: string): FactorAssignment {
  return { ok: false, problem: { file: OVERRIDE_SOURCE, line: 0, column: 0, path, expected, received } };
}

/**
 * Reads `factor=value` (`density=5/km`, `brigadeSize=3,000..5,000`); spaces
 * around the name and the value are ignored. Problems have file `--set` and
 * line 0: `--set density: expected a density such as "3 / km", got "3 kg"`.
 */
export function parseFactorAssignment(text: string): FactorAssignment {
  const equals = text.indexOf('=');
  if (equals === -1) {
    return problem('', 'factor=value, such as density=5/km', quoteForMessage(text));
  }
  const name = text.slice(0, equals).trim();
  if (!isFactorName(name)) {
    const suggestion = closestName(name, FACTOR_NAMES);
    const expected = suggestion === null ? `a factor: one of ${FACTOR_NAMES.join(', ')}` : `a factor (did you mean ${suggestion}?)`;
    return problem('', expected, name === '' ? 'nothing' : quoteForMessage(name));
  }
  const result = parseFactorValue(name, text.slice(equals + 1));
  if (!result.ok) return problem(name, result.expected, result.received);
  return { ok: true, name, value: result.value };
}

/**
 * Reads a capability's need as the planner types it in the calculator: a
 * value, a range or a distribution of units, with the bounds and the
 * messages of a scenario file's `need:`.
 */
export function parseCapabilityNeed(text: string): QuantityResult {
  return parseQuantity(text, 'number', CAPABILITY_NEED_BOUNDS, { example: '1..2' });
}

/**
 * A day of a contributor's schedule typed in the UI (its arrival in the
 * Timeline panel, its departure in the Pledges panel), read as `arrives:` and
 * `leaves:` in a file are: days (`30`, `10..20 days`, `2 weeks`, a
 * distribution) or, where the scenario has a `start`, a date or a month
 * (`2026-07-01`, `2026-07`).
 */
export function parseScheduleDay(text: string, start: string | null): QuantityResult {
  return parseQuantity(text, 'duration', DAY_BOUNDS, { example: '30 days', dates: { start } });
}

/** A contributor's tour typed in the UI's Pledges panel, read as `tour:` in a file is: days of at least one (`180`, `6 months`, a range). */
export function parseTour(text: string): QuantityResult {
  return parseQuantity(text, 'duration', TOUR_BOUNDS, { example: '6 months' });
}
