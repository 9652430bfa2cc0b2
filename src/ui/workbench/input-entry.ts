/**
 * Typing a scenario's own inputs on screen: the title, the description, a
 * sector's name, length or density, a contributor's name, pledge, departure
 * or tour, a
 * new sector or contributor (its name, then its length or pledge), and a new
 * capability (its name, what its need is per, then the need). What is
 * typed is read with the file's rules and messages (text-fields.ts,
 * input-assignment.ts) and becomes a `ScenarioEdit` of the core, the one the
 * CLI's `--set` makes; a value that would take a total past what forcecalc
 * counts exactly is refused, as everywhere.
 */
import {
  AIR_COVER,
  applyScenarioEdits,
  perText,
  sameCapability,
  type CapabilityPer, type Contributor, type FactorSettings, type Pledge, type Scenario, type ScenarioEdit, type Uncertain } from '../../core/index.js';
import { checkText, looseName, parseCapabilityNeed, parseQuantity, parseScheduleDay, parseTour, readInputQuantity, readInputValue, TEXT_FIELDS } from '../../scenarios/index.js';
import { parsePer } from '../../scenarios/read-capabilities.js';
import { departureRuleBroken } from '../../scenarios/read-schedule.js';
import { PROVIDED_UNITS } from '../../scenarios/read-provides.js';
import { quoteForMessage } from '../../text/sanitize.js';
import { EXPECTED_COUNTABLE, uncountableTotals } from '../../scenarios/countable-totals.js';
import { formatDistribution, formatInterval, formatQuantity } from '../../report/number-format.js';

/** The columns of the Sectors panel a planner can type into, in order. */
export const SECTOR_COLUMNS = ['name', 'length', 'density'] as const;
export type SectorColumn = (typeof SECTOR_COLUMNS)[number];
/** The columns of the Pledges panel a planner can type into, in order; then one per capability the contributor may provide. */
export const CONTRIBUTOR_COLUMNS = ['country', 'pledge', 'leaves', 'tour'] as const;
export type ContributorColumn = (typeof CONTRIBUTOR_COLUMNS)[number];

/** The capabilities a contributor can provide: air cover, then the scenario's, as it declares them. */
export function capabilityNames(scenario: Scenario): string[] {
  return [AIR_COVER, ...(scenario.capabilities ?? []).map((capability) => capability.name)];
}

/** How many columns of the Pledges panel can be typed into: country, pledge, departure, tour, and each capability. */
export function contributorColumnCount(scenario: Scenario): number {
  return CONTRIBUTOR_COLUMNS.length + capabilityNames(scenario).length;
}

/** The field of the Pledges panel's column `column` for contributor `contributor`. */
export function contributorField(scenario: Scenario, contributor: number, column: number): InputField {
  const named = CONTRIBUTOR_COLUMNS[column];
  if (named !== undefined) return { kind: 'contributor', contributor, column: named };
  const capability = capabilityNames(scenario)[column - CONTRIBUTOR_COLUMNS.length];
  if (capability === undefined) throw new RangeError(`no column ${column} in the Pledges panel of ${scenario.id}`);
  return { kind: 'provides', contributor, capability };
}

/** What is being typed. A new entry is typed in two steps: its name (null until given), then its length or pledge. */
export type InputField =
  | { readonly kind: 'title' }
  | { readonly kind: 'description' }
  | { readonly kind: 'sector'; readonly sector: number; readonly column: SectorColumn }
  | { readonly kind: 'newSector'; readonly name: string | null }
  | { readonly kind: 'contributor'; readonly contributor: number; readonly column: ContributorColumn }
  /** The units of a capability (as the scenario declares it) the contributor provides. */
  | { readonly kind: 'provides'; readonly contributor: number; readonly capability: string }
  | { readonly kind: 'newContributor'; readonly country: string | null }
  /** A capability declared in three steps: its name, then `per` (brigade, force, a length), then its need. */
  | { readonly kind: 'newCapability'; readonly name: string | null; readonly per: CapabilityPer | null };

/** Why a typed text was refused, as the scenario loader says it. */
export interface InputError {
  readonly expected: string;
  readonly received: string;
}

