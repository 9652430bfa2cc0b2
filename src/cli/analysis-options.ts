/**
 * The options of `sweep` (`--vary factor=from..to[:steps]`, `--vary
 * 'sector[NAME].length=from..to[:steps]'`) and `solve` (`--for`, `--troops`,
 * `--brigades`) read into core values, or the message of a usage error. Pure;
 * values read as in a scenario file, names as `--set` reads them.
 */
import { SOLVE_TARGETS, type SolveForce, type SolveTarget } from '../core/analysis/solve.js';
import {
  SWEEP_DEFAULT_STEPS,
  SWEEP_MAX_AXES,
  SWEEP_MAX_STEPS,
  SWEEP_MIN_STEPS,
  sweepAxisProblem,
  type AxisRange,
  type FactorAxis,
  type SweptInput,
} from '../core/analysis/sweep.js';
import { FACTOR_NAMES, isFactorName, PLEDGED_BRIGADES_BOUNDS, PLEDGED_TROOPS_BOUNDS, type FactorSettings } from '../core/factors.js';
import { quoteForMessage } from '../text/sanitize.js';
import { closestName } from '../scenarios/closest-name.js';
import { formatProblem, inputPath, parseFactorValue, parseQuantity, readInputTarget, readInputValue, type InputTarget } from '../scenarios/index.js';
import type { OptionResult } from './command-definition.js';

/** What `--vary` takes, for messages. */
export const VARY_SYNTAX = 'factor=from..to[:steps], such as density=3..30:10, or an input as --set names it, such as sector[NAME].length=100..400 km';

/** A `--vary` of a scenario's input, its range read; the name still to be found in the scenario (sweep-axes.ts). */
export interface InputVary extends AxisRange {
  readonly target: InputTarget & { readonly field: 'length' | 'density' | 'troops' | 'brigades' | 'need' };
  /** The target as typed, trimmed: the axis's CSV column and JSON key. */
  readonly name: string;
}

/** One `--vary`: a factor's axis, or an input's. */
export type VaryAxis = FactorAxis | InputVary;

/** The input a target varies, at `index` in its list. */
export function sweptInputOf(target: InputVary['target'], index: number): SweptInput {
  switch (target.field) {
    case 'length':
      return { kind: 'sectorLength', sector: index };
    case 'density':
      return { kind: 'sectorDensity', sector: index };
    case 'troops':
      return { kind: 'pledgedTroops', contributor: index };
    case 'brigades':
      return { kind: 'pledgedBrigades', contributor: index };
    case 'need':
      return { kind: 'capabilityNeed', capability: index };
  }
}

function failure<T>(option: string, expected: string, received: string): OptionResult<T> {
  return { ok: false, message: formatProblem({ file: option, line: 0, column: 0, path: '', expected, received }) };
}

/** The steps after the last `:`, or `defaultSteps`; null when they are not a whole number from 2 to 50. */
function readSteps(text: string | undefined, defaultSteps = SWEEP_DEFAULT_STEPS): number | null {
  if (text === undefined) return defaultSteps;
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const steps = Number(text);
  return steps >= SWEEP_MIN_STEPS && steps <= SWEEP_MAX_STEPS ? steps : null;
}

/** The range and steps of `rest` (`from..to[:steps]`), the steps after its last `:`. */
function splitSteps(rest: string): { rangeText: string; stepsText: string | undefined } {
  const colon = rest.lastIndexOf(':');
  return colon === -1 ? { rangeText: rest, stepsText: undefined } : { rangeText: rest.slice(0, colon), stepsText: rest.slice(colon + 1) };
}

/**
 * One `--vary` of a scenario's input (`sector[Hot spot].length=100..400 km:4`),
 * its target read by the reader of `--set`; null when `text` names no input.
 */
function parseInputVary(text: string, defaultSteps: number): OptionResult<InputVary> | null {
  const read = readInputTarget(text, '--vary');
  if (read === null) return null;
  if (!read.ok) return { ok: false, message: formatProblem(read.problem) };
  const { target, written, valueText } = read.value;
  const option = `--vary ${inputPath(target)}`;
  if (target.field === 'withdraw') return failure(option, 'a pledge to vary: .troops=from..to or .brigades=from..to', quoteForMessage(valueText.trim()));
  const { rangeText, stepsText } = splitSteps(valueText);
  const steps = readSteps(stepsText, defaultSteps);
  if (steps === null) return failure(option, `a whole number of steps from ${SWEEP_MIN_STEPS} to ${SWEEP_MAX_STEPS} after ":"`, quoteForMessage(stepsText ?? ''));
  const value = readInputValue(target.field, rangeText);
  if (!value.ok) return failure(option, value.expected, value.received);
  if (value.value === null || value.value.min === value.value.max) return failure(option, 'a range to sweep, from..to, such as 100..400', quoteForMessage(rangeText.trim()));
  // Not a withdrawal (refused above): a field with a value.
  const axis: InputVary = { target: target as InputVary['target'], name: written, from: value.value.min, to: value.value.max, steps };
  const problem = sweepAxisProblem({ input: sweptInputOf(axis.target, 0), name: written, from: axis.from, to: axis.to, steps });
  return problem === null ? { ok: true, value: axis } : failure(option, problem, quoteForMessage(valueText.trim()));
}

