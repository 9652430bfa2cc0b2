/**
 * The description a scenario saved from the UI carries. A description the
 * planner typed is theirs and is kept as typed; otherwise the file's
 * description would state figures of the scenario before the edits (the
 * issue's "3 soldiers per km: 3,750 troops" about a file that now sets 5 /km),
 * so it is kept and marked edited, with what was changed, in the file's
 * words.
 */
import { capabilityKey, FACTOR_NAMES, FACTORS, perText, sameUncertain, type FactorSettings, type Scenario, type Uncertain } from '../../core/index.js';
import { formatFactor, formatInterval } from '../../report/number-format.js';
import { TEXT_FIELDS } from '../../scenarios/index.js';
import { pledgeText } from './input-entry.js';

const byName = <T,>(items: readonly T[], name: (item: T) => string): Map<string, T> => new Map(items.map((item) => [name(item), item]));

/**
 * Each entry of `after` with the entry of `before` of the same name (the
 * first not yet taken: a file may repeat a name), and the entries of
 * `before` none took: what was there, what was added, what went.
 */
function matchByName<T>(before: readonly T[], after: readonly T[], name: (item: T) => string): { readonly pairs: (readonly [T | undefined, T])[]; readonly gone: T[] } {
  const taken = new Set<number>();
  const pairs = after.map((item) => {
    const index = before.findIndex((other, at) => !taken.has(at) && name(other) === name(item));
    if (index !== -1) taken.add(index);
    return [index === -1 ? undefined : before[index], item] as const;
  });
  return { pairs, gone: before.filter((_, at) => !taken.has(at)) };
}
const differ = (a: Uncertain | undefined, b: Uncertain | undefined): boolean => (a === undefined || b === undefined ? a !== b : !sameUncertain(a, b));
const days = (value: Uncertain | undefined): string => (value === undefined ? 'day 0' : `day ${formatInterval(value, 'count')}`);

/** What the edits changed, a phrase each: "density 5 /km", "sector Port added, 100 km", "Poland withdrawn". */
export function changesMade(file: Scenario, edited: Scenario, overrides: FactorSettings): string[] {
  const changes: string[] = [];
  for (const name of FACTOR_NAMES) {
    const value = overrides[name];
    if (value !== undefined) changes.push(`${FACTORS[name].label.toLowerCase()} ${formatFactor(name, value)}`);
  }
  const sectors = matchByName(file.sectors, edited.sectors, (sector) => sector.name);
  for (const [before, sector] of sectors.pairs) {
    const { name } = sector;
    const length = formatInterval(sector.lengthKm, 'length');
    if (before === undefined) changes.push(`sector ${name} added, ${length} km`);
    else {
      if (differ(before.lengthKm, sector.lengthKm)) changes.push(`sector ${name} ${length} km`);
      if (differ(before.density, sector.density)) changes.push(`sector ${name} ${sector.density === undefined ? "at the scenario's density" : `${formatInterval(sector.density, 'density')} /km`}`);
    }
  }
  for (const sector of sectors.gone) changes.push(`sector ${sector.name} removed`);
  const coalition = matchByName(file.coalition ?? [], edited.coalition ?? [], (contributor) => contributor.country);
  for (const [before, contributor] of coalition.pairs) {
    const { country } = contributor;
    if (before === undefined || JSON.stringify(before.pledge) !== JSON.stringify(contributor.pledge)) changes.push(`${country} pledges ${pledgeText(contributor.pledge)}`);
    if (before !== undefined && differ(before.arrives, contributor.arrives)) changes.push(`${country} arrives ${days(contributor.arrives)}`);
    if (before !== undefined && differ(before.leaves, contributor.leaves)) changes.push(`${country} ${contributor.leaves === undefined ? 'stays' : `leaves ${days(contributor.leaves)}`}`);
    if (before !== undefined && differ(before.tour, contributor.tour)) {
      changes.push(`${country} ${contributor.tour === undefined ? 'serves without tours' : `serves tours of ${formatInterval(contributor.tour, 'count')} days`}`);
    }
    const provided = byName(before?.provides ?? [], (pledge) => capabilityKey(pledge.capability));
    for (const pledge of contributor.provides ?? []) {
      if (differ(provided.get(capabilityKey(pledge.capability))?.units, pledge.units)) changes.push(`${country} provides ${pledge.capability} ${formatInterval(pledge.units, 'count')}`);
    }
    const kept = new Set((contributor.provides ?? []).map((pledge) => capabilityKey(pledge.capability)));
    for (const pledge of before?.provides ?? []) if (!kept.has(capabilityKey(pledge.capability))) changes.push(`${country} provides no ${pledge.capability}`);
  }
  for (const contributor of coalition.gone) changes.push(`${contributor.country} withdrawn`);
  const fileCapabilities = byName(file.capabilities ?? [], (capability) => capabilityKey(capability.name));
  for (const capability of edited.capabilities ?? []) {
    const before = fileCapabilities.get(capabilityKey(capability.name));
    const need = formatInterval(capability.need, 'count');
    if (before === undefined) changes.push(`capability ${capability.name} added, ${need} per ${perText(capability.per)}`);
    else if (differ(before.need, capability.need)) changes.push(`${capability.name} need ${need}`);
  }
  const kept = new Set((edited.capabilities ?? []).map((capability) => capabilityKey(capability.name)));
  for (const capability of file.capabilities ?? []) if (!kept.has(capabilityKey(capability.name))) changes.push(`capability ${capability.name} removed`);
  return changes;
}

/**
 * The description to save: the planner's where they typed one; else the
 * file's, marked "Edited in forcecalc on <date> from <id>: <changes>."
 * `date` is YYYY-MM-DD.
 */
export function savedDescription(file: Scenario, edited: Scenario, overrides: FactorSettings, date: string): string {
  if (edited.description !== file.description) return edited.description;
  const changes = changesMade(file, edited, overrides);
  const mark = (what: string) =>
    `Edited in forcecalc on ${date} from ${file.id}: ${what}. Figures stated above are those of ${file.id} before the edits; forcecalc prints this scenario's.`;
  const marked = (what: string) => (file.description === '' ? mark(what) : `${file.description}\n\n${mark(what)}`);
  const { maxLength } = TEXT_FIELDS.description;
  const listed = marked(changes.length === 0 ? 'no value changed' : changes.join('; '));
  if ([...listed].length <= maxLength) return listed;
  // Too long for the file to load back: the changes counted, then the file's text cut to fit.
  const count = `${changes.length} ${changes.length === 1 ? 'value' : 'values'} changed`;
  const counted = marked(count);
  if ([...counted].length <= maxLength) return counted;
  const note = mark(count);
  // Cut by characters (code points), never inside one.
  const kept = [...file.description].slice(0, Math.max(0, maxLength - [...note].length - 3)).join('');
  return `${kept}…\n\n${note}`;
}
