import { isDeepStrictEqual } from 'node:util';
import { Document, isScalar, parse, Scalar, visit } from 'yaml';
import {
  CAPABILITY_NEED_BOUNDS,
  CAPABILITY_PER_LENGTH_BOUNDS,
  CAPABILITY_UNITS_BOUNDS,
  DAY_BOUNDS,
  equals,
  FACTOR_NAMES,
  FACTORS,
  FIGURES,
  HORIZON_BOUNDS,
  isPoint,
  LENGTH_BOUNDS,
  PLEDGED_BRIGADES_BOUNDS,
  PLEDGED_TROOPS_BOUNDS,
  point,
  TOUR_BOUNDS,
  type Bounds,
  type Capability,
  type Contributor,
  type Distribution,
  COVERED_FROM_DAY,
  type Expectation,
  type FactorName,
  type FactorSettings,
  type FigureKind,
  type Interval,
  type QuantityKind,
  type Scenario,
  type Sector,
  type Uncertain,
} from '../core/index.js';
import { parseQuantity } from './quantity.js';
import { COVERED_NEVER } from './read-covered-from-day.js';
import { TORTUOSITY_BOUNDS } from './read-sector-length.js';
import { TEXT_FIELDS } from './text-fields.js';
import { ESCAPED_IN_FILE, escapeInDoubleQuotes } from './yaml-escape.js';

/** Longest `options.title` kept (the loader's limit for a title); longer ones are cut. */
export const MAX_TITLE_LENGTH = TEXT_FIELDS.title.maxLength;
/** Longest `options.note` kept, so that its source line stays within the loader's 2,000 characters. */
export const MAX_NOTE_LENGTH = 1_000;

/** Options of `serializeScenario`. */
export interface SerializeOptions {
  /** Replaces the scenario's title (trimmed; empty keeps the old one; cut at `MAX_TITLE_LENGTH`). */
  readonly title?: string;
  /** The planner's reason for the edit, kept in the file's sources (trimmed; cut at `MAX_NOTE_LENGTH`). */
  readonly note?: string;
}

/**
 * The scenario as YAML text in the format of docs/scenario-files.md, with
 * `overrides` applied to its factors; loading the text gives back an equal
 * scenario (its id comes from the file name, as always).
 *
 * - Quantities are strings with units (`1,200 km`, `3 / km`, `3,000..5,000`),
 *   each written with the fewest digits (at most 12 where they suffice) that
 *   the loader reads back as the very same number; where a unit would make the
 *   loader's conversion off by a rounding error, the plain number (km, per km)
 *   is written instead.
 * - Title, description, sources, start and horizon, sectors, capabilities,
 *   coalition (with each contributor's days) and expectations are kept.
 * - Factors the overrides change are named in a new source line with their new
 *   and old values and the planner's note; no date, so the same edit always
 *   gives the same text. A note without an edit gets a source line of its own.
 * - `expect:` is dropped when an override changes a factor (a YAML comment says
 *   so): it stated what the file's own factors yield.
 *
 * All text goes into YAML as `yaml` library nodes, never by string
 * concatenation, so names with quotes, `: `, `#`, line breaks or escape
 * characters read back unchanged.
 */
export function serializeScenario(scenario: Scenario, overrides: FactorSettings, options: SerializeOptions = {}): string {
  const edited = editedFactors(scenario, overrides);
  const factors = { ...definedFactors(scenario.factors), ...definedFactors(overrides) };
  const keepExpectations = edited.length === 0;
  const title = clip(options.title ?? '', MAX_TITLE_LENGTH);
  const note = clip(options.note ?? '', MAX_NOTE_LENGTH);
  const sources = [...scenario.sources, ...editSources(scenario, edited, overrides, note)];

  const content: Record<string, unknown> = { title: title === '' ? scenario.title : title };
  // The loader reads an absent description or source list as empty, and refuses an empty text.
  if (scenario.description !== '') content.description = scenario.description;
  if (sources.length > 0) content.sources = sources;
  if (scenario.start !== undefined) content.start = scenario.start;
  if (scenario.horizonDays !== undefined) content.horizon = quantityValue(point(scenario.horizonDays), 'duration', HORIZON_BOUNDS);
  if (Object.keys(factors).length > 0) content.factors = factorsContent(factors);
  content.sectors = scenario.sectors.map(sectorContent);
  if (scenario.capabilities !== undefined && scenario.capabilities.length > 0) content.capabilities = scenario.capabilities.map(capabilityContent);
  // An empty coalition reads as none (null), so it is written as none.
  if (scenario.coalition !== null && scenario.coalition.length > 0) content.coalition = scenario.coalition.map(contributorContent);
  if (keepExpectations && scenario.expect.length > 0) content.expect = expectationsContent(scenario.expect);

  // Only fixed words and factor names go into comments: a line break in user text would end the comment.
  const comment =
    keepExpectations || scenario.expect.length === 0
      ? null
      : ` expect: removed because ${edited.join(', ')} ${edited.length === 1 ? 'was' : 'were'} edited in forcecalc;` +
        "\n the expectations stated what the file's own factors yield.";
  const readable = render(content, comment, 'readable');
  if (readsBackAs(readable, content)) return readable;
  const escaped = render(content, comment, 'escaped');
  // JSON-style quoting reads back for any string; a file that did not would be a bug here, not bad input.
  if (!readsBackAs(escaped, content)) throw new Error('the scenario does not serialise to YAML that reads back the same');
  return escaped;
}

