import { isAlias, isSeq, type ParsedNode, type YAMLSeq } from 'yaml';
import {
  AIR_COVER,
  CAPABILITY_NEED_BOUNDS,
  CAPABILITY_PER_LENGTH_BOUNDS,
  capabilityKey,
  sameCapability,
  type Capability,
  type CapabilityPer,
} from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { closestName } from './closest-name.js';
import { parseQuantity } from './quantity.js';
import { readQuantityNode } from './read-quantity-node.js';
import { TEXT_FIELDS } from './text-fields.js';
import { readText } from './read-text.js';
import { childPath, describeNode, isNothing, itemPath, offsetOf, readMapping, report, reportMissing, scalarText, type NodeReader } from './yaml-nodes.js';

/**
 * `capabilities:` a list of {name, per, need, source?}: what the scenario
 * needs in whole units besides soldiers (docs/scenario-files.md). Names are
 * unique compared case-insensitively, and never "Air cover", which every
 * scenario has already, its need set by the factor airCoverPerBrigade.
 */

const CAPABILITY_KEYS = ['name', 'per', 'need', 'source'] as const;
const CAPABILITY_SHAPE = 'a capability with name, per and need';
const MAX_SOURCE_LENGTH = 2_000;
/** What `per` takes, for messages. */
export const PER_EXPECTED = 'brigade, force or a length such as "100 km"';
const PER_WORDS = ['brigade', 'force'] as const;

/**
 * A capability's `per` as written: brigade, force, or one length (`100 km`,
 * `60 mi`; a plain number means km). The file's reader and the UI's
 * Capabilities panel read it so.
 */
export function parsePer(text: string): { readonly ok: true; readonly per: CapabilityPer } | { readonly ok: false; readonly expected: string; readonly received: string } {
  const word = text.trim().toLowerCase();
  if (word === 'brigade' || word === 'force') return { ok: true, per: { kind: word } };
  // A word that is no unit quantity: "brigades", "company", "ship".
  if (/^[a-z][a-z ]*$/.test(word)) {
    const suggestion = closestName(word, PER_WORDS);
    return { ok: false, expected: suggestion === null ? PER_EXPECTED : `${PER_EXPECTED} (did you mean ${suggestion}?)`, received: quoteForMessage(text) };
  }
  const length = parseQuantity(text, 'length', CAPABILITY_PER_LENGTH_BOUNDS, { example: '100 km', distributions: false });
  if (!length.ok) return { ok: false, expected: `brigade, force or ${length.expected}`, received: length.received };
  if (length.value.min !== length.value.max) {
    return { ok: false, expected: 'one length such as "100 km", not a range (the need may be a range)', received: quoteForMessage(text) };
  }
  return { ok: true, per: { kind: 'length', km: length.value.min } };
}

/** Reads `per` (see parsePer); null after a problem. */
function readPer(reader: NodeReader, node: ParsedNode | null, path: string, at: number): CapabilityPer | null {
  if (node !== null && isAlias(node)) return null;
  const text = scalarText(node);
  if (text === null) {
    report(reader, node === null ? at : offsetOf(node), path, PER_EXPECTED, describeNode(reader, node));
    return null;
  }
  const per = parsePer(text);
  if (per.ok) return per.per;
  report(reader, node === null ? at : offsetOf(node), path, per.expected, per.received);
  return null;
}

/**
 * Reads one capability; `earlier` holds the names read before it (by
 * capabilityKey, with where they are), and gets its own. Returns the capability (null
 * after a problem) and whether its name could be read at all.
 */