/** What Enter makes of the text: an edit of the scenario, the next step of a new entry, or why not. */
export type EntryOutcome =
  | { readonly kind: 'edit'; readonly edit: ScenarioEdit; readonly scenario: Scenario }
  | { readonly kind: 'next'; readonly field: InputField }
  | { readonly kind: 'refused'; readonly error: InputError };

const BRIGADES = /\bbrigades?\s*$/i;
const NONE = /^\s*none\s*$/i;

/** A pledge as typed: `5,000` or `5,000 troops`, `2 brigades`, a range or a distribution of either; `none` (capabilities only). */
function readPledge(text: string): { readonly ok: true; readonly pledge: Pledge } | { readonly ok: false; readonly error: InputError } {
  if (NONE.test(text)) return { ok: true, pledge: { kind: 'none' } };
  const brigades = BRIGADES.test(text);
  const read = readInputQuantity(brigades ? 'brigades' : 'troops', text);
  if (!read.ok) return { ok: false, error: { expected: `${read.expected} (or a number of brigades: 2 brigades; none: capabilities only)`, received: read.received } };
  return { ok: true, pledge: brigades ? { kind: 'brigades', brigades: read.value } : { kind: 'troops', troops: read.value } };
}

/** The file's text of a value, as an entry starts with it: a distribution as written, else the range. */
function valueText(value: Uncertain, kind: 'length' | 'density' | 'count' | 'number' | 'duration'): string {
  if (value.distribution !== undefined) return formatDistribution(value.distribution, kind);
  switch (kind) {
    case 'length':
      return `${formatQuantity(value)} km`;
    case 'density':
      return `${formatQuantity(value)} /km`;
    case 'count':
      return formatInterval(value, 'count');
    case 'number':
      return formatQuantity(value);
    case 'duration':
      return `${formatQuantity(value)} days`;
  }
}

/** The pledge as the planner would type it again. */
export function pledgeText(pledge: Pledge): string {
  switch (pledge.kind) {
    case 'troops':
      return valueText(pledge.troops, 'count');
    case 'brigades':
      return `${valueText(pledge.brigades, 'number')} brigades`;
    case 'none':
      return 'none';
  }
}

/** A contributor's value in `column` as the planner would type it again. */
function contributorText(contributor: Contributor, column: ContributorColumn): string {
  switch (column) {
    case 'country':
      return contributor.country;
    case 'pledge':
      return pledgeText(contributor.pledge);
    case 'leaves':
      return contributor.leaves === undefined ? 'none' : valueText(contributor.leaves, 'duration');
    case 'tour':
      return contributor.tour === undefined ? 'none' : valueText(contributor.tour, 'duration');
  }
}

/** What the entry line asks for a contributor's `column`; dates are offered where the scenario has a start. */
function contributorPrompt(country: string, column: ContributorColumn, dated: boolean): string {
  switch (column) {
    case 'country':
      return `Name of ${country}`;
    case 'pledge':
      return `Pledge of ${country} (troops, or 2 brigades)`;
    case 'leaves':
      return `Day ${country} leaves (days${dated ? ', a date' : ''}; none: it stays)`;
    case 'tour':
      return `Tour of ${country} (days each contingent serves, 6 months; none: one contingent)`;
  }
}

/**
 * The text an entry starts with: the value as it is, so that a small change
 * is a few keys (Ctrl-U clears it). A new entry starts empty.
 */
export function initialEntryText(field: InputField, scenario: Scenario): string {
  switch (field.kind) {
    case 'title':
      return scenario.title;
    case 'description':
      return scenario.description.replace(/\s+/g, ' ').trim();
    case 'sector': {
      const sector = scenario.sectors[field.sector];
      if (sector === undefined) return '';
      if (field.column === 'name') return sector.name;
      if (field.column === 'length') return valueText(sector.lengthKm, 'length');
      return sector.density === undefined ? 'none' : valueText(sector.density, 'density');
    }
    case 'contributor': {
      const contributor = scenario.coalition?.[field.contributor];
      if (contributor === undefined) return '';
      return contributorText(contributor, field.column);
    }
    case 'provides': {
      const units = scenario.coalition?.[field.contributor]?.provides?.find((pledge) => sameCapability(pledge.capability, field.capability))?.units;
      return units === undefined ? 'none' : valueText(units, 'count');
    }
    case 'newSector':
    case 'newContributor':
    case 'newCapability':
      return '';
  }
}