/**
 * The YAML text of `content`. `readable` lets the `yaml` library pick each
 * string's style (plain, quoted, a `|` block) but for strings holding a
 * character a file never holds raw (yaml-escape.ts), which go in double
 * quotes; `escaped` writes every string holding such a character or a line
 * break as a JSON-style double-quoted string, which has no whitespace
 * subtleties: yaml 2.9.1 loses a line of spaces in a `|+` block or a folded
 * double-quoted string. In both, those characters are then written as
 * escapes: the library's double quotes leave C1 controls, bidi controls and
 * the line and paragraph separators raw, as JSON does.
 */
function render(content: Record<string, unknown>, comment: string | null, style: 'readable' | 'escaped'): string {
  const document = new Document(content);
  document.comment = comment;
  const mustQuote = (text: string): boolean => ESCAPED_IN_FILE.test(text) || (style === 'escaped' && /[\t\n]/.test(text));
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && mustQuote(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    // A drawn path's points, `[30.5, 50.1]`, one to a line.
    Seq(_key, node) {
      if (node.items.length > 0 && node.items.every((item) => isScalar(item) && typeof item.value === 'number')) node.flow = true;
    },
  });
  // lineWidth 0: no folding, each value on one line.
  return escapeInDoubleQuotes(document.toString({ lineWidth: 0, doubleQuotedAsJSON: style === 'escaped' }));
}

/** Whether `text` holds no character a file never holds raw (the line feed and the tab may stand raw) and parses back to `content`. */
function readsBackAs(text: string, content: Record<string, unknown>): boolean {
  if (ESCAPED_IN_FILE.test(text)) return false;
  try {
    return isDeepStrictEqual(parse(text), content);
  } catch {
    return false;
  }
}

/** Factors an override sets to a value other than the one the scenario had (its own, or else the preset's). */
export function editedFactors(scenario: Scenario, overrides: FactorSettings): FactorName[] {
  return FACTOR_NAMES.filter((name) => {
    const override = overrides[name];
    return override !== undefined && !sameValue(override, scenario.factors[name] ?? FACTORS[name].defaultValue);
  });
}

/** The same interval and the same distribution (a plain range and `uniform(a, b)` differ as written). */
function sameValue(a: Uncertain, b: Uncertain): boolean {
  return equals(a, b) && isDeepStrictEqual(a.distribution, b.distribution);
}

/** Text trimmed, as the loader trims it, and cut with an ellipsis past `maxLength`. */
function clip(text: string, maxLength: number): string {
  const trimmed = text.trim();
  return trimmed.length > maxLength ? `${trimmed.slice(0, maxLength - 1).trimEnd()}…` : trimmed;
}

function definedFactors(settings: FactorSettings): FactorSettings {
  const defined: FactorSettings = {};
  for (const name of FACTOR_NAMES) {
    const value = settings[name];
    if (value !== undefined) defined[name] = value;
  }
  return defined;
}

function editSources(scenario: Scenario, edited: readonly FactorName[], overrides: FactorSettings, note: string): string[] {
  if (edited.length === 0) return note === '' ? [] : [`Note in forcecalc: ${note}`];
  const changes = edited.map((name) => {
    const before = scenario.factors[name];
    const was = before === undefined ? `the preset's ${factorText(name, FACTORS[name].defaultValue)}` : factorText(name, before);
    return `${name} ${factorText(name, overrides[name] ?? FACTORS[name].defaultValue)} (was ${was})`;
  });
  return [`Edited in forcecalc: ${changes.join('; ')}${note === '' ? '' : `. Note: ${note}`}`];
}

