/**
 * The options of `sweep` (`--vary factor=from..to[:steps]`) and `solve`
 * (`--for`, `--troops`, `--brigades`) read into core values, or the message
 * of a usage error. Pure; values read as in a scenario file.
 */
import { SOLVE_TARGETS, type SolveForce, type SolveTarget } from '../core/analysis/solve.js';
import { SWEEP_DEFAULT_STEPS, SWEEP_MAX_AXES, SWEEP_MAX_STEPS, SWEEP_MIN_STEPS, sweepAxisProblem, type SweepAxis } from '../core/analysis/sweep.js';
import { FACTOR_NAMES, isFactorName, PLEDGED_BRIGADES_BOUNDS, PLEDGED_TROOPS_BOUNDS, type FactorSettings } from '../core/factors.js';
import { quoteForMessage } from '../text/sanitize.js';
import { closestName } from '../scenarios/closest-name.js';
import { formatProblem, parseFactorValue, parseQuantity } from '../scenarios/index.js';
import type { OptionResult } from './command-definition.js';


/** What `--vary` takes, for messages. */
export const VARY_SYNTAX = 'factor=from..to[:steps], such as density=3..30:10';

function failure<T>(option: string, expected: string, received: string): OptionResult<T> {
  return { ok: false, message: formatProblem({ file: option, line: 0, column: 0, path: '', expected, received }) };
}

/** The steps after the last `:`, or the default; null when they are not a whole number from 2 to 50. */
function readSteps(text: string | undefined): number | null {
  if (text === undefined) return SWEEP_DEFAULT_STEPS;
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const steps = Number(text);
  return steps >= SWEEP_MIN_STEPS && steps <= SWEEP_MAX_STEPS ? steps : null;
}

/**
 * One `--vary factor=from..to[:steps]`: `density=3..30:10`,
 * `brigadeSize=3,000..5,000` (5 steps). The range reads as `--set` reads it
 * (`parseFactorValue`) and must span more than one value.
 */
export function parseVaryOption(text: string): OptionResult<SweepAxis> {
  const equals = text.indexOf('=');
  if (equals === -1) return failure('--vary', VARY_SYNTAX, quoteForMessage(text));
  const name = text.slice(0, equals).trim();
  if (!isFactorName(name)) {
    const suggestion = closestName(name, FACTOR_NAMES);
    const expected = suggestion === null ? `a factor: one of ${FACTOR_NAMES.join(', ')}` : `a factor (did you mean ${suggestion}?)`;
    return failure('--vary', expected, name === '' ? 'nothing' : quoteForMessage(name));
  }
  const rest = text.slice(equals + 1);
  const colon = rest.lastIndexOf(':');
  const rangeText = colon === -1 ? rest : rest.slice(0, colon);
  const stepsText = colon === -1 ? undefined : rest.slice(colon + 1);
  const steps = readSteps(stepsText);
  if (steps === null) {
    return failure(`--vary ${name}`, `a whole number of steps from ${SWEEP_MIN_STEPS} to ${SWEEP_MAX_STEPS} after ":"`, quoteForMessage(stepsText ?? ''));
  }
  const value = parseFactorValue(name, rangeText);
  if (!value.ok) return failure(`--vary ${name}`, value.expected, value.received);
  const axis: SweepAxis = { factor: name, from: value.value.min, to: value.value.max, steps };
  if (axis.from === axis.to) return failure(`--vary ${name}`, 'a range to sweep, from..to, such as 3..30', quoteForMessage(rangeText));
  const problem = sweepAxisProblem(axis);
  return problem === null ? { ok: true, value: axis } : failure(`--vary ${name}`, problem, quoteForMessage(rest));
}

/**
 * Every `--vary` of a sweep: one or two, each factor once, none also given
 * with `--set` (which of the two would a cell use?).
 */
export function parseVaryOptions(texts: readonly string[], overrides: FactorSettings): OptionResult<SweepAxis[]> {
  if (texts.length === 0) return { ok: false, message: `sweep needs --vary ${VARY_SYNTAX}` };
  if (texts.length > SWEEP_MAX_AXES) {
    return { ok: false, message: `sweep varies at most ${SWEEP_MAX_AXES} factors (rows and columns); got ${texts.length} --vary options` };
  }
  const axes: SweepAxis[] = [];
  for (const text of texts) {
    const axis = parseVaryOption(text);
    if (!axis.ok) return axis;
    if (axes.some((other) => other.factor === axis.value.factor)) {
      return { ok: false, message: `--vary ${axis.value.factor} is given twice; vary each factor once (two --vary make rows and columns)` };
    }
    if (overrides[axis.value.factor] !== undefined) {
      return { ok: false, message: `${axis.value.factor} is given with both --set and --vary; give it once` };
    }
    axes.push(axis.value);
  }
  return { ok: true, value: axes };
}

/** `--for coverage|density|brigades`, required. */
export function parseSolveTarget(text: string | null): OptionResult<SolveTarget> {
  const targets = `${SOLVE_TARGETS.slice(0, -1).join(', ')} or ${SOLVE_TARGETS.at(-1) ?? ''}`;
  if (text === null) return { ok: false, message: `solve needs --for ${targets}, e.g. --for coverage` };
  const target = SOLVE_TARGETS.find((candidate) => candidate === text);
  return target === undefined ? { ok: false, message: `--for must be ${targets}; got ${quoteForMessage(text)}` } : { ok: true, value: target };
}

/**
 * The force `solve` starts from: `--troops N` (a count or a range), `--brigades N`
 * (brigades of the scenario's size), or neither (the scenario's coalition).
 */
export function parseSolveForce(troops: string | null, brigades: string | null): OptionResult<SolveForce> {
  if (troops !== null && brigades !== null) return { ok: false, message: 'solve takes --troops or --brigades, not both' };
  if (troops !== null) {
    const read = parseQuantity(troops, 'count', PLEDGED_TROOPS_BOUNDS, { example: '20,000' });
    return read.ok ? { ok: true, value: { kind: 'troops', troops: read.value } } : failure('--troops', read.expected, read.received);
  }
  if (brigades !== null) {
    const read = parseQuantity(brigades, 'number', PLEDGED_BRIGADES_BOUNDS, { example: '4' });
    return read.ok ? { ok: true, value: { kind: 'brigades', brigades: read.value } } : failure('--brigades', read.expected, read.received);
  }
  return { ok: true, value: { kind: 'coalition' } };
}
