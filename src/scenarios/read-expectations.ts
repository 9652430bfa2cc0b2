import type { ParsedNode } from 'yaml';
import { COALITION_FIGURE_NAMES, FIGURE_NAMES, FIGURES, isFigureName, type Bounds, type Expectation, type FigureKind, type QuantityKind } from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { readQuantityNode } from './read-quantity-node.js';
import { childPath, isNothing, offsetOf, readMapping, report, type NodeReader } from './yaml-nodes.js';

/**
 * `expect:` figure names mapped to what the scenario must yield, with the
 * decimals each bound was written with (the core compares after rounding to
 * them). Values copied from forcecalc's output: `1,666.67`, `4.167`.
 */

const KIND_OF_FIGURE: Readonly<Record<FigureKind, QuantityKind>> = { count: 'count', length: 'length', density: 'density' };

/** Any non-negative figure; counts must be whole to ever match. */
function boundsFor(kind: FigureKind): Bounds {
  return { min: 0, minExclusive: false, max: 1e12, whole: kind === 'count' };
}

/** Reads the expectations (an absent or empty block is none); null after a problem. */
export function readExpectations(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  hasCoalition: boolean,
): Expectation[] | null {
  if (node === null || isNothing(node)) return [];
  const entries = readMapping(reader, node, path, FIGURE_NAMES, 'a mapping of figures such as brigades: 2..3', offsetOf(node));
  if (entries === null) return null;
  const expectations: Expectation[] = [];
  let failed = false;
  for (const [name, entry] of entries) {
    if (!isFigureName(name)) continue;
    if (!hasCoalition && (COALITION_FIGURE_NAMES as readonly string[]).includes(name)) {
      report(reader, offsetOf(entry.key), childPath(path, name), `a figure this scenario has (${name} needs a coalition)`, quoteForMessage(name));
      failed = true;
      continue;
    }
    const kind = KIND_OF_FIGURE[FIGURES[name].kind];
    const spec = { kind, bounds: boundsFor(FIGURES[name].kind), options: { acceptThreeDecimals: true, distributions: false } };
    const read = readQuantityNode(reader, entry.value, childPath(path, name), spec, offsetOf(entry.key));
    if (read === null) failed = true;
    else expectations.push({ figure: name, expected: read.value, decimals: read.decimals });
  }
  return failed ? null : expectations;
}
