import { isAlias, isSeq, type ParsedNode, type YAMLSeq } from 'yaml';
import { PLEDGED_BRIGADES_BOUNDS, PLEDGED_TROOPS_BOUNDS, type Contributor, type Pledge } from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { readQuantityNode } from './read-quantity-node.js';
import { labelWords } from './quantity-text.js';
import { readText } from './read-text.js';
import { childPath, describeNode, isNothing, itemPath, offsetOf, readMapping, report, reportMissing, type NodeReader } from './yaml-nodes.js';

/** `coalition:` a list of {country, troops | brigades}: what each contributor keeps on the ground. */

const CONTRIBUTOR_KEYS = ['country', 'troops', 'brigades'] as const;
const MAX_COUNTRY_LENGTH = 100;

function readContributor(reader: NodeReader, node: ParsedNode | null, path: string, at: number): Contributor | null {
  const entries = readMapping(reader, node, path, CONTRIBUTOR_KEYS, 'a contributor with country and troops or brigades', at);
  if (entries === null || node === null) return null;
  const country = entries.get('country');
  const troops = entries.get('troops');
  const brigades = entries.get('brigades');
  if (country === undefined) reportMissing(reader, node, childPath(path, 'country'), 'a country name');
  const countryName =
    country === undefined ? null : readText(reader, country.value, childPath(path, 'country'), 'a country name', MAX_COUNTRY_LENGTH, offsetOf(country.key));

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
  } else {
    reportMissing(reader, node, path, 'troops or brigades');
  }
  if (countryName === null || pledge === null) return null;
  return { country: countryName, pledge };
}

/**
 * Reads the coalition; `null` when there is none (absent or empty), the
 * string 'invalid' after a problem.
 */
export function readCoalition(reader: NodeReader, node: ParsedNode | null, path: string): Contributor[] | null | 'invalid' {
  if (node === null || isNothing(node)) return null;
  if (isAlias(node)) return 'invalid';
  if (!isSeq(node)) {
    report(reader, offsetOf(node), path, 'a list of contributors, each with country and troops or brigades', describeNode(reader, node));
    return 'invalid';
  }
  const items = (node as YAMLSeq.Parsed).items;
  if (items.length === 0) return null;
  const contributors = items.map((item, index) => readContributor(reader, item, itemPath(path, index), offsetOf(node)));
  return contributors.every((contributor): contributor is Contributor => contributor !== null) ? contributors : 'invalid';
}