function factorText(name: FactorName, value: Interval): string {
  const { kind, bounds } = FACTORS[name];
  return String(quantityValue(value, kind, bounds));
}

function factorsContent(factors: FactorSettings): Record<string, string | number> {
  const content: Record<string, string | number> = {};
  for (const name of FACTOR_NAMES) {
    const value = factors[name];
    if (value !== undefined) content[name] = quantityValue(value, FACTORS[name].kind, FACTORS[name].bounds);
  }
  return content;
}

/**
 * A sector as written: its length, or the line it was drawn from (the GeoJSON
 * file as the scenario named it, or the inline path's points) and its
 * tortuosity, so that a saved scenario keeps its map.
 */
function sectorContent(sector: Sector): Record<string, unknown> {
  const content: Record<string, unknown> = { name: sector.name };
  const { geometry } = sector;
  const [line] = geometry?.lines ?? [];
  if (geometry?.file !== undefined) content.geojson = geometry.file;
  else if (geometry !== undefined && line !== undefined && geometry.lines.length === 1) content.path = line.map(([longitude, latitude]) => [longitude, latitude]);
  else content.length = quantityValue(sector.lengthKm, 'length', LENGTH_BOUNDS);
  // A length is written as planned (tortuosity included); a drawn line keeps its own tortuosity unless it is 1.
  if (geometry !== undefined && content.length === undefined && !(geometry.tortuosity.min === 1 && geometry.tortuosity.max === 1)) {
    content.tortuosity = quantityValue(geometry.tortuosity, 'multiplier', TORTUOSITY_BOUNDS);
  }
  if (sector.density !== undefined) content.density = quantityValue(sector.density, 'density', FACTORS.density.bounds);
  return content;
}

function capabilityContent(capability: Capability): Record<string, string | number> {
  const { per } = capability;
  const content: Record<string, string | number> = {
    name: capability.name,
    per: per.kind === 'length' ? quantityValue({ min: per.km, max: per.km }, 'length', CAPABILITY_PER_LENGTH_BOUNDS) : per.kind,
    need: quantityValue(capability.need, 'number', CAPABILITY_NEED_BOUNDS),
  };
  if (capability.source !== null) content.source = capability.source;
  return content;
}

function contributorContent(contributor: Contributor): Record<string, unknown> {
  const { pledge } = contributor;
  const content: Record<string, unknown> = { country: contributor.country };
  if (pledge.kind === 'troops') content.troops = quantityValue(pledge.troops, 'count', PLEDGED_TROOPS_BOUNDS);
  if (pledge.kind === 'brigades') content.brigades = quantityValue(pledge.brigades, 'number', PLEDGED_BRIGADES_BOUNDS);
  // A pledge of no troops is written as its capabilities, even none: the loader reads a contributor without troops from `provides`.
  if (pledge.kind === 'none' || (contributor.provides?.length ?? 0) > 0) {
    content.provides = Object.fromEntries(
      (contributor.provides ?? []).map((provided) => [provided.capability, quantityValue(provided.units, 'count', CAPABILITY_UNITS_BOUNDS)]),
    );
  }
  if (contributor.backstop === true) content.backstop = true;
  // Days after day 0, as the loader holds them (a date written in the file comes back as its day).
  if (contributor.arrives !== undefined) content.arrives = quantityValue(contributor.arrives, 'duration', DAY_BOUNDS);
  if (contributor.leaves !== undefined) content.leaves = quantityValue(contributor.leaves, 'duration', DAY_BOUNDS);
  if (contributor.tour !== undefined) content.tour = quantityValue(contributor.tour, 'duration', TOUR_BOUNDS);
  return content;
}

/** The kind a figure an expectation names is read as: a capability's figures count whole units. */
function expectationKind(expectation: Exclude<Expectation, { readonly figure: typeof COVERED_FROM_DAY }>): FigureKind {
  return expectation.capability === undefined ? FIGURES[expectation.figure].kind : 'count';
}

