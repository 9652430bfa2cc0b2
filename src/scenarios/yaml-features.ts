import { isAlias, isMap, isScalar, isSeq, type ParsedNode, type YAMLMap, type YAMLSeq } from 'yaml';
import { quoteForMessage } from '../text/sanitize.js';
import { childPath, itemPath, offsetOf, report, scalarText, type NodeReader } from './yaml-nodes.js';

/**
 * YAML features a scenario never needs and a hostile file uses: aliases and
 * anchors (the "billion laughs" bomb, `<<: *base` merges) and tags
 * (`!!js/function`, `!!binary`, `!anything`). Each one is reported where it
 * stands; none is ever resolved, since the loader reads nodes, not `toJS()`.
 */

/** `tag:yaml.org,2002:binary` as written: `!!binary`. */
function tagAsWritten(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** Reports every alias, anchor and tag in the tree under `node`. */
export function reportYamlFeatures(reader: NodeReader, node: ParsedNode | null, path: string): void {
  if (node === null) return;
  if (isAlias(node)) {
    report(reader, offsetOf(node), path, 'a value written out (forcecalc reads no YAML aliases)', quoteForMessage(`*${node.source}`));
    return;
  }
  // A node's range starts at its value; its anchor and tag stand just before it.
  if (node.anchor !== undefined) {
    const written = `&${node.anchor}`;
    const offset = reader.text.lastIndexOf(written, offsetOf(node));
    report(reader, offset === -1 ? offsetOf(node) : offset, path, 'a value without an anchor (forcecalc reads no YAML anchors or aliases)', quoteForMessage(written));
  }
  if (node.tag !== undefined) {
    let offset = reader.text.lastIndexOf('!', offsetOf(node));
    // Back to the start of the tag as written: `!!binary`, `!e!x`.
    while (offset > 0 && !/[\s,[{]/.test(reader.text[offset - 1] ?? ' ')) offset -= 1;
    const written = offset === -1 ? null : /^!\S*/.exec(reader.text.slice(offset))?.[0];
    report(reader, offset === -1 ? offsetOf(node) : offset, path, 'a value without a YAML tag', quoteForMessage(written ?? tagAsWritten(node.tag)));
  }
  if (isMap(node)) {
    for (const pair of (node as YAMLMap.Parsed).items) {
      const keyPath = childPath(path, (isScalar(pair.key) ? scalarText(pair.key) : null) ?? '?');
      reportYamlFeatures(reader, pair.key, keyPath);
      reportYamlFeatures(reader, pair.value, keyPath);
    }
  } else if (isSeq(node)) {
    (node as YAMLSeq.Parsed).items.forEach((item, index) => reportYamlFeatures(reader, item, itemPath(path, index)));
  }
}
