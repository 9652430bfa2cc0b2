import type { ParsedNode } from 'yaml';
import { isAlias, isMap, isScalar, type YAMLMap } from 'yaml';
import {
  CAPABILITY_COALITION_FIGURE_NAMES,
  CAPABILITY_FIGURE_NAMES,
  capabilityKey,
  capabilityList,
  COALITION_FIGURE_NAMES,
  FIGURE_NAMES,
  COVERED_FROM_DAY,
  FIGURES,
  isCapabilityFigureName,
  isFigureName,
  type Bounds,
  type Expectation,
  type FigureKind,
  type QuantityKind,
} from '../core/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { closestName } from './closest-name.js';
import { readCoveredFromDay } from './read-covered-from-day.js';
import { readQuantityNode, type QuantityRead } from './read-quantity-node.js';
import { childPath, describeNode, isNothing, offsetOf, readMapping, report, scalarText, type NodeReader } from './yaml-nodes.js';

/**
 * `expect:` figure names mapped to what the scenario must yield, with the
 * decimals each bound was written with (the core compares after rounding to
 * them). Values copied from forcecalc's output: `1,666.67`, `4.167`. A
 * capability's figures nest under `capabilities:`, by the capability's name:
 * `capabilities: {Air-defence battery: {shortfall: 0..2}}`. The day the
 * coalition covers the line from is `coveredFromDay: 45..120`
 * (read-covered-from-day.ts).
 */

const KIND_OF_FIGURE: Readonly<Record<FigureKind, QuantityKind>> = { count: 'count', length: 'length', density: 'density' };
const CAPABILITIES_KEY = 'capabilities';

/** Any non-negative figure; counts must be whole to ever match. */
function boundsFor(kind: FigureKind): Bounds {
  return { min: 0, minExclusive: false, max: 1e12, whole: kind === 'count' };
}

/** What the scenario offers expectations: whether it has a coalition, and its capabilities (air cover first; null when they could not be read). */
export interface ExpectationContext {
  readonly hasCoalition: boolean;
  readonly capabilities: readonly string[] | null;
}

function readValue(reader: NodeReader, entry: { key: ParsedNode; value: ParsedNode | null }, path: string, kind: FigureKind): QuantityRead | null {
  const spec = { kind: KIND_OF_FIGURE[kind], bounds: boundsFor(kind), options: { acceptThreeDecimals: true, distributions: false } };
  return readQuantityNode(reader, entry.value, path, spec, offsetOf(entry.key));
}

/** One capability's expectations, `{need: 2, shortfall: 0..1}`; null after a problem. */
function readCapabilityFigures(reader: NodeReader, node: ParsedNode | null, path: string, at: number, name: string, hasCoalition: boolean): Expectation[] | null {
  const entries = readMapping(reader, node, path, CAPABILITY_FIGURE_NAMES, 'a mapping of capability figures such as shortfall: 0', at);
  if (entries === null) return null;
  const expectations: Expectation[] = [];
  let failed = false;
  for (const [figure, entry] of entries) {
    if (!isCapabilityFigureName(figure)) continue;
    if (!hasCoalition && (CAPABILITY_COALITION_FIGURE_NAMES as readonly string[]).includes(figure)) {
      report(reader, offsetOf(entry.key), childPath(path, figure), `a figure this scenario has (${figure} needs a coalition)`, quoteForMessage(figure));
      failed = true;
      continue;
    }
    const read = readValue(reader, entry, childPath(path, figure), 'count');
    if (read === null) failed = true;
    else expectations.push({ capability: name, figure, expected: read.value, decimals: read.decimals });
  }
  return failed ? null : expectations;
}

/** `capabilities:` under `expect:`, by capability name; null after a problem. */
function readCapabilityExpectations(reader: NodeReader, node: ParsedNode | null, path: string, at: number, context: ExpectationContext): Expectation[] | null {
  if (node !== null && isAlias(node)) return null;
  if (node === null || !isMap(node)) {
    report(reader, node === null ? at : offsetOf(node), path, 'a mapping of capability names to their figures, such as Air cover: {shortfall: 0}', describeNode(reader, node));
    return null;
  }
  const declared = new Map((context.capabilities ?? []).map((name) => [capabilityKey(name), name]));
  const seen = new Set<string>();
  const expectations: Expectation[] = [];
  let failed = false;
  for (const pair of (node as YAMLMap.Parsed).items) {
    const written = isScalar(pair.key) ? scalarText(pair.key)?.trim() ?? null : null;
    if (written === null || written === '') {
      report(reader, offsetOf(pair.key), path, 'a capability name', describeNode(reader, pair.key));
      failed = true;
      continue;
    }
    const name = context.capabilities === null ? written : declared.get(capabilityKey(written));
    if (name === undefined) {
      const suggestion = closestName(written, context.capabilities ?? []);
      const expected = suggestion === null ? `a capability of the scenario: ${capabilityList(context.capabilities ?? [])}` : `a capability of the scenario (did you mean ${suggestion}?)`;
      report(reader, offsetOf(pair.key), childPath(path, written), expected, quoteForMessage(written));
      failed = true;
      continue;
    }
    if (seen.has(capabilityKey(name))) {
      report(reader, offsetOf(pair.key), childPath(path, written), `each capability once (names compare case-insensitively: this repeats ${name})`, quoteForMessage(written));
      failed = true;
      continue;
    }
    seen.add(capabilityKey(name));
    const figures = readCapabilityFigures(reader, pair.value, childPath(path, written), offsetOf(pair.key), name, context.hasCoalition);
    if (figures === null) failed = true;
    else expectations.push(...figures);
  }
  return failed ? null : expectations;
}

/** Reads the expectations (an absent or empty block is none); null after a problem. */
export function readExpectations(reader: NodeReader, node: ParsedNode | null, path: string, context: ExpectationContext): Expectation[] | null {
  if (node === null || isNothing(node)) return [];
  const keys = [...FIGURE_NAMES, COVERED_FROM_DAY, CAPABILITIES_KEY];
  const entries = readMapping(reader, node, path, keys, 'a mapping of figures such as brigades: 2..3', offsetOf(node));
  if (entries === null) return null;
  const expectations: Expectation[] = [];
  let failed = false;
  for (const [name, entry] of entries) {
    if (name === CAPABILITIES_KEY) {
      const read = readCapabilityExpectations(reader, entry.value, childPath(path, name), offsetOf(entry.key), context);
      if (read === null) failed = true;
      else expectations.push(...read);
      continue;
    }
    if (name === COVERED_FROM_DAY) {
      if (!context.hasCoalition) {
        report(reader, offsetOf(entry.key), childPath(path, name), `a figure this scenario has (${name} needs a coalition)`, quoteForMessage(name));
        failed = true;
        continue;
      }
      const read = readCoveredFromDay(reader, entry.value, childPath(path, name), offsetOf(entry.key));
      if (read === null) failed = true;
      else expectations.push({ figure: COVERED_FROM_DAY, ...read });
      continue;
    }
    if (!isFigureName(name)) continue;
    if (!context.hasCoalition && (COALITION_FIGURE_NAMES as readonly string[]).includes(name)) {
      report(reader, offsetOf(entry.key), childPath(path, name), `a figure this scenario has (${name} needs a coalition)`, quoteForMessage(name));
      failed = true;
      continue;
    }
    const read = readValue(reader, entry, childPath(path, name), FIGURES[name].kind);
    if (read === null) failed = true;
    else expectations.push({ figure: name, expected: read.value, decimals: read.decimals });
  }
  return failed ? null : expectations;
}
