import { type Estimate, type Scenario } from '../../core/index.js';
import { sanitizeText } from '../../text/sanitize.js';
import { formatInterval } from '../../report/number-format.js';
import type { ListItem } from './scenario-list-state.js';
import type { ScenarioRow } from './scenario-list.js';

/** A scenario as the list's filter sees it: its sanitised id and title, lower case. */
export function listItem(scenario: Scenario): ListItem {
  return { id: scenario.id, searchText: `${sanitizeText(scenario.id)} ${sanitizeText(scenario.title)}`.toLowerCase() };
}

/** A row of the list from the scenario and its estimate; `edited` adds `*` to the id. */
export function scenarioRow(scenario: Scenario, result: Estimate, edited: boolean): ScenarioRow {
  return {
    id: `${sanitizeText(result.scenario.id)}${edited ? ' *' : ''}`,
    title: sanitizeText(result.scenario.title),
    lineKm: formatInterval(result.figures.coverageKm, 'length'),
    brigades: formatInterval(result.figures.brigades, 'count'),
    description: sanitizeText(scenario.description),
  };
}
