import { isAlias, isMap, isScalar, isSeq, type LineCounter, type ParsedNode, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { quoteForMessage, sanitizeText } from '../text/sanitize.js';
import { closestName } from './closest-name.js';
import type { Problem } from './problem.js';

/**
 * Reading parsed YAML nodes into fresh values, with every problem placed at
 * the node it concerns. Parsed objects are never spread or assigned: values
 * are copied field by field, and keys are looked up in Maps, so a
 * `__proto__:` key is just an unknown key.
 */
export interface NodeReader {
  /** The file as the user named it. */
  readonly file: string;
  /** The text the nodes were parsed from (BOM stripped), for quoting flow collections. */
  readonly text: string;
  readonly lineCounter: LineCounter;
  /** Problems found so far; readers append and keep going. */
  readonly problems: Problem[];
}

/** Records a problem at a text offset. */
export function report(reader: NodeReader, offset: number, path: string, expected: string, received: string): void {
  const { line, col } = reader.lineCounter.linePos(offset);
  reader.problems.push({ file: reader.file, line, column: col, path, expected, received });
}

/** Where a node starts in the text. */
export function offsetOf(node: ParsedNode): number {
  return node.range[0];
}

/** `sectors` + `length` -> `sectors.length`; keys are sanitised, since paths reach the terminal. */
export function childPath(parent: string, key: string): string {
  const clean = sanitizeText(key);
  const shown = clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
  return parent === '' ? shown : `${parent}.${shown}`;
}

/** `sectors` + 1 -> `sectors[1]`. */
export function itemPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/** True for a scalar that holds nothing: `key:`, `key: ~`, `key: null`. */
export function isNothing(node: ParsedNode | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/**
 * A scalar's text as written: the source of a plain scalar (so `1.200` stays
 * `1.200` and `1207.0080` keeps its decimals), the value of a quoted or block
 * one; null for nothing, a collection or an alias.
 */
export function scalarText(node: ParsedNode | null): string | null {
  if (node === null || !isScalar(node) || node.value === null) return null;
  const scalar = node as Scalar.Parsed;
  if (scalar.type === 'PLAIN' && typeof scalar.source === 'string') return scalar.source;
  return String(scalar.value);
}

/** What was found, for a Problem's `received`: a quoted scalar, `a list`, `nothing`... */
export function describeNode(reader: NodeReader, node: ParsedNode | null): string {
  if (node === null || isNothing(node)) return 'nothing';
  if (isAlias(node)) return quoteForMessage(`*${node.source}`);
  if (isScalar(node)) return quoteForMessage(scalarText(node) ?? '');
  const collection = node as YAMLMap.Parsed | YAMLSeq.Parsed;
  if (collection.flow === true) {
    // A flow collection is quoted as written; quoteForMessage keeps 60 characters, so no more are sliced.
    const end = Math.min(collection.range[1], collection.range[0] + 200);
    return quoteForMessage(reader.text.slice(collection.range[0], end).trim());
  }
  if (isSeq(node)) return node.items.length === 0 ? 'an empty list' : 'a list';
  return collection.items.length === 0 ? 'an empty mapping' : 'a mapping';
}

/** A key of a mapping and its value, as found. */
export interface Entry {
  readonly key: ParsedNode;
  readonly value: ParsedNode | null;
}

/** What an unknown key should have been: the closest known key, or the list of them. */
function expectedKey(name: string | null, keys: readonly string[]): string {
  // A key with escape sequences is no key forcecalc knows, whatever it shows as once the path sanitises it.
  if (name !== null && sanitizeText(name) !== name) return 'a key without control or escape characters';
  // `{min: 1,200, max: 1,300}`: the commas split a flow mapping, leaving keys such as "200".
  if (name !== null && /^\d/.test(name)) return `one of the keys ${keys.join(', ')} (quote numbers that have commas, as in "1,200 km")`;
  const suggestion = name === null ? null : closestName(name, keys);
  return suggestion === null ? `one of the keys ${keys.join(', ')}` : `a known key (did you mean ${suggestion}?)`;
}

/**
 * The entries of a mapping whose keys are all in `keys`; each other key is
 * reported as unknown (with the closest known one, or the list of them), and
 * each repeated key as a duplicate (the first one counts).
 * Returns null, after a problem, when `node` is not a mapping. Aliases were
 * reported when the document was checked, so they give null silently.
 */
export function readMapping(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  keys: readonly string[],
  expected: string,
  at: number,
): Map<string, Entry> | null {
  if (node !== null && isAlias(node)) return null;
  if (node === null || !isMap(node)) {
    report(reader, node === null ? at : offsetOf(node), path, expected, describeNode(reader, node));
    return null;
  }
  const entries = new Map<string, Entry>();
  const seen = new Set<string>();
  for (const pair of (node as YAMLMap.Parsed).items) {
    const key = pair.key;
    const name = isScalar(key) ? scalarText(key) : null;
    if (name !== null && seen.has(name)) {
      report(reader, offsetOf(key), path, 'each key once (this one repeats an earlier key)', describeNode(reader, key));
      continue;
    }
    if (name !== null) seen.add(name);
    if (name !== null && keys.includes(name)) {
      entries.set(name, { key, value: pair.value });
      continue;
    }
    report(reader, offsetOf(key), path, expectedKey(name, keys), describeNode(reader, key));
  }
  return entries;
}

/** Reports a required key that is missing, at the mapping that lacks it. */
export function reportMissing(reader: NodeReader, mapping: ParsedNode, path: string, expected: string): void {
  report(reader, offsetOf(mapping), path, `${expected} (required)`, 'nothing');
}
