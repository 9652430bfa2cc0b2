import { isAlias, isMap, isScalar, type ParsedNode, type YAMLMap } from 'yaml';
import { CAPABILITY_UNITS_BOUNDS, capabilityKey, capabilityList, type CapabilityPledge } from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { closestName } from './closest-name.js';
import { readQuantityNode } from './read-quantity-node.js';
import { childPath, describeNode, isNothing, offsetOf, report, scalarText, type NodeReader } from './yaml-nodes.js';

/**
 * A contributor's `provides:` a mapping of capability names to whole units
 * (`Air cover: 2`, `Air-defence battery: 1..2`). A name is matched to the
 * scenario's capabilities case-insensitively and kept as the scenario
 * declares it; a name the scenario does not have is a problem that offers
 * the closest one.
 */

const PROVIDES_SHAPE = 'a mapping of capability names to whole units, such as Air cover: 2';

/** How the units a contributor provides of a capability are read: whole units, as the file and the UI's editor read them. */
export const PROVIDED_UNITS = { kind: 'count', bounds: CAPABILITY_UNITS_BOUNDS, options: { example: '2' } } as const;

/** What an unknown capability name should have been. */
function expectedName(name: string, names: readonly string[]): string {
  const suggestion = closestName(name, names);
  if (suggestion !== null) return `a capability of the scenario (did you mean ${suggestion}?)`;
  return `a capability of the scenario: ${capabilityList(names)} (declare others under capabilities:)`;
}

/**
 * Reads `provides:`; null after a problem. `names` are the scenario's
 * capabilities, air cover first; null when they could not be read, so that
 * names are not checked against a list known to be incomplete.
 */
export function readProvides(reader: NodeReader, node: ParsedNode | null, path: string, at: number, names: readonly string[] | null): CapabilityPledge[] | null {
  if (node !== null && isAlias(node)) return null;
  if (isNothing(node)) return [];
  if (node === null || !isMap(node)) {
    report(reader, node === null ? at : offsetOf(node), path, PROVIDES_SHAPE, describeNode(reader, node));
    return null;
  }
  const declared = new Map((names ?? []).map((name) => [capabilityKey(name), name]));
  const seen = new Set<string>();
  const pledges: CapabilityPledge[] = [];
  let failed = false;
  for (const pair of (node as YAMLMap.Parsed).items) {
    const key = pair.key;
    const written = isScalar(key) ? scalarText(key)?.trim() ?? null : null;
    if (written === null || written === '') {
      report(reader, offsetOf(key), path, 'a capability name', describeNode(reader, key));
      failed = true;
      continue;
    }
    const name = names === null ? written : declared.get(capabilityKey(written));
    if (name === undefined) {
      report(reader, offsetOf(key), childPath(path, written), expectedName(written, names ?? []), quoteForMessage(written));
      failed = true;
      continue;
    }
    if (seen.has(capabilityKey(name))) {
      report(reader, offsetOf(key), childPath(path, written), `each capability once (names compare case-insensitively: this repeats ${name})`, quoteForMessage(written));
      failed = true;
      continue;
    }
    seen.add(capabilityKey(name));
    const units = readQuantityNode(
      reader,
      pair.value,
      childPath(path, written),
      PROVIDED_UNITS,
      offsetOf(key),
    );
    if (units === null) failed = true;
    else pledges.push({ capability: name, units: units.value });
  }
  return failed ? null : pledges;
}
