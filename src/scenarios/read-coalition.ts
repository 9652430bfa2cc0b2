import { isAlias, isScalar, isSeq, type ParsedNode, type YAMLSeq } from 'yaml';
import { AIR_COVER, PLEDGED_BRIGADES_BOUNDS, PLEDGED_TROOPS_BOUNDS, type Contributor, type Pledge } from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { readQuantityNode } from './read-quantity-node.js';
import { labelWords } from './quantity-text.js';
import type { DateReading } from './dates-as-days.js';
import { readProvides } from './read-provides.js';
import { readSchedule, SCHEDULE_KEYS } from './read-schedule.js';
import { readText } from './read-text.js';
import { TEXT_FIELDS } from './text-fields.js';
import { childPath, describeNode, isNothing, itemPath, offsetOf, readMapping, report, reportMissing, type NodeReader } from './yaml-nodes.js';

/**
 * `coalition:` a list of {country, troops | brigades, provides?, backstop?,
 * arrives?, leaves?, tour?}: what each contributor keeps on the ground, the
 * capabilities it provides, and when. A contributor may provide
 * capabilities and no troops.
 */

const CONTRIBUTOR_KEYS = ['country', 'troops', 'brigades', 'provides', 'backstop', ...SCHEDULE_KEYS] as const;

/** Reads `backstop:` true or false; null after a problem. */
function readBackstop(reader: NodeReader, node: ParsedNode | null, path: string, at: number): boolean | null {
  if (node !== null && isAlias(node)) return null;
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  report(reader, node === null ? at : offsetOf(node), path, 'true or false', describeNode(reader, node));
  return null;
}

function readContributor(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  at: number,
  capabilities: readonly string[] | null,
  dates: DateReading,
): Contributor | null {
  const entries = readMapping(reader, node, path, CONTRIBUTOR_KEYS, 'a contributor with country and troops, brigades or provides', at);
  if (entries === null || node === null) return null;
  const country = entries.get('country');
  const troops = entries.get('troops');
  const brigades = entries.get('brigades');
  const providesEntry = entries.get('provides');
  const backstopEntry = entries.get('backstop');
  const provides =
    providesEntry === undefined ? undefined : readProvides(reader, providesEntry.value, childPath(path, 'provides'), offsetOf(providesEntry.key), capabilities);
  const backstop =
    backstopEntry === undefined ? undefined : readBackstop(reader, backstopEntry.value, childPath(path, 'backstop'), offsetOf(backstopEntry.key));
  if (country === undefined) reportMissing(reader, node, childPath(path, 'country'), 'a country name');
  const countryName =
    country === undefined ? null : readText(reader, country.value, childPath(path, 'country'), TEXT_FIELDS.country.expected, TEXT_FIELDS.country.maxLength, offsetOf(country.key));

  let pledge: Pledge | null = null;
  if (troops !== undefined && brigades !== undefined) {
    // Placed at whichever of the two comes second.
    const [secondName, second] = offsetOf(troops.key) > offsetOf(brigades.key) ? ['troops', troops] : ['brigades', brigades];
    report(reader, offsetOf(second.key), childPath(path, secondName), 'troops or brigades, not both', quoteForMessage(secondName));
  } else if (troops !== undefined) {
    const read = readQuantityNode(
      reader,
      troops.value,
      childPath(path, 'troops'),
      { kind: 'count', bounds: PLEDGED_TROOPS_BOUNDS, options: { example: '5,000', labels: labelWords('troops') } },
      offsetOf(troops.key),
    );
    pledge = read === null ? null : { kind: 'troops', troops: read.value };
  } else if (brigades !== undefined) {
    const read = readQuantityNode(
      reader,
      brigades.value,
      childPath(path, 'brigades'),
      { kind: 'number', bounds: PLEDGED_BRIGADES_BOUNDS, options: { example: '1', labels: labelWords('brigades') } },
      offsetOf(brigades.key),
    );
    pledge = read === null ? null : { kind: 'brigades', brigades: read.value };
  } else if (providesEntry !== undefined) {
    // Capabilities and no troops: the contributor pledges 0 troops.
    pledge = { kind: 'none' };
  } else {
    reportMissing(reader, node, path, 'troops, brigades or provides');
  }
  const schedule = readSchedule(reader, entries, path, dates);
  if (countryName === null || pledge === null || provides === null || backstop === null || schedule === null) return null;
  return {
    country: countryName,
    pledge,
    ...(provides === undefined ? {} : { provides }),
    ...(backstop === undefined ? {} : { backstop }),
    ...schedule,
  };
}

/**
 * Reads the coalition; `null` when there is none (absent or empty), the
 * string 'invalid' after a problem. `capabilities` are the names `provides:`
 * may use, air cover first; null when the scenario's capabilities could not
 * be read (the names are then not checked).
 */
export function readCoalition(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  dates: DateReading,
  capabilities: readonly string[] | null = [AIR_COVER],
): Contributor[] | null | 'invalid' {
  if (node === null || isNothing(node)) return null;
  if (isAlias(node)) return 'invalid';
  if (!isSeq(node)) {
    report(reader, offsetOf(node), path, 'a list of contributors, each with country and troops, brigades or provides', describeNode(reader, node));
    return 'invalid';
  }
  const items = (node as YAMLSeq.Parsed).items;
  if (items.length === 0) return null;
  const contributors = items.map((item, index) => readContributor(reader, item, itemPath(path, index), offsetOf(node), capabilities, dates));
  return contributors.every((contributor): contributor is Contributor => contributor !== null) ? contributors : 'invalid';
}