/** What the entry line asks for. */
export function entryPrompt(field: InputField, scenario: Scenario): string {
  const sectorName = (index: number) => scenario.sectors[index]?.name ?? '';
  const country = (index: number) => scenario.coalition?.[index]?.country ?? '';
  switch (field.kind) {
    case 'title':
      return 'Title';
    case 'description':
      return 'Description';
    case 'sector':
      return field.column === 'name'
        ? `Name of sector ${sectorName(field.sector)}`
        : field.column === 'length'
          ? `Length of ${sectorName(field.sector)} (km, a range)`
          : `Density of ${sectorName(field.sector)} (/km; none: the scenario's)`;
    case 'newSector':
      return field.name === null ? 'New sector: its name' : `New sector ${field.name}: its length (km)`;
    case 'contributor':
      return contributorPrompt(country(field.contributor), field.column, scenario.start !== undefined);
    case 'provides':
      return `${field.capability} ${country(field.contributor)} provides (whole units; none)`;
    case 'newContributor':
      return field.country === null ? 'New contributor: its country' : `New contributor ${field.country}: its pledge (troops, or 2 brigades)`;
    case 'newCapability':
      if (field.name === null) return 'New capability: its name';
      if (field.per === null) return `New capability ${field.name}: needed per brigade, force or a length (100 km)`;
      return `New capability ${field.name}: units needed per ${perText(field.per)} (a value or range)`;
  }
}

/** A sector's length as typed, with the file's rules and messages. */
function readLength(text: string): { readonly value: Uncertain } | { readonly error: InputError } {
  const read = readInputQuantity('length', text);
  return read.ok ? { value: read.value } : { error: { expected: read.expected, received: read.received } };
}

/**
 * Why `name` cannot be given to an entry of `names` (the one at `self`, or a
 * new one): another entry has it, but for case and spaces, so that every
 * sector and contributor can be named (by `--set`, in a report) without doubt.
 */
function takenName(name: string, names: readonly string[], self: number | null, what: string): InputError | null {
  const taken = names.some((other, index) => index !== self && looseName(other) === looseName(name));
  return taken ? { expected: `a ${what} name not already used in the scenario`, received: quoteForMessage(name) } : null;
}

/** The edit the text makes of `field` in `scenario`, a next step, or why not; totals are not checked here. */
function readField(field: InputField, text: string, scenario: Scenario): { readonly edit: ScenarioEdit } | { readonly next: InputField } | { readonly error: InputError } {
  const sectorNames = scenario.sectors.map((sector) => sector.name);
  const countries = (scenario.coalition ?? []).map((contributor) => contributor.country);
  const named = (kind: keyof typeof TEXT_FIELDS, unique?: { names: readonly string[]; self: number | null; what: string }): { readonly text: string } | { readonly error: InputError } => {
    const checked = checkText(text, TEXT_FIELDS[kind]);
    if (!checked.ok) return { error: { expected: checked.expected, received: checked.received } };
    const taken = unique === undefined ? null : takenName(checked.text, unique.names, unique.self, unique.what);
    return taken === null ? { text: checked.text } : { error: taken };
  };
  switch (field.kind) {
    case 'title': {
      const title = named('title');
      return 'error' in title ? title : { edit: { kind: 'title', title: title.text } };
    }
    case 'description': {
      // The entry shows the description on one line: taken back unchanged, the file's paragraphs stay as they are.
      if (text.replace(/\s+/g, ' ').trim() === scenario.description.replace(/\s+/g, ' ').trim()) return { edit: { kind: 'description', description: scenario.description } };
      const description = named('description');
      return 'error' in description ? description : { edit: { kind: 'description', description: description.text } };
    }
    case 'sector': {
      if (field.column === 'name') {
        const name = named('sectorName', { names: sectorNames, self: field.sector, what: 'sector' });
        return 'error' in name ? name : { edit: { kind: 'renameSector', sector: field.sector, name: name.text } };
      }
      if (field.column === 'density') {
        const density = readInputValue('density', text);
        return density.ok ? { edit: { kind: 'sectorDensity', sector: field.sector, density: density.value } } : { error: { expected: density.expected, received: density.received } };
      }
      const length = readLength(text);
      return 'error' in length ? length : { edit: { kind: 'sectorLength', sector: field.sector, lengthKm: length.value } };
    }
    case 'newSector': {
      if (field.name === null) {
        const name = named('sectorName', { names: sectorNames, self: null, what: 'sector' });
        return 'error' in name ? name : { next: { kind: 'newSector', name: name.text } };
      }
      const length = readLength(text);
      return 'error' in length ? length : { edit: { kind: 'addSector', sector: { name: field.name, lengthKm: length.value } } };
    }
    case 'contributor': {
      if (field.column === 'country') {
        const name = named('country', { names: countries, self: field.contributor, what: 'country' });
        return 'error' in name ? name : { edit: { kind: 'renameContributor', contributor: field.contributor, country: name.text } };
      }
      return readContributorValue(field.column, text, scenario, field.contributor);
    }
    case 'provides': {
      if (NONE.test(text)) return { edit: { kind: 'provides', contributor: field.contributor, capability: field.capability, units: null } };
      const read = parseQuantity(text, PROVIDED_UNITS.kind, PROVIDED_UNITS.bounds, PROVIDED_UNITS.options);
      if (!read.ok) return { error: { expected: `${read.expected} (none: it provides none)`, received: read.received } };
      return { edit: { kind: 'provides', contributor: field.contributor, capability: field.capability, units: read.value } };
    }
    case 'newCapability':
      return readNewCapability(field, text, scenario);
    case 'newContributor': {
      if (field.country === null) {
        const name = named('country', { names: countries, self: null, what: 'country' });
        return 'error' in name ? name : { next: { kind: 'newContributor', country: name.text } };
      }
      const pledge = readPledge(text);
      return pledge.ok ? { edit: { kind: 'addContributor', contributor: { country: field.country, pledge: pledge.pledge } } } : { error: pledge.error };
    }
  }
}

