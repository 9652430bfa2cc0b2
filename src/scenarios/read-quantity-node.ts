import { isAlias, isMap, isScalar, isSeq, type ParsedNode, type YAMLSeq } from 'yaml';
import type { Bounds, Interval, QuantityKind } from '../core/index.js';
import { expectedKind } from './quantity-messages.js';
import { parseQuantity, parseQuantityPair, type QuantityOptions } from './quantity.js';
import { childPath, describeNode, isNothing, itemPath, offsetOf, readMapping, report, reportMissing, scalarText, type NodeReader } from './yaml-nodes.js';

/**
 * A quantity in a scenario file, in any of its three forms: a scalar
 * (`1,200 km`, `3,000..5,000`, `1200`), a list `[a, b]` or a mapping
 * `{min: a, max: b}`. Problems point at the offending element.
 */

/** A value read from a node, with the decimals each bound was written with. */
export interface QuantityRead {
  readonly value: Interval;
  readonly decimals: { readonly min: number; readonly max: number };
}

/** What describes a quantity node: its kind, bounds and wording. */
export interface QuantitySpec {
  readonly kind: QuantityKind;
  readonly bounds: Bounds;
  readonly options?: QuantityOptions;
}

function readPair(
  reader: NodeReader,
  path: string,
  spec: QuantitySpec,
  nodes: { readonly whole: ParsedNode; readonly min: ParsedNode | null; readonly max: ParsedNode | null },
  paths: { readonly min: string; readonly max: string },
  swapped: (min: string, max: string) => string,
): QuantityRead | null {
  const texts: string[] = [];
  for (const [node, nodePath] of [[nodes.min, paths.min], [nodes.max, paths.max]] as const) {
    if (node !== null && isAlias(node)) return null;
    const text = isScalar(node) ? scalarText(node) : null;
    if (text === null) {
      report(reader, node === null ? offsetOf(nodes.whole) : offsetOf(node), nodePath, expectedKind(spec.kind, spec.options), describeNode(reader, node));
      return null;
    }
    texts.push(text);
  }
  const [minText = '', maxText = ''] = texts;
  const pair = parseQuantityPair(minText, maxText, spec.kind, spec.bounds, spec.options, swapped(minText.trim(), maxText.trim()));
  if (pair.ok) return { value: pair.value, decimals: pair.decimals };
  const at = (pair.at === 'min' ? nodes.min : pair.at === 'max' ? nodes.max : nodes.whole) ?? nodes.whole;
  const atPath = pair.at === 'min' ? paths.min : pair.at === 'max' ? paths.max : path;
  report(reader, offsetOf(at), atPath, pair.expected, describeNode(reader, at));
  return null;
}

/**
 * Reads a quantity node; null after a problem. `at` places the problem when
 * there is no node at all.
 */
export function readQuantityNode(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  spec: QuantitySpec,
  at: number,
): QuantityRead | null {
  if (node !== null && isAlias(node)) return null;
  if (node === null || isNothing(node)) {
    report(reader, node === null ? at : offsetOf(node), path, expectedKind(spec.kind, spec.options), 'nothing');
    return null;
  }
  if (isScalar(node)) {
    const result = parseQuantity(scalarText(node) ?? '', spec.kind, spec.bounds, spec.options);
    if (result.ok) return { value: result.value, decimals: result.decimals };
    report(reader, offsetOf(node), path, result.expected, result.received);
    return null;
  }
  if (isSeq(node)) {
    const items = (node as YAMLSeq.Parsed).items;
    if (items.length !== 2) {
      const commas = items.length > 2 ? '; quote numbers that have commas, as in ["1,200", "1,300"]' : '';
      report(reader, offsetOf(node), path, `a range [min, max] with two values${commas}`, describeNode(reader, node));
      return null;
    }
    const [min = null, max = null] = items;
    const paths = { min: itemPath(path, 0), max: itemPath(path, 1) };
    return readPair(reader, path, spec, { whole: node, min, max }, paths, (low, high) => `[${high}, ${low}]`);
  }
  if (isMap(node)) {
    const entries = readMapping(reader, node, path, ['min', 'max'], 'a range {min, max}', offsetOf(node));
    if (entries === null) return null;
    const min = entries.get('min');
    const max = entries.get('max');
    if (min === undefined) reportMissing(reader, node, childPath(path, 'min'), 'the lower bound min');
    if (max === undefined) reportMissing(reader, node, childPath(path, 'max'), 'the upper bound max');
    if (min === undefined || max === undefined) return null;
    const paths = { min: childPath(path, 'min'), max: childPath(path, 'max') };
    return readPair(reader, path, spec, { whole: node, min: min.value, max: max.value }, paths, (low, high) => `{min: ${high}, max: ${low}}`);
  }
  report(reader, offsetOf(node), path, expectedKind(spec.kind, spec.options), describeNode(reader, node));
  return null;
}
