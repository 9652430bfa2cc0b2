import { isAlias, isMap, isScalar, isSeq, type ParsedNode, type YAMLSeq } from 'yaml';
import { validatePath, type Line } from '../geo/index.js';
import { moreProblems, NO_MORE_PROBLEMS } from './geometry-problems.js';
import { describeNode, offsetOf, report, type NodeReader } from './yaml-nodes.js';

/**
 * A sector's inline `path:`, a YAML list of `[longitude, latitude]` points in
 * WGS84 degrees, checked by the geometry code (validatePath) with each
 * problem placed at the YAML node it concerns: `sectors[0].path[3][1]` at the
 * latitude of the fourth point.
 */

/** Stands for a subtree that holds an alias: already reported with the document, not read again. */
const ALIASED = Symbol('aliased');

/** The node as a plain value (lists as arrays, scalars as YAML read them); a mapping is an empty object. */
function plainValue(node: ParsedNode | null): unknown {
  if (node === null) return null;
  if (isAlias(node)) return ALIASED;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    const items = (node as YAMLSeq.Parsed).items.map(plainValue);
    return items.includes(ALIASED) ? ALIASED : items;
  }
  if (isMap(node)) return {};
  return null;
}

/** The node at an index path such as `[3][1]` under `root`, or null where there is none. */
function nodeAt(root: ParsedNode | null, indexPath: string): ParsedNode | null {
  let node = root;
  for (const [, index] of indexPath.matchAll(/\[(\d+)\]/g)) {
    if (node === null || !isSeq(node)) return null;
    node = (node as YAMLSeq.Parsed).items[Number(index)] ?? null;
  }
  return node;
}

/** What the whole `path:` value is, as a YAML reader calls it. */
function describeWhole(reader: NodeReader, node: ParsedNode | null): string {
  if (node !== null && isSeq(node)) {
    const count = (node as YAMLSeq.Parsed).items.length;
    return `a list of ${count} ${count === 1 ? 'point' : 'points'}`;
  }
  return describeNode(reader, node);
}

/**
 * Reads an inline path; null after a problem. `at` places a problem when
 * there is no node at all.
 */
export function readPathNode(reader: NodeReader, node: ParsedNode | null, path: string, at: number): Line | null {
  const value = plainValue(node);
  if (value === ALIASED) return null;
  const result = validatePath(value);
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    const target = nodeAt(node, problem.path) ?? node;
    const received = problem.path === '' ? describeWhole(reader, node) : problem.received;
    report(reader, target === null ? at : offsetOf(target), `${path}${problem.path}`, problem.expected, received);
  }
  if (result.unlistedProblems > 0) {
    report(reader, node === null ? at : offsetOf(node), path, NO_MORE_PROBLEMS, moreProblems(result.unlistedProblems));
  }
  return null;
}