/**
 * The next step of a new capability: a name no capability has (air cover
 * included, compared as the file compares them), then `per`, then the need,
 * which declares it (without a source: the planner's own figure).
 */
function readNewCapability(
  field: Extract<InputField, { kind: 'newCapability' }>,
  text: string,
  scenario: Scenario,
): { readonly edit: ScenarioEdit } | { readonly next: InputField } | { readonly error: InputError } {
  if (field.name === null) {
    const checked = checkText(text, TEXT_FIELDS.capabilityName);
    if (!checked.ok) return { error: { expected: checked.expected, received: checked.received } };
    const taken = capabilityNames(scenario).some((name) => sameCapability(name, checked.text));
    if (taken) return { error: { expected: `a capability name the scenario does not have (${AIR_COVER} is every scenario's)`, received: quoteForMessage(checked.text) } };
    return { next: { kind: 'newCapability', name: checked.text, per: null } };
  }
  if (field.per === null) {
    const per = parsePer(text);
    return per.ok ? { next: { kind: 'newCapability', name: field.name, per: per.per } } : { error: { expected: per.expected, received: per.received } };
  }
  const need = parseCapabilityNeed(text);
  if (!need.ok) return { error: { expected: need.expected, received: need.received } };
  return { edit: { kind: 'addCapability', capability: { name: field.name, per: field.per, need: need.value, source: null } } };
}

/**
 * A contributor's pledge, departure or tour as typed: `none` for a pledge of
 * capabilities only, a contributor that stays, or one contingent throughout;
 * a departure after every day of its arrival, as the file's rule says.
 */
function readContributorValue(
  column: Exclude<ContributorColumn, 'country'>,
  text: string,
  scenario: Scenario,
  contributor: number,
): { readonly edit: ScenarioEdit } | { readonly error: InputError } {
  switch (column) {
    case 'pledge': {
      const pledge = readPledge(text);
      return pledge.ok ? { edit: { kind: 'pledge', contributor, pledge: pledge.pledge } } : { error: pledge.error };
    }
    case 'leaves': {
      if (NONE.test(text)) return { edit: { kind: 'leaves', contributor, leaves: null } };
      const leaves = parseScheduleDay(text, scenario.start ?? null);
      if (!leaves.ok) return { error: { expected: `${leaves.expected} (none: it stays)`, received: leaves.received } };
      const broken = departureRuleBroken(scenario.coalition?.[contributor]?.arrives, leaves.value);
      return broken === null ? { edit: { kind: 'leaves', contributor, leaves: leaves.value } } : { error: { expected: broken, received: quoteForMessage(text.trim()) } };
    }
    case 'tour': {
      if (NONE.test(text)) return { edit: { kind: 'tour', contributor, tour: null } };
      const tour = parseTour(text);
      return tour.ok ? { edit: { kind: 'tour', contributor, tour: tour.value } } : { error: { expected: `${tour.expected} (none: one contingent throughout)`, received: tour.received } };
    }
  }
}

