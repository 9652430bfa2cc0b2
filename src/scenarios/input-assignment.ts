/**
 * `--set` for a scenario's own inputs, beside the factors (overrides.ts):
 *
 *     sector[Zaporizhzhia hot spot].length=200 km
 *     sector[Line of contact].density=5/km       (none: the scenario's density)
 *     coalition[France].troops=8,000             (or .brigades=2)
 *     coalition[Poland]=none                     (Poland leaves the coalition)
 *     capability[EW team].need=2..3              (units per its `per`)
 *
 * A name is everything between `[` and the `]` that the field and `=` follow,
 * so names with spaces, commas, dots and brackets read as written; `#2` names
 * the second entry when no entry is called that. Reading is in two steps: the
 * text when the command line is read (a bad value is bad usage), the names
 * when the scenario is loaded (resolveInputAssignments). `--vary` reads its
 * target with the same reader (readInputTarget), its range its own way.
 */
import {
  AIR_COVER,
  CAPABILITY_NEED_BOUNDS,
  FACTORS,
  sameCapability,
  LENGTH_BOUNDS,
  PLEDGED_BRIGADES_BOUNDS,
  PLEDGED_TROOPS_BOUNDS,
  type Scenario,
  type ScenarioEdit,
  type Uncertain,
} from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { closestName } from './closest-name.js';
import { OVERRIDE_SOURCE, parseFactorAssignment, type FactorAssignment } from './overrides.js';
import type { Problem } from './problem.js';
import { parseQuantity, type QuantityResult } from './quantity.js';
import { labelWords } from './quantity-text.js';

/** The lists of a scenario an assignment can name an entry of, as the file spells them. */
export type InputList = 'sectors' | 'coalition' | 'capabilities';

/**
 * Which input of which named entry: a sector's length or density, a
 * contributor's pledge or the contributor itself (`=none`), a capability's need.
 */
export type InputTarget =
  | { readonly list: 'sectors'; readonly name: string; readonly field: 'length' | 'density' }
  | { readonly list: 'coalition'; readonly name: string; readonly field: 'troops' | 'brigades' | 'withdraw' }
  | { readonly list: 'capabilities'; readonly name: string; readonly field: 'need' };

/** A `--set` of a scenario's own input, its value read; the name still to be found in the scenario. */
export interface InputAssignment {
  readonly target: InputTarget;
  /** The value; null for `density=none` and a withdrawal. */
  readonly value: Uncertain | null;
  /** The `--set` as typed, trimmed: what a report says was changed. */
  readonly text: string;
}

/** One `--set`: a factor, or an input of a named sector or contributor. */
export type SettingResult =
  | { readonly ok: true; readonly setting: { readonly kind: 'factor'; readonly assignment: FactorAssignment & { ok: true } } }
  | { readonly ok: true; readonly setting: { readonly kind: 'input'; readonly assignment: InputAssignment } }
  | { readonly ok: false; readonly problem: Problem };

/** What an input `--set` looks like, for messages. */
export const INPUT_SYNTAX =
  'sector[name].length=value, sector[name].density=value, coalition[name].troops=value, coalition[name].brigades=value, coalition[name]=none or capability[name].need=value';

const LIST_PREFIX = /^\s*(sectors?|coalition|capability|capabilities)\s*\[/;
const AFTER_NAME = /^\]\s*(?:\.\s*([A-Za-z]+)\s*)?=/;
const NONE = /^\s*none\s*$/i;

function failure(path: string, expected: string, received: string): { readonly ok: false; readonly problem: Problem } {
  return { ok: false, problem: { file: OVERRIDE_SOURCE, line: 0, column: 0, path, expected, received } };
}

/** `sectors["Line of contact"].length`: the place in a message, the name quoted and escaped. */
export function inputPath(target: InputTarget): string {
  const entry = `${target.list}[${quoteForMessage(target.name, 40)}]`;
  return target.field === 'withdraw' ? entry : `${entry}.${target.field}`;
}

/** The inputs whose value is a quantity: a length, a density, a count of troops, a number of brigades, a capability's need. */
export type QuantityField = Exclude<InputTarget['field'], 'withdraw'>;

/** A quantity input as typed, with the file's rules and messages; `none` is not a quantity (readInputValue takes it where it means something). */
export function readInputQuantity(field: QuantityField, text: string): QuantityResult {
  switch (field) {
    case 'length':
      return parseQuantity(text, 'length', LENGTH_BOUNDS, { example: '120 km' });
    case 'density':
      return parseQuantity(text, 'density', FACTORS.density.bounds, { example: FACTORS.density.example });
    case 'troops':
      return parseQuantity(text, 'count', PLEDGED_TROOPS_BOUNDS, { example: '5,000', labels: labelWords('troops') });
    case 'brigades':
      return parseQuantity(text, 'number', PLEDGED_BRIGADES_BOUNDS, { example: '1', labels: labelWords('brigades') });
    case 'need':
      return parseQuantity(text, 'number', CAPABILITY_NEED_BOUNDS, { example: '1..2', labels: labelWords('units') });
  }
}