/** `expect:`, a capability's figures nested under `capabilities:` by its name. */
function expectationsContent(expectations: readonly Expectation[]): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  // Names are the file's text ("__proto__" is a name like any other): gathered in Maps, turned into own properties.
  const capabilities = new Map<string, [string, string | number][]>();
  for (const expectation of expectations) {
    const text = expectationText(expectation);
    if (expectation.capability === undefined) {
      content[expectation.figure] = text;
    } else {
      const figures = capabilities.get(expectation.capability) ?? [];
      figures.push([expectation.figure, text]);
      capabilities.set(expectation.capability, figures);
    }
  }
  if (capabilities.size > 0) {
    content.capabilities = Object.fromEntries([...capabilities].map(([name, figures]) => [name, Object.fromEntries(figures)]));
  }
  return content;
}

/** The value an expectation states, written with the decimals it was written with where the loader reads them back. */
function expectationText(expectation: Expectation): string | number {
  if (expectation.figure === COVERED_FROM_DAY) return coveredFromDayText(expectation.expected);
  const { expected, decimals } = expectation;
  const kind = expectationKind(expectation);
  const bounds: Bounds = { min: 0, minExclusive: false, max: 1e12, whole: kind === 'count' };
  const read = (text: string) => parseQuantity(text, kind, bounds, { acceptThreeDecimals: true });
  const sameValue = (text: string, bound: number): boolean => {
    const result = read(text);
    return result.ok && result.value.min === bound;
  };
  const sameValueAndDecimals = (text: string, bound: number, boundDecimals: number): boolean => {
    const result = read(text);
    return result.ok && result.value.min === bound && result.decimals.min === boundDecimals;
  };
  // The value and its decimals as written; else the value (with more decimals, a stricter match).
  const text =
    quantityText(expected, UNIT_OF_KIND[kind], sameValueAndDecimals, decimals) ?? quantityText(expected, UNIT_OF_KIND[kind], sameValue, decimals);
  return asYamlValue(text ?? plainRange(expected), expected);
}

/** `coveredFromDay` as `expect:` reads it (read-expectations.ts): days, `never` for a day that is not; `45..never`. */
function coveredFromDayText(expected: Interval): string | number {
  const bound = (day: number): string => (Number.isFinite(day) ? String(day) : COVERED_NEVER);
  if (isPoint(expected) && Number.isFinite(expected.min)) return expected.min;
  return isPoint(expected) ? bound(expected.min) : `${bound(expected.min)}..${bound(expected.max)}`;
}

/** The unit a kind is written with; a plain number means the same (km, per km). */
const UNIT_OF_KIND: Readonly<Record<QuantityKind, string>> = {
  length: ' km',
  density: ' / km',
  count: '',
  number: '',
  share: '',
  multiplier: '',
  duration: ' days',
};

/**
 * A quantity as the file holds it: the most readable text the loader reads
 * back as exactly `value`; a YAML number where that is a plain number
 * (`rotation: 3`, as people write it).
 */
function quantityValue(value: Uncertain, kind: QuantityKind, bounds: Bounds): string | number {
  if (value.distribution !== undefined) return distributionText(value.distribution, kind, bounds);
  const readsBack = (text: string, bound: number): boolean => {
    const result = parseQuantity(text, kind, bounds);
    return result.ok && result.value.min === bound;
  };
  return asYamlValue(quantityText(value, UNIT_OF_KIND[kind], readsBack) ?? plainRange(value), value);
}

/** The arguments of a distribution, in the order it is written with. */
function distributionArguments(distribution: Distribution): number[] {
  switch (distribution.kind) {
    case 'uniform':
      return [distribution.low, distribution.high];
    case 'triangular':
    case 'pert':
      return [distribution.low, distribution.mode, distribution.high];
    case 'normal':
      return [distribution.mean, distribution.sd];
  }
}

/**
 * A distribution as the file writes it, read back as the very same one:
 * `pert(1,100, 1,250, 1,300 km)`, `normal(3, 0.5) / km`, `pert(3,000, 4,000,
 * 5,000)`; with plain numbers (km, per km) where a unit would not read back.
 */
function distributionText(distribution: Distribution, kind: QuantityKind, bounds: Bounds): string {
  const anyNumber: Bounds = { min: -Infinity, minExclusive: false, max: Infinity, whole: false };
  const readsBack = (text: string, value: number): boolean => {
    const read = parseQuantity(text, kind, anyNumber, { distributions: false });
    return read.ok && read.value.min === value;
  };
  const values = distributionArguments(distribution);
  for (const unit of UNIT_OF_KIND[kind] === '' ? [''] : [UNIT_OF_KIND[kind], '']) {
    const texts = values.map((value) => numberCandidates(value).find((text) => readsBack(`${text}${unit}`, value)) ?? formatNumber(value));
    // A length's unit follows the last argument, as in a range; a density's follows the parenthesis, `/ km` reading as per km of all.
    const text =
      kind === 'density' && unit !== ''
        ? `${distribution.kind}(${texts.join(', ')})${unit}`
        : `${distribution.kind}(${texts.join(', ')}${unit})`;
    const read = parseQuantity(text, kind, bounds);
    if (read.ok && isDeepStrictEqual(read.value.distribution, distribution)) return text;
  }
  return `${distribution.kind}(${values.map((value) => formatNumber(value)).join(', ')})`;
}