/**
 * One `--vary factor=from..to[:steps]`: `density=3..30:10`,
 * `brigadeSize=3,000..5,000` (5 steps); or of a scenario's input, named as
 * `--set` names it: `sector[Hot spot].length=100..400 km`,
 * `coalition[France].troops=0..5,000:6`, `capability[EW team].need=1..3`.
 * The range reads as `--set` reads it and must span more than one value;
 * without `:steps`, `defaultSteps` values (`--steps`, else 5).
 */
export function parseVaryOption(text: string, defaultSteps = SWEEP_DEFAULT_STEPS): OptionResult<VaryAxis> {
  const input = parseInputVary(text, defaultSteps);
  if (input !== null) return input;
  const equals = text.indexOf('=');
  if (equals === -1) return failure('--vary', VARY_SYNTAX, quoteForMessage(text));
  const name = text.slice(0, equals).trim();
  if (!isFactorName(name)) {
    const suggestion = closestName(name, FACTOR_NAMES);
    const expected = suggestion === null ? `a factor: one of ${FACTOR_NAMES.join(', ')}` : `a factor (did you mean ${suggestion}?)`;
    return failure('--vary', expected, name === '' ? 'nothing' : quoteForMessage(name));
  }
  const rest = text.slice(equals + 1);
  const { rangeText, stepsText } = splitSteps(rest);
  const steps = readSteps(stepsText, defaultSteps);
  if (steps === null) {
    return failure(`--vary ${name}`, `a whole number of steps from ${SWEEP_MIN_STEPS} to ${SWEEP_MAX_STEPS} after ":"`, quoteForMessage(stepsText ?? ''));
  }
  const value = parseFactorValue(name, rangeText);
  if (!value.ok) return failure(`--vary ${name}`, value.expected, value.received);
  const axis: FactorAxis = { factor: name, from: value.value.min, to: value.value.max, steps };
  if (axis.from === axis.to) return failure(`--vary ${name}`, 'a range to sweep, from..to, such as 3..30', quoteForMessage(rangeText));
  const problem = sweepAxisProblem(axis);
  return problem === null ? { ok: true, value: axis } : failure(`--vary ${name}`, problem, quoteForMessage(rest));
}

/**
 * Every `--vary` of a sweep: one or two, each factor once, none also given
 * with `--set` (which of the two would a cell use?). Inputs are checked the
 * same way once their names are found in the scenario (sweep-axes.ts).
 */
export function parseVaryOptions(texts: readonly string[], overrides: FactorSettings, stepsText: string | null = null): OptionResult<VaryAxis[]> {
  if (texts.length === 0) return { ok: false, message: `sweep needs --vary ${VARY_SYNTAX}` };
  const defaultSteps = stepsText === null ? SWEEP_DEFAULT_STEPS : readSteps(stepsText);
  if (defaultSteps === null) return failure('--steps', `a whole number from ${SWEEP_MIN_STEPS} to ${SWEEP_MAX_STEPS}`, quoteForMessage(stepsText ?? ''));
  if (texts.length > SWEEP_MAX_AXES) {
    return { ok: false, message: `sweep varies at most ${SWEEP_MAX_AXES} factors or inputs (rows and columns); got ${texts.length} --vary options` };
  }
  const axes: VaryAxis[] = [];
  for (const text of texts) {
    const axis = parseVaryOption(text, defaultSteps);
    if (!axis.ok) return axis;
    const read = axis.value;
    if (!('factor' in read)) {
      axes.push(read);
      continue;
    }
    if (axes.some((other) => 'factor' in other && other.factor === read.factor)) {
      return { ok: false, message: `--vary ${read.factor} is given twice; vary each factor once (two --vary make rows and columns)` };
    }
    if (overrides[read.factor] !== undefined) {
      return { ok: false, message: `${read.factor} is given with both --set and --vary; give it once` };
    }
    axes.push(read);
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
