// A scenario edited on screen, saved as the UI saves it, reads back as the
// same scenario: the capability the planner declared (with no source), the one
// removed with what was provided of it, a departure and a tour.
import { describe, expect, it } from 'vitest';
import { applyScenarioEdits, estimate } from '../../../src/core/index.js';
import { parseScenarioText } from '../../../src/scenarios/index.js';
import { formatProblem } from '../../../src/scenarios/problem.js';
import { serializeScenario } from '../../../src/scenarios/serialize.js';
import { withoutPlaces } from '../../scenarios/expect-scenario.js';
import { multiDomain } from '../build-scenarios.js';

describe('a scenario edited on screen, saved', () => {
  it('reads back with its edits and the same figures', () => {
    const edited = applyScenarioEdits(multiDomain, [
      { kind: 'addCapability', capability: { name: 'Sapper company', per: { kind: 'length', km: 150 }, need: { min: 1, max: 2 }, source: null } },
      { kind: 'removeCapability', capability: 1 },
      { kind: 'leaves', contributor: 0, leaves: { min: 200, max: 250 } },
      // 3 months, typed in the Pledges panel.
      { kind: 'tour', contributor: 0, tour: { min: 91.3125, max: 91.3125 } },
    ]);
    const text = serializeScenario(edited, {});
    const loaded = parseScenarioText(text, { file: 'multi-edited.yaml', id: edited.id });
    if (!loaded.ok) return expect.fail(loaded.problems.map(formatProblem).join('\n'));
    expect(withoutPlaces(loaded.scenario)).toEqual(withoutPlaces(edited));
    expect(estimate(loaded.scenario)).toEqual(estimate(edited));
    expect(text).not.toContain('EW team');
  });
});