/**
 * The value of a sector's or contributor's input as typed after `=` (or in
 * the UI's editors): a quantity (readInputQuantity), or `none` where it means
 * something: a density (the scenario's), a contributor (it leaves).
 */
export function readInputValue(field: InputTarget['field'], text: string): QuantityResult | { ok: true; value: null } {
  if (field === 'withdraw') {
    return NONE.test(text) ? { ok: true, value: null } : { ok: false, expected: 'none (the contributor leaves), or .troops= or .brigades=', received: quoteForMessage(text.trim()) };
  }
  if (field === 'density' && NONE.test(text)) return { ok: true, value: null };
  return readInputQuantity(field, text);
}

/** The fields each list has, for a message. */
const FIELDS: Readonly<Record<InputList, string>> = {
  sectors: 'length or density',
  coalition: 'troops or brigades (or =none)',
  capabilities: 'need',
};

function targetOf(list: InputList, name: string, field: string | undefined): InputTarget | null {
  switch (list) {
    case 'sectors':
      return field === 'length' || field === 'density' ? { list, name, field } : null;
    case 'coalition':
      if (field === undefined) return { list, name, field: 'withdraw' };
      return field === 'troops' || field === 'brigades' ? { list, name, field } : null;
    case 'capabilities':
      return field === 'need' ? { list, name, field } : null;
  }
}

function listOf(word: string | undefined): InputList {
  if (word === 'coalition') return 'coalition';
  return word === 'capability' || word === 'capabilities' ? 'capabilities' : 'sectors';
}

/** The target of an input `--set` or `--vary`, what was written before its `=`, and the text after it. */
export interface ReadTarget {
  readonly target: InputTarget;
  /** `sector[Hot spot].length`, trimmed: the target as typed. */
  readonly written: string;
  readonly valueText: string;
}

/**
 * Reads the target of `sector[name].field=...` and the like (INPUT_SYNTAX),
 * leaving the value to the caller; null when `text` does not start with a
 * list and `[`. Problems have file `file` (`--set`, `--vary`).
 */
export function readInputTarget(text: string, file = OVERRIDE_SOURCE): { readonly ok: true; readonly value: ReadTarget } | { readonly ok: false; readonly problem: Problem } | null {
  const prefix = LIST_PREFIX.exec(text);
  if (prefix === null) return null;
  const list = listOf(prefix[1]);
  const placed = (path: string, expected: string, received: string) => ({ ok: false as const, problem: { ...failure(path, expected, received).problem, file } });
  const rest = text.slice(prefix[0].length);
  for (let close = rest.indexOf(']'); close !== -1; close = rest.indexOf(']', close + 1)) {
    const after = AFTER_NAME.exec(rest.slice(close));
    if (after === null) continue;
    const name = rest.slice(0, close).trim();
    if (name === '') return placed(list, `a name between [ and ]: ${INPUT_SYNTAX}`, 'nothing');
    const target = targetOf(list, name, after[1]);
    if (target === null) {
      return placed(`${list}[${quoteForMessage(name, 40)}]`, `a field: ${FIELDS[list]}`, after[1] === undefined ? 'nothing' : quoteForMessage(after[1]));
    }
    const valueStart = prefix[0].length + close + after[0].length;
    // The `=` ends the match: what was written is everything before it.
    return { ok: true, value: { target, written: text.slice(0, valueStart - 1).trim(), valueText: text.slice(valueStart) } };
  }
  return placed('', INPUT_SYNTAX, quoteForMessage(text));
}

/** Reads `sector[name].field=value` and the like (INPUT_SYNTAX); null when `text` does not start with a list and `[`. */
function parseInputAssignment(text: string): SettingResult | null {
  const read = readInputTarget(text);
  if (read === null || !read.ok) return read;
  const { target, valueText } = read.value;
  const value = readInputValue(target.field, valueText);
  if (!value.ok) return failure(inputPath(target), value.expected, value.received);
  return { ok: true, setting: { kind: 'input', assignment: { target, value: value.value, text: text.trim() } } };
}

/**
 * One `--set`: a factor (`density=5/km`) or a scenario's own input
 * (`sector[Line of contact].length=1,300 km`, INPUT_SYNTAX). Problems have
 * file `--set`, as parseFactorAssignment's.
 */
