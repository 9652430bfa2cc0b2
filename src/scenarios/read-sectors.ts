import { isAlias, isSeq, type ParsedNode, type YAMLSeq } from 'yaml';
import { FACTORS, type Sector } from '../core/index.js';
import { GeoJsonFiles } from './geojson-files.js';
import { readQuantityNode } from './read-quantity-node.js';
import { readSectorLength } from './read-sector-length.js';
import { readText } from './read-text.js';
import { TEXT_FIELDS } from './text-fields.js';
import { childPath, describeNode, itemPath, offsetOf, readMapping, report, reportMissing, type NodeReader } from './yaml-nodes.js';

/**
 * `sectors:` a non-empty list of {name, length | path | geojson, tortuosity?,
 * density?} (read-sector-length.ts reads the length or the drawn line).
 */

const SECTOR_KEYS = ['name', 'length', 'path', 'geojson', 'tortuosity', 'density'] as const;
const SECTOR_LIST = 'a list of sectors, each with name and length';

function readSector(reader: NodeReader, node: ParsedNode | null, path: string, at: number, files: GeoJsonFiles): Sector | null {
  const entries = readMapping(reader, node, path, SECTOR_KEYS, 'a sector with name and length', at);
  if (entries === null || node === null) return null;
  const name = entries.get('name');
  const density = entries.get('density');
  if (name === undefined) reportMissing(reader, node, childPath(path, 'name'), 'a sector name');
  const nameText = name === undefined ? null : readText(reader, name.value, childPath(path, 'name'), TEXT_FIELDS.sectorName.expected, TEXT_FIELDS.sectorName.maxLength, offsetOf(name.key));
  const length = readSectorLength(reader, node, path, {
    length: entries.get('length'),
    path: entries.get('path'),
    geojson: entries.get('geojson'),
    tortuosity: entries.get('tortuosity'),
  }, files);
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
  if (nameText === null || length === null || ownDensity === null) return null;
  return {
    name: nameText,
    lengthKm: length.lengthKm,
    ...(ownDensity === undefined ? {} : { density: ownDensity.value }),
    ...(length.geometry === undefined ? {} : { geometry: length.geometry }),
  };
}

/**
 * Reads the sector list; null after a problem. `files` reads the GeoJSON
 * files sectors name (a reader without a file reader makes each a problem).
 */
export function readSectors(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  at: number,
  files: GeoJsonFiles = new GeoJsonFiles(null),
): Sector[] | null {
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
  const sectors = items.map((item, index) => readSector(reader, item, itemPath(path, index), offsetOf(node), files));
  return sectors.every((sector): sector is Sector => sector !== null) ? sectors : null;
}
