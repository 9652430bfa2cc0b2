/**
 * The scenarios of a folder (`list`): id first, then the title and the two
 * figures that size a scenario at a glance.
 */
import type { Estimate } from '../core/estimate.js';
import type { Interval } from '../core/interval.js';
import { sanitizeText } from '../text/sanitize.js';
import type { Scenario } from '../core/scenario.js';
import { layoutColumnsOrOverflow } from './column-layout.js';
import { intervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';
import { formatInterval } from './number-format.js';
import { joinLines } from '../text/text-width.js';

/** A scenario with its estimate under its own factors. */
export interface ScenarioListEntry {
  readonly scenario: Scenario;
  readonly estimate: Estimate;
}

/** One item of `list --format json`. */
export interface ScenarioListJson {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly coverageKm: Interval;
  readonly brigades: Interval;
}

/** How the scenario list table is laid out. */
export interface ScenarioListOptions {
  /** The widest line, in columns. @default 80 */
  readonly width?: number;
}

/** `list --format json`: `[{id, title, description, coverageKm, brigades}]`. */
export function formatScenarioListJson(entries: readonly ScenarioListEntry[]): string {
  const items: ScenarioListJson[] = entries.map(({ scenario, estimate }) => ({
    id: scenario.id,
    title: scenario.title,
    description: scenario.description,
    coverageKm: intervalJson(estimate.figures.coverageKm),
    brigades: intervalJson(estimate.figures.brigades),
  }));
  return jsonText(items);
}

/** `list`: one scenario a line, id first; titles are truncated to fit `width` (80 by default). */
export function formatScenarioListTable(entries: readonly ScenarioListEntry[], options: ScenarioListOptions = {}): string {
  if (entries.length === 0) return 'No scenarios.\n';
  const lines = layoutColumnsOrOverflow(
    [
      { header: ['ID'], align: 'left' },
      { header: ['Title'], align: 'left', minWidth: 10 },
      { header: ['Coverage km'], align: 'right' },
      { header: ['Brigades'], align: 'right' },
    ],
    entries.map(({ scenario, estimate }) => [
      sanitizeText(scenario.id),
      sanitizeText(scenario.title),
      formatInterval(estimate.figures.coverageKm, 'length'),
      formatInterval(estimate.figures.brigades, 'count'),
    ]),
    options.width ?? 80,
  );
  return joinLines([...lines.header, ...lines.rows]);
}