function readCapability(
  reader: NodeReader,
  node: ParsedNode | null,
  path: string,
  at: number,
  earlier: Map<string, { readonly name: string; readonly path: string }>,
): { capability: Capability | null; named: boolean } {
  const entries = readMapping(reader, node, path, CAPABILITY_KEYS, CAPABILITY_SHAPE, at);
  if (entries === null || node === null) return { capability: null, named: false };
  const nameEntry = entries.get('name');
  const perEntry = entries.get('per');
  const needEntry = entries.get('need');
  const sourceEntry = entries.get('source');

  if (nameEntry === undefined) reportMissing(reader, node, childPath(path, 'name'), 'a capability name');
  let name = nameEntry === undefined ? null : readText(reader, nameEntry.value, childPath(path, 'name'), TEXT_FIELDS.capabilityName.expected, TEXT_FIELDS.capabilityName.maxLength, offsetOf(nameEntry.key));
  // A name that repeats another, or air cover's, still names a capability the scenario has.
  const named = name !== null;
  if (name !== null && nameEntry !== undefined) {
    const place = nameEntry.value === null ? offsetOf(nameEntry.key) : offsetOf(nameEntry.value);
    const first = earlier.get(capabilityKey(name));
    if (sameCapability(name, AIR_COVER)) {
      report(
        reader,
        place,
        childPath(path, 'name'),
        `a capability other than "${AIR_COVER}", which every scenario has: its need is the factor airCoverPerBrigade (set it under factors:), and contributors pledge it with provides: {${AIR_COVER}: 2}`,
        quoteForMessage(name),
      );
      name = null;
    } else if (first !== undefined) {
      report(reader, place, childPath(path, 'name'), `a name no other capability has (names compare case-insensitively; ${first.path} has it)`, quoteForMessage(name));
      name = null;
    } else {
      earlier.set(capabilityKey(name), { name, path });
    }
  }

  if (perEntry === undefined) reportMissing(reader, node, childPath(path, 'per'), PER_EXPECTED);
  const per = perEntry === undefined ? null : readPer(reader, perEntry.value, childPath(path, 'per'), offsetOf(perEntry.key));

  if (needEntry === undefined) reportMissing(reader, node, childPath(path, 'need'), 'the units needed per brigade, per length or for the force, such as 1..2');
  const need =
    needEntry === undefined
      ? null
      : readQuantityNode(
          reader,
          needEntry.value,
          childPath(path, 'need'),
          { kind: 'number', bounds: CAPABILITY_NEED_BOUNDS, options: { example: '1..2' } },
          offsetOf(needEntry.key),
        );

  const source =
    sourceEntry === undefined || isNothing(sourceEntry.value)
      ? undefined
      : readText(reader, sourceEntry.value, childPath(path, 'source'), 'a source (text)', MAX_SOURCE_LENGTH, offsetOf(sourceEntry.key));

  if (name === null || per === null || need === null || source === null) return { capability: null, named };
  return { capability: { name, per, need: need.value, source: source ?? null }, named };
}

/** The capabilities read, and every name they declare (null where a name could not be read, so the list is not known). */
export interface CapabilitiesRead {
  /** Null after a problem. */
  readonly capabilities: Capability[] | null;
  /** The names declared, air cover first: what `provides:` and `expect:` may name; null where some name is unreadable. */
  readonly names: string[] | null;
}

/**
 * Reads the capability list (an absent or empty one is none). Each name is
 * checked against air cover and the names before it; the names are known
 * even where another field of a capability is wrong, so that `provides:` is
 * checked against them in the same pass.
 */
export function readCapabilities(reader: NodeReader, node: ParsedNode | null, path: string): CapabilitiesRead {
  if (node === null || isNothing(node)) return { capabilities: [], names: [AIR_COVER] };
  if (isAlias(node)) return { capabilities: null, names: null };
  if (!isSeq(node)) {
    report(reader, offsetOf(node), path, 'a list of capabilities, each with name, per and need', describeNode(reader, node));
    return { capabilities: null, names: null };
  }
  const earlier = new Map<string, { readonly name: string; readonly path: string }>();
  const read = (node as YAMLSeq.Parsed).items.map((item, index) => readCapability(reader, item, itemPath(path, index), offsetOf(node), earlier));
  const capabilities = read.map((entry) => entry.capability);
  return {
    capabilities: capabilities.every((capability): capability is Capability => capability !== null) ? capabilities : null,
    names: read.every((entry) => entry.named) ? [AIR_COVER, ...[...earlier.values()].map((entry) => entry.name)] : null,
  };
}
