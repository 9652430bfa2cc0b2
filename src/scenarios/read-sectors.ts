import { isAlias, isSeq, type ParsedNode, type YAMLSeq } from 'yaml';
import { FACTORS, LENGTH_BOUNDS, type Sector } from '../core/index.js';
import { readQuantityNode } from './read-quantity-node.js';
import { readText } from './read-text.js';
import { childPath, describeNode, itemPath, offsetOf, readMapping, report, reportMissing, type NodeReader } from './yaml-nodes.js';

/** `sectors:` a non-empty list of {name, length, density?}. */

const SECTOR_KEYS = ['name', 'length', 'density'] as const;
const SECTOR_LIST = 'a list of sectors, each with name and length';
/** Longer names would not fit any table. */
export const MAX_NAME_LENGTH = 200;

function readSector(reader: NodeReader, node: ParsedNode | null, path: string, at: number): Sector | null {
  const entries = readMapping(reader, node, path, SECTOR_KEYS, 'a sector with name and length', at);
  if (entries === null || node === null) return null;
  const name = entries.get('name');
  const length = entries.get('length');
  const density = entries.get('density');
  if (name === undefined) reportMissing(reader, node, childPath(path, 'name'), 'a sector name');
  if (length === undefined) reportMissing(reader, node, childPath(path, 'length'), 'a length such as "120 km"');
  const nameText = name === undefined ? null : readText(reader, name.value, childPath(path, 'name'), 'a sector name', MAX_NAME_LENGTH, offsetOf(name.key));
  const lengthKm =
    length === undefined
      ? null
      : readQuantityNode(reader, length.value, childPath(path, 'length'), { kind: 'length', bounds: LENGTH_BOUNDS }, offsetOf(length.key));
  const ownDensity =
    density === undefined
      ? undefined
      : readQuantityNode(
          reader,
          density.value,
          childPath(path, 'density'),
          { kind: 'density', bounds: FACTORS.density.bounds, options: { example: FACTORS.density.example } },
          offsetOf(density.key),
        );
  if (nameText === null || lengthKm === null || ownDensity === null) return null;
  return ownDensity === undefined
    ? { name: nameText, lengthKm: lengthKm.value }
    : { name: nameText, lengthKm: lengthKm.value, density: ownDensity.value };
}

/** Reads the sector list; null after a problem. */
export function readSectors(reader: NodeReader, node: ParsedNode | null, path: string, at: number): Sector[] | null {
  if (node !== null && isAlias(node)) return null;
  if (node === null || !isSeq(node)) {
    report(reader, node === null ? at : offsetOf(node), path, SECTOR_LIST, describeNode(reader, node));
    return null;
  }
  const items = (node as YAMLSeq.Parsed).items;
  if (items.length === 0) {
    report(reader, offsetOf(node), path, 'at least one sector', describeNode(reader, node));
    return null;
  }
  const sectors = items.map((item, index) => readSector(reader, item, itemPath(path, index), offsetOf(node)));
  return sectors.every((sector): sector is Sector => sector !== null) ? sectors : null;
}