/**
 * What Enter on `text` makes of `field` in `scenario` (with the planner's
 * factors `overrides`): the edit and the scenario after it, the next step of
 * a new entry, or why not. Pure.
 */
export function submitEntry(field: InputField, text: string, scenario: Scenario, overrides: FactorSettings): EntryOutcome {
  const read = readField(field, text, scenario);
  if ('error' in read) return { kind: 'refused', error: read.error };
  if ('next' in read) return { kind: 'next', field: read.next };
  const edited = applyScenarioEdits(scenario, [read.edit]);
  const empty = emptyContributor(edited);
  if (empty !== null) return { kind: 'refused', error: { expected: 'troops, brigades or a capability it provides, as a file must give', received: `${empty} with none of them` } };
  const uncountable = uncountableTotals(edited, overrides);
  if (uncountable !== null) return { kind: 'refused', error: { expected: EXPECTED_COUNTABLE, received: uncountable } };
  return { kind: 'edit', edit: read.edit, scenario: edited };
}

/** The country of a contributor that would pledge nothing at all (no troops and no capability), which no file may hold; else null. */
function emptyContributor(scenario: Scenario): string | null {
  const empty = (scenario.coalition ?? []).find((contributor) => contributor.pledge.kind === 'none' && (contributor.provides ?? []).length === 0);
  return empty === undefined ? null : quoteForMessage(empty.country);
}

/** What removing an entry makes: the edit and the scenario after it, or why not (the last sector, which a scenario keeps, air cover, or nothing there). */
export type RemovalOutcome = { readonly kind: 'edit'; readonly edit: ScenarioEdit; readonly scenario: Scenario } | { readonly kind: 'refused'; readonly reason: string };

/**
 * Removing the sector, contributor or capability at `index` (a capability by
 * its index in the scenario's `capabilities`; -1 is air cover, which stays). Pure.
 */
export function removeEntry(list: 'sectors' | 'coalition' | 'capabilities', index: number, scenario: Scenario): RemovalOutcome {
  if (list === 'capabilities') return removeCapability(index, scenario);
  if (list === 'sectors') {
    if (scenario.sectors[index] === undefined) return { kind: 'refused', reason: 'No sector to remove.' };
    if (scenario.sectors.length === 1) return { kind: 'refused', reason: 'A scenario keeps at least one sector: add another first.' };
    const edit: ScenarioEdit = { kind: 'removeSector', sector: index };
    return { kind: 'edit', edit, scenario: applyScenarioEdits(scenario, [edit]) };
  }
  if (scenario.coalition?.[index] === undefined) return { kind: 'refused', reason: 'No contributor to remove.' };
  const edit: ScenarioEdit = { kind: 'withdraw', contributor: index };
  return { kind: 'edit', edit, scenario: applyScenarioEdits(scenario, [edit]) };
}

/** A capability removed, unless it is air cover or it leaves a contributor that provided only it pledging nothing. */
function removeCapability(index: number, scenario: Scenario): RemovalOutcome {
  if (index === -1) return { kind: 'refused', reason: `${AIR_COVER} is every scenario's: set its need to 0 in the factors (3) instead.` };
  const capability = scenario.capabilities?.[index];
  if (capability === undefined) return { kind: 'refused', reason: 'No capability to remove.' };
  const edit: ScenarioEdit = { kind: 'removeCapability', capability: index };
  const edited = applyScenarioEdits(scenario, [edit]);
  const empty = emptyContributor(edited);
  if (empty !== null) return { kind: 'refused', reason: `${empty} provides only ${quoteForMessage(capability.name)}: withdraw it or give it a pledge first.` };
  return { kind: 'edit', edit, scenario: edited };
}