function asYamlValue(text: string, value: Interval): string | number {
  return isPoint(value) && text === String(value.min) ? value.min : text;
}

/**
 * The text of a range (`a..b unit`, or `a unit` for a single value) whose
 * bounds each pass `accepts` as the loader reads them: with the unit if both
 * can, else as plain numbers; null if no candidate passes. The loader applies
 * a unit after the upper bound to both, so each bound is checked on its own.
 */
function quantityText(
  value: Interval,
  unit: string,
  accepts: (text: string, bound: number, decimals: number) => boolean,
  decimals?: { readonly min: number; readonly max: number },
): string | null {
  for (const suffix of unit === '' ? [''] : [unit, '']) {
    const boundText = (bound: number, boundDecimals: number | undefined): string | undefined =>
      numberCandidates(bound, boundDecimals).find((text) => accepts(`${text}${suffix}`, bound, boundDecimals ?? 0));
    const min = boundText(value.min, decimals?.min);
    const max = boundText(value.max, decimals?.max);
    if (min !== undefined && max !== undefined) return `${min === max ? min : `${min}..${max}`}${suffix}`;
  }
  return null;
}

/** The shortest exact texts of a range, for what no candidate could write (values out of the loader's bounds). */
function plainRange(value: Interval): string {
  return isPoint(value) ? formatNumber(value.min) : `${formatNumber(value.min)}..${formatNumber(value.max)}`;
}

/** `207.008`, which the loader refuses as ambiguous (it could mean 207,008) outside `expect:`. */
const AMBIGUOUS_THREE_DECIMALS = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * Ways to write a number, most readable first: to `decimals` places (an
 * expectation's own), to 12 significant digits (the loader's conversion of
 * `690 / km` is off in the last bit, and reading the same text again repeats
 * it), then the shortest text that is exactly the number; each with a fourth
 * decimal after it where three would be ambiguous (`207.0080`).
 */
function numberCandidates(value: number, decimals?: number): string[] {
  const minDecimals = decimals ?? 0;
  const texts: string[] = [];
  if (decimals !== undefined && decimals <= 100) texts.push(formatNumber(Number(value.toFixed(decimals)), decimals));
  texts.push(formatNumber(Number(value.toPrecision(12)), minDecimals), formatNumber(value, minDecimals));
  const candidates = texts.flatMap((text) => (AMBIGUOUS_THREE_DECIMALS.test(text) ? [text, `${text}0`] : [text]));
  return [...new Set(candidates)];
}

/**
 * A number as a scenario file writes it: thousands separated by commas, no
 * exponent, the shortest digits that are exactly the number, padded with
 * zeros to `minDecimals`.
 */
function formatNumber(value: number, minDecimals = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} in a scenario file`);
  const sign = value < 0 ? '-' : '';
  const [integerPart, fractionPart] = plainDecimal(Math.abs(value));
  const fraction = fractionPart.padEnd(minDecimals, '0');
  const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${grouped}${fraction === '' ? '' : `.${fraction}`}`;
}

/**
 * The integer and fraction digits of the shortest text that reads back as the
 * same double (`String` gives it, with an exponent below 1e-6 and from 1e21
 * up, which this spells out).
 */
function plainDecimal(value: number): [string, string] {
  const shortest = String(value);
  const exponential = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (exponential === null) {
    const [integerPart = '0', fractionPart = ''] = shortest.split('.');
    return [integerPart, fractionPart];
  }
  const digits = `${exponential[1] ?? ''}${exponential[2] ?? ''}`;
  const pointAt = 1 + Number(exponential[3]);
  if (pointAt <= 0) return ['0', `${'0'.repeat(-pointAt)}${digits}`];
  if (pointAt >= digits.length) return [`${digits}${'0'.repeat(pointAt - digits.length)}`, ''];
  return [digits.slice(0, pointAt), digits.slice(pointAt)];
}
