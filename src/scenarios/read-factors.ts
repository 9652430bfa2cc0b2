import type { ParsedNode } from 'yaml';
import { FACTOR_NAMES, FACTORS, isFactorName, type FactorSettings } from '../core/index.js';
import { labelWords } from './quantity-text.js';
import { readQuantityNode } from './read-quantity-node.js';
import { childPath, isNothing, offsetOf, readMapping, type NodeReader } from './yaml-nodes.js';

/** `factors:` a mapping of the core's factor names to values; absent factors take the preset. */

/** Reads the factors (an absent or empty block is none); null after a problem. */
export function readFactors(reader: NodeReader, node: ParsedNode | null, path: string): FactorSettings | null {
  if (node === null || isNothing(node)) return {};
  const entries = readMapping(reader, node, path, FACTOR_NAMES, 'a mapping of factors such as density: 3 / km', offsetOf(node));
  if (entries === null) return null;
  const factors: FactorSettings = {};
  let failed = false;
  for (const [name, entry] of entries) {
    if (!isFactorName(name)) continue;
    const { kind, bounds, example, unit } = FACTORS[name];
    const options = { example, labels: labelWords(unit) };
    const read = readQuantityNode(reader, entry.value, childPath(path, name), { kind, bounds, options }, offsetOf(entry.key));
    if (read === null) failed = true;
    else factors[name] = read.value;
  }
  return failed ? null : factors;
}