export function parseSetting(text: string): SettingResult {
  const input = parseInputAssignment(text);
  if (input !== null) return input;
  const factor = parseFactorAssignment(text);
  return factor.ok ? { ok: true, setting: { kind: 'factor', assignment: factor } } : factor;
}

/** What an entry of each list is called in a message. */
const ENTRY_WORD: Readonly<Record<InputList, string>> = { sectors: 'sector', coalition: 'contributor', capabilities: 'capability' };

/** Collapses runs of white space and ignores case: how a typed name matches a file's. */
export function looseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The index of the entry `name` means among `names`: the one so called, else the one so called but for case and spaces, else `#n`. */
function findEntry(names: readonly string[], target: InputTarget, file: string): number | Problem {
  const what = ENTRY_WORD[target.list];
  const place = (expected: string): Problem => ({
    file,
    line: 0,
    column: 0,
    path: inputPath(target),
    expected,
    received: quoteForMessage(target.name),
  });
  for (const same of [(name: string) => name === target.name, (name: string) => looseName(name) === looseName(target.name)]) {
    const matches = names.flatMap((name, index) => (same(name) ? [index] : []));
    if (matches.length === 1) return matches[0] ?? 0;
    if (matches.length > 1) {
      return place(`one ${what} of that name, not ${matches.length}: name it by position, ${matches.map((index) => `#${index + 1}`).join(' or ')}`);
    }
  }
  const position = /^#(\d+)$/.exec(target.name);
  if (position !== null) {
    const index = Number(position[1]) - 1;
    if (index >= 0 && index < names.length) return index;
    return place(names.length === 0 ? `a ${what}, and the scenario has none` : `a position from #1 to #${names.length}`);
  }
  if (target.list === 'capabilities' && sameCapability(target.name, AIR_COVER)) {
    return place(`a capability the scenario declares: ${AIR_COVER}'s need is the factor airCoverPerBrigade (--set airCoverPerBrigade=2)`);
  }
  if (names.length === 0) return place(`a ${what}, and the scenario has none`);
  const suggestion = closestName(target.name, names);
  return place(suggestion === null ? `a ${what} of the scenario: ${names.map((name) => quoteForMessage(name, 40)).join(', ')}` : `a ${what} of the scenario (did you mean ${quoteForMessage(suggestion, 40)}?)`);
}

function editOf(index: number, assignment: InputAssignment): ScenarioEdit {
  const { target, value } = assignment;
  switch (target.field) {
    case 'length':
      return { kind: 'sectorLength', sector: index, lengthKm: value ?? { min: 0, max: 0 } };
    case 'density':
      return { kind: 'sectorDensity', sector: index, density: value };
    case 'troops':
      return { kind: 'pledge', contributor: index, pledge: { kind: 'troops', troops: value ?? { min: 0, max: 0 } } };
    case 'brigades':
      return { kind: 'pledge', contributor: index, pledge: { kind: 'brigades', brigades: value ?? { min: 0, max: 0 } } };
    case 'withdraw':
      return { kind: 'withdraw', contributor: index };
    case 'need':
      return { kind: 'capabilityNeed', capability: index, need: value ?? { min: 0, max: 0 } };
  }
}

/** The names of the entries of `list` in `scenario`, in file order. */
function entryNames(scenario: Scenario, list: InputList): string[] {
  switch (list) {
    case 'sectors':
      return scenario.sectors.map((sector) => sector.name);
    case 'coalition':
      return (scenario.coalition ?? []).map((contributor) => contributor.country);
    case 'capabilities':
      return (scenario.capabilities ?? []).map((capability) => capability.name);
  }
}

/**
 * The index in its list of the entry `target` names in `scenario` (as
 * resolveInputAssignments finds it), or the problem, placed in `file`.
 */
export function resolveInputTarget(scenario: Scenario, target: InputTarget, file = OVERRIDE_SOURCE): number | Problem {
  return findEntry(entryNames(scenario, target.list), target, file);
}

/** The edits `assignments` make to `scenario` (core/scenario-edit.ts), or every name that names nothing in it. */
export function resolveInputAssignments(
  scenario: Scenario,
  assignments: readonly InputAssignment[],
): { readonly ok: true; readonly edits: ScenarioEdit[] } | { readonly ok: false; readonly problems: Problem[] } {
  const edits: ScenarioEdit[] = [];
  const problems: Problem[] = [];
  for (const assignment of assignments) {
    const found = resolveInputTarget(scenario, assignment.target);
    if (typeof found === 'number') edits.push(editOf(found, assignment));
    else problems.push(found);
  }
  return problems.length === 0 ? { ok: true, edits } : { ok: false, problems };
}
