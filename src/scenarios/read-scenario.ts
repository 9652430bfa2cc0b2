import type { ParsedNode } from 'yaml';
import type { Scenario } from '../core/index.js';
import { EXPECTED_COUNTABLE, uncountableTotals } from './countable-totals.js';
import { GeoJsonFiles } from './geojson-files.js';
import { readCapabilities } from './read-capabilities.js';
import { readCoalition } from './read-coalition.js';
import { readExpectations } from './read-expectations.js';
import { dateReading, readHorizon, readStart } from './read-schedule.js';
import { readFactors } from './read-factors.js';
import { readSectors } from './read-sectors.js';
import { readText, readTextList } from './read-text.js';
import { TEXT_FIELDS } from './text-fields.js';
import { SCENARIO_SHAPE } from './yaml-document.js';
import { isNothing, offsetOf, readMapping, report, reportMissing, type NodeReader } from './yaml-nodes.js';

/**
 * The top level of a scenario file (docs/scenario-files.md): title (required),
 * description, sources, start, horizon, factors, sectors (required,
 * non-empty), capabilities, coalition, expect. Every section is read, so one
 * pass reports every problem; the scenario is built, from fresh objects, only
 * when there is none, and kept only when its totals can be counted exactly
 * (countable-totals.ts).
 */

const TOP_LEVEL_KEYS = ['title', 'description', 'sources', 'start', 'horizon', 'factors', 'sectors', 'capabilities', 'coalition', 'expect'] as const;
const MAX_SOURCE_LENGTH = 2_000;

/**
 * Reads a parsed scenario document; null when any problem was reported (the
 * reader holds them). `files` reads the GeoJSON files sectors name.
 */
export function readScenario(reader: NodeReader, contents: ParsedNode, id: string, files: GeoJsonFiles = new GeoJsonFiles(null)): Scenario | null {
  const entries = readMapping(reader, contents, '', TOP_LEVEL_KEYS, SCENARIO_SHAPE, offsetOf(contents));
  if (entries === null) return null;
  const entry = (key: (typeof TOP_LEVEL_KEYS)[number]) => entries.get(key);

  const titleEntry = entry('title');
  if (titleEntry === undefined) reportMissing(reader, contents, 'title', 'a title');
  const title =
    titleEntry === undefined ? null : readText(reader, titleEntry.value, 'title', TEXT_FIELDS.title.expected, TEXT_FIELDS.title.maxLength, offsetOf(titleEntry.key));

  const descriptionEntry = entry('description');
  const description =
    descriptionEntry === undefined || isNothing(descriptionEntry.value)
      ? ''
      : readText(reader, descriptionEntry.value, 'description', TEXT_FIELDS.description.expected, TEXT_FIELDS.description.maxLength, offsetOf(descriptionEntry.key));

  const sourcesEntry = entry('sources');
  const sources =
    sourcesEntry === undefined
      ? []
      : readTextList(
          reader,
          sourcesEntry.value,
          'sources',
          { list: 'a list of sources (text)', item: 'a source (text)' },
          MAX_SOURCE_LENGTH,
          offsetOf(sourcesEntry.key),
        );

  const factors = readFactors(reader, entry('factors')?.value ?? null, 'factors');

  const sectorsEntry = entry('sectors');
  if (sectorsEntry === undefined) reportMissing(reader, contents, 'sectors', 'a list of sectors, each with name and length');
  const sectors = sectorsEntry === undefined ? null : readSectors(reader, sectorsEntry.value, 'sectors', offsetOf(sectorsEntry.key), files);

  const start = readStart(reader, entry('start'), 'start');
  const dates = dateReading(start);
  const horizon = readHorizon(reader, entry('horizon'), 'horizon', dates);
  const { capabilities, names } = readCapabilities(reader, entry('capabilities')?.value ?? null, 'capabilities');
  const coalition = readCoalition(reader, entry('coalition')?.value ?? null, 'coalition', dates, names);
  const expect = readExpectations(reader, entry('expect')?.value ?? null, 'expect', { hasCoalition: coalition !== null, capabilities: names });

  if (
    reader.problems.length > 0 ||
    title === null ||
    description === null ||
    sources === null ||
    factors === null ||
    sectors === null ||
    capabilities === null ||
    coalition === 'invalid' ||
    expect === null ||
    start === 'invalid' ||
    horizon === 'invalid'
  ) {
    return null;
  }
  const scenario: Scenario = {
    id,
    title,
    description,
    sources,
    factors,
    sectors,
    ...(capabilities.length === 0 ? {} : { capabilities }),
    coalition,
    expect,
    ...(start === null ? {} : { start }),
    ...(horizon === null ? {} : { horizonDays: horizon }),
  };
  // Each value is within its bounds, but a sum over thousands of sectors is not bounded by them.
  const uncountable = uncountableTotals(scenario);
  if (uncountable !== null && sectorsEntry !== undefined) {
    report(reader, offsetOf(sectorsEntry.key), 'sectors', EXPECTED_COUNTABLE, uncountable);
    return null;
  }
  return scenario;
}
