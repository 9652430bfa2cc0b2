import { isAlias, isScalar, isSeq, type ParsedNode, type YAMLSeq } from 'yaml';
import { checkText } from './text-fields.js';
import { describeNode, isNothing, itemPath, offsetOf, report, scalarText, type NodeReader } from './yaml-nodes.js';

/*
 * Text fields: titles, names, sources. Any scalar is text as written
 * (`title: 2025` is "2025"), trimmed; nothing, a collection, text that
 * shows as nothing (only spaces, control or escape characters), or text past
 * a field's length limit is a problem (the rule itself: text-fields.ts).
 */

/**
 * Reads a text field; null after a problem. `at` places the problem when
 * there is no node at all.
 */
export function readText(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  expected: string,
  maxLength: number,
  at: number,
): string | null {
  if (node !== null && isAlias(node)) return null;
  const offset = node === null ? at : offsetOf(node);
  const raw = isScalar(node) ? scalarText(node) : null;
  if (raw === null) {
    report(reader, offset, path, expected, describeNode(reader, node));
    return null;
  }
  const checked = checkText(raw, { expected, maxLength });
  if (!checked.ok) {
    report(reader, offset, path, checked.expected, checked.received);
    return null;
  }
  return checked.text;
}

/** Reads a list of text (an absent or empty list is an empty one); null after a problem. */
export function readTextList(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  expected: { readonly list: string; readonly item: string },
  maxLength: number,
  at: number,
): string[] | null {
  if (node === null || isNothing(node)) return [];
  if (isAlias(node)) return null;
  if (!isSeq(node)) {
    report(reader, offsetOf(node), path, expected.list, describeNode(reader, node));
    return null;
  }
  const texts: string[] = [];
  let failed = false;
  (node as YAMLSeq.Parsed).items.forEach((item, index) => {
    const text = readText(reader, item, itemPath(path, index), expected.item, maxLength, at);
    if (text === null) failed = true;
    else texts.push(text);
  });
  return failed ? null : texts;
}
