import { describe, expect, it } from 'vitest';
import { applyScenarioEdits, estimate, type CapabilityPer } from '../../../src/core/index.js';
import { entryPrompt, initialEntryText, removeEntry, submitEntry, type EntryOutcome, type InputField } from '../../../src/ui/workbench/input-entry.js';
import { ceasefire, multiDomain } from '../build-scenarios.js';

const point = (value: number) => ({ min: value, max: value });

function edited(field: InputField, text: string) {
  const outcome = submitEntry(field, text, ceasefire, {});
  if (outcome.kind !== 'edit') throw new Error(`expected an edit, got ${JSON.stringify(outcome)}`);
  return outcome.scenario;
}

function refused(field: InputField, text: string): Extract<EntryOutcome, { kind: 'refused' }>['error'] {
  const outcome = submitEntry(field, text, ceasefire, {});
  if (outcome.kind !== 'refused') throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}

describe('submitEntry', () => {
  // ceasefire: 1,200 km at 3 /km + 150 km at 20 /km = 6,600 troops; France 1 brigade + UK 5,000 = 8,000..10,000 pledged.
  it.each<[string, InputField, string, number, [number, number]]>([
    ['a longer hot spot', { kind: 'sector', sector: 1, column: 'length' }, '300 km', 9_600, [8_000, 10_000]],
    ['a length in miles', { kind: 'sector', sector: 1, column: 'length' }, '100 mi', 3_600 + 3_219, [8_000, 10_000]],
    ['a denser line', { kind: 'sector', sector: 0, column: 'density' }, '5 /km', 9_000, [8_000, 10_000]],
    ['the hot spot at the scenario density', { kind: 'sector', sector: 1, column: 'density' }, 'none', 4_050, [8_000, 10_000]],
    ['the UK pledges 2 brigades', { kind: 'contributor', contributor: 1, column: 'pledge' }, '2 brigades', 6_600, [9_000, 15_000]],
    ['France pledges 8,000 troops', { kind: 'contributor', contributor: 0, column: 'pledge' }, '8,000 troops', 6_600, [13_000, 13_000]],
    ['a pledge as a range', { kind: 'contributor', contributor: 1, column: 'pledge' }, '1,000..2,000', 6_600, [4_000, 7_000]],
    ['a new sector of 100 km', { kind: 'newSector', name: 'Port' }, '100', 6_900, [8_000, 10_000]],
    ['a new contributor of 500 troops', { kind: 'newContributor', country: 'Latvia' }, '500', 6_600, [8_500, 10_500]],
  ])('%s', (_, field, text, troops, pledged) => {
    const result = estimate(edited(field, text));
    expect(result.figures.troops.max).toBe(troops);
    expect(result.coalition?.figures.pledgedTroops).toEqual({ min: pledged[0], max: pledged[1] });
  });

  it('renames, titles and describes with the text trimmed', () => {
    expect(edited({ kind: 'sector', sector: 1, column: 'name' }, '  Zaporizhzhia plant ').sectors[1]?.name).toBe('Zaporizhzhia plant');
    expect(edited({ kind: 'contributor', contributor: 0, column: 'country' }, 'France, Republic of').coalition?.[0]?.country).toBe('France, Republic of');
    expect(edited({ kind: 'title' }, 'Ceasefire line (edited)').title).toBe('Ceasefire line (edited)');
    expect(edited({ kind: 'description' }, '').description).toBe('');
  });

  it('asks for the length of a new sector after its name, and the pledge of a new contributor after its country', () => {
    expect(submitEntry({ kind: 'newSector', name: null }, ' Port ', ceasefire, {})).toEqual({ kind: 'next', field: { kind: 'newSector', name: 'Port' } });
    expect(submitEntry({ kind: 'newContributor', country: null }, 'Latvia', ceasefire, {})).toEqual({ kind: 'next', field: { kind: 'newContributor', country: 'Latvia' } });
  });

  it.each<[string, InputField, string, RegExp, RegExp]>([
    ['a blank name', { kind: 'sector', sector: 0, column: 'name' }, '   ', /a sector name/, /" {3}"/],
    ['a name of escape characters only', { kind: 'contributor', contributor: 0, column: 'country' }, '\u001b[2J', /a country name/, /\\u001b/],
    ['a title past 200 characters', { kind: 'title' }, 'x'.repeat(201), /at most 200 characters/, /x{10}/],
    ['a length with implicit multiplication', { kind: 'sector', sector: 0, column: 'length' }, '3 km 5', /length/, /3 km 5/],
    ['a length of none', { kind: 'sector', sector: 0, column: 'length' }, 'none', /a length/, /none/],
    ['a negative density', { kind: 'sector', sector: 0, column: 'density' }, '-3 /km', /density|soldiers/, /-3/],
    ['a density in km', { kind: 'sector', sector: 0, column: 'density' }, '5 km', /density|soldiers/, /5 km/],
    ['a pledge in km', { kind: 'contributor', contributor: 0, column: 'pledge' }, '5 km', /2 brigades/, /5 km/],
    ['a fraction of a troop', { kind: 'newContributor', country: 'Latvia' }, '500.5', /whole|troops/, /500\.5/],
  ])('refuses %s with the loader message', (_, field, text, expected, received) => {
    const error = refused(field, text);
    expect(error.expected).toMatch(expected);
    expect(error.received).toMatch(received);
  });

  it('refuses a value that takes a total past what forcecalc counts exactly, as --set does', () => {
    // 10^15 km at 3 /km is countable; at 10 /km the troops pass 2^53 - 1.
    const vast = { ...ceasefire, sectors: [{ name: 'Vast', lengthKm: point(1e15) }] };
    const outcome = submitEntry({ kind: 'sector', sector: 0, column: 'density' }, '10 /km', vast, {});
    expect(outcome).toMatchObject({ kind: 'refused', error: { expected: expect.stringMatching(/2\^53/), received: expect.stringMatching(/^troops up to 10,000,000,000,000,000/) } });
  });
});

describe('a departure and a tour', () => {
  // Rotated troops over the year's horizon: France's brigade (3,000..5,000) serves once; the UK's 5,000 once a tour.
  const toured = applyScenarioEdits(ceasefire, [{ kind: 'tour', contributor: 1, tour: point(90) }]);
  const rotated = (scenario: typeof ceasefire, field: InputField, text: string) => {
    const outcome = submitEntry(field, text, scenario, {});
    if (outcome.kind !== 'edit') throw new Error(`expected an edit, got ${JSON.stringify(outcome)}`);
    return estimate(outcome.scenario).coalition?.figures.rotatedTroops;
  };
  const tour = (contributor: number): InputField => ({ kind: 'contributor', contributor, column: 'tour' });
  const leaves = (contributor: number): InputField => ({ kind: 'contributor', contributor, column: 'leaves' });

  it.each<[string, typeof ceasefire, InputField, string, [number, number]]>([
    ['the UK on 90-day tours: ceil(365 / 90) = 5 contingents', ceasefire, tour(1), '90 days', [28_000, 30_000]],
    ['the UK on 6-month tours: ceil(365 / 182.625) = 2', ceasefire, tour(1), '6 months', [13_000, 15_000]],
    ['the UK on tours of 90 to 120 days: 4 to 5 contingents', ceasefire, tour(1), '90..120', [23_000, 30_000]],
    ['the UK on tours leaving on day 180: ceil(180 / 90) = 2', toured, leaves(1), '180', [13_000, 15_000]],
    ['the UK staying again: 5 contingents', applyScenarioEdits(toured, [{ kind: 'leaves', contributor: 1, leaves: point(180) }]), leaves(1), 'none', [28_000, 30_000]],
    ['the UK without tours: one contingent', toured, tour(1), 'none', [8_000, 10_000]],
    ['a departure as a date: 1 July 2026 is day 181 of a scenario from 1 January, ceil(181 / 90) = 3', { ...toured, start: '2026-01-01' }, leaves(1), '2026-07-01', [18_000, 20_000]],
  ])('%s', (_, scenario, field, text, expected) => {
    expect(rotated(scenario, field, text)).toEqual({ min: expected[0], max: expected[1] });
  });

  const arriving = applyScenarioEdits(ceasefire, []);
  const late = { ...arriving, coalition: arriving.coalition?.map((contributor, index) => (index === 1 ? { ...contributor, arrives: { min: 30, max: 60 } } : contributor)) ?? null };
  it.each<[string, typeof ceasefire, InputField, string, RegExp, RegExp]>([
    ['a departure on day 0 of a contributor there from day 0', ceasefire, leaves(0), '0', /^a departure after day 0/, /"0"/],
    ['a departure within the days it may arrive', late, leaves(1), '45', /after the last day of arrives, day 60$/, /"45"/],
    ['a departure before day 0', ceasefire, leaves(0), '-5', /^a duration of 0 or more/, /-5/],
    ['a departure as a date in a scenario without a start', ceasefire, leaves(0), '2026-07-01', /start|days/, /2026-07-01/],
    ['a tour of 0 days', ceasefire, tour(0), '0', /at least 1|1 day|from 1/, /0/],
    ['a tour in km', ceasefire, tour(0), '3 km', /day|month/, /3 km/],
  ])('refuses %s in the words of the file', (_, scenario, field, text, expected, received) => {
    const outcome = submitEntry(field, text, scenario, {});
    if (outcome.kind !== 'refused') throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
    expect(outcome.error.expected).toMatch(expected);
    expect(outcome.error.received).toMatch(received);
  });

  it('starts from the days as they are, and offers dates only where the scenario has a start', () => {
    expect(initialEntryText(leaves(1), ceasefire)).toBe('none');
    expect(initialEntryText(tour(1), toured)).toBe('90 days');
    expect(initialEntryText(leaves(1), late)).toBe('none');
    expect(initialEntryText(tour(1), applyScenarioEdits(ceasefire, [{ kind: 'tour', contributor: 1, tour: { min: 90, max: 120 } }]))).toBe('90..120 days');
    expect(entryPrompt(leaves(1), ceasefire)).toBe('Day United Kingdom leaves (days; none: it stays)');
    expect(entryPrompt(leaves(1), { ...ceasefire, start: '2026-01-01' })).toBe('Day United Kingdom leaves (days, a date; none: it stays)');
    expect(entryPrompt(tour(0), ceasefire)).toMatch(/^Tour of France/);
  });
});

describe('initialEntryText and entryPrompt', () => {
  it('start from the value as it is, so a small change is a few keys', () => {
    expect(initialEntryText({ kind: 'sector', sector: 1, column: 'length' }, ceasefire)).toBe('150 km');
    expect(initialEntryText({ kind: 'sector', sector: 1, column: 'density' }, ceasefire)).toBe('20 /km');
    expect(initialEntryText({ kind: 'sector', sector: 0, column: 'density' }, ceasefire)).toBe('none');
    expect(initialEntryText({ kind: 'contributor', contributor: 0, column: 'pledge' }, ceasefire)).toBe('1 brigades');
    expect(initialEntryText({ kind: 'contributor', contributor: 1, column: 'pledge' }, ceasefire)).toBe('5,000');
    expect(initialEntryText({ kind: 'title' }, ceasefire)).toBe('Ceasefire line');
    expect(initialEntryText({ kind: 'newSector', name: null }, ceasefire)).toBe('');
  });

  it('reads back what it starts with: Enter on an untouched entry changes no figure', () => {
    const fields: InputField[] = [
      { kind: 'sector', sector: 0, column: 'length' },
      { kind: 'sector', sector: 1, column: 'density' },
      { kind: 'sector', sector: 0, column: 'density' },
      { kind: 'contributor', contributor: 0, column: 'pledge' },
      { kind: 'contributor', contributor: 1, column: 'pledge' },
      { kind: 'contributor', contributor: 1, column: 'leaves' },
      { kind: 'contributor', contributor: 1, column: 'tour' },
    ];
    for (const field of fields) expect(estimate(edited(field, initialEntryText(field, ceasefire))).figures, JSON.stringify(field)).toEqual(estimate(ceasefire).figures);
  });

  it('says what is asked, naming the entry', () => {
    expect(entryPrompt({ kind: 'sector', sector: 1, column: 'length' }, ceasefire)).toMatch(/^Length of Hot spot/);
    expect(entryPrompt({ kind: 'newContributor', country: 'Latvia' }, ceasefire)).toMatch(/^New contributor Latvia: its pledge/);
  });
});

describe('a capability declared on screen', () => {
  const named = (name: string | null, per: CapabilityPer | null = null): InputField => ({ kind: 'newCapability', name, per });

  it('asks its name, then what its need is per, then the need, which declares it', () => {
    expect(submitEntry(named(null), ' Sapper company ', ceasefire, {})).toEqual({ kind: 'next', field: named('Sapper company') });
    expect(submitEntry(named('Sapper company'), 'Brigade', ceasefire, {})).toEqual({ kind: 'next', field: named('Sapper company', { kind: 'brigade' }) });
    expect(submitEntry(named('EW team'), '100 km', ceasefire, {})).toEqual({ kind: 'next', field: named('EW team', { kind: 'length', km: 100 }) });
    expect(entryPrompt(named('EW team', { kind: 'length', km: 100 }), ceasefire)).toBe('New capability EW team: units needed per 100 km (a value or range)');
  });

  // ceasefire: 6,600 troops, 2..3 brigades of 3,000..5,000 on 1,350 km.
  it.each<[string, InputField, string, [number, number]]>([
    ['1..2 sapper companies per brigade: 2..6', named('Sapper company', { kind: 'brigade' }), '1..2', [2, 6]],
    ['1 EW team per 100 km of 1,350 km: 14, rounded up', named('EW team', { kind: 'length', km: 100 }), '1', [14, 14]],
    ['3 mine hunters for the force', named('Mine hunter', { kind: 'force' }), '3', [3, 3]],
  ])('%s', (_, field, text, need) => {
    const outcome = submitEntry(field, text, ceasefire, {});
    if (outcome.kind !== 'edit') throw new Error(`expected an edit, got ${JSON.stringify(outcome)}`);
    const declared = estimate(outcome.scenario).capabilities.at(-1);
    expect(declared?.figures.need).toEqual({ min: need[0], max: need[1] });
    expect(outcome.scenario.capabilities?.at(-1)?.source).toBeNull();
  });

  it.each<[string, InputField, string, RegExp, RegExp]>([
    ['air cover, which every scenario has', named(null), 'air COVER', /Air cover is every scenario's/, /"air COVER"/],
    ['a name another capability has, but for case', named(null), 'ew TEAM', /a capability name the scenario does not have/, /"ew TEAM"/],
    ['a blank name', named(null), '  ', /a capability name/, /" {2}"/],
    ['per brigades', named('Sapper company'), 'brigades', /did you mean brigade\?/, /"brigades"/],
    ['per a range of lengths', named('EW team'), '100..200 km', /one length such as "100 km", not a range/, /100\.\.200 km/],
    ['a negative need', named('EW team', { kind: 'force' }), '-1', /0 or more|at least 0/, /-1/],
  ])('refuses %s with the file’s message', (_, field, text, expected, received) => {
    const scenario = field.kind === 'newCapability' && field.name === null && text === 'ew TEAM' ? multiDomain : ceasefire;
    const outcome = submitEntry(field, text, scenario, {});
    if (outcome.kind !== 'refused') throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
    expect(outcome.error.expected).toMatch(expected);
    expect(outcome.error.received).toMatch(received);
  });

  it('removes one and what was provided of it; never air cover, nor one a contributor pledges only', () => {
    const removed = removeEntry('capabilities', 1, multiDomain);
    if (removed.kind !== 'edit') throw new Error(`expected an edit, got ${JSON.stringify(removed)}`);
    expect(removed.scenario.capabilities?.map((capability) => capability.name)).toEqual(['Air-defence battery', 'Mine hunter']);
    expect(removed.scenario.coalition?.[0]?.provides?.map((pledge) => pledge.capability)).toEqual(['Air cover', 'Air-defence battery']);
    expect(removeEntry('capabilities', -1, multiDomain)).toEqual({ kind: 'refused', reason: "Air cover is every scenario's: set its need to 0 in the factors (3) instead." });
    expect(removeEntry('capabilities', 3, multiDomain)).toEqual({ kind: 'refused', reason: 'No capability to remove.' });
    const onlyEw = { ...multiDomain, coalition: [...(multiDomain.coalition ?? []), { country: 'Estonia', pledge: { kind: 'none' as const }, provides: [{ capability: 'EW team', units: point(2) }] }] };
    expect(removeEntry('capabilities', 1, onlyEw)).toEqual({ kind: 'refused', reason: '"Estonia" provides only "EW team": withdraw it or give it a pledge first.' });
  });
});

describe('removeEntry', () => {
  it('removes a sector or a contributor', () => {
    const sector = removeEntry('sectors', 1, ceasefire);
    expect(sector.kind === 'edit' && sector.scenario.sectors.map((each) => each.name)).toEqual(['Line of contact']);
    const contributor = removeEntry('coalition', 0, ceasefire);
    expect(contributor.kind === 'edit' && contributor.scenario.coalition?.map((each) => each.country)).toEqual(['United Kingdom']);
  });

  it('keeps the last sector, and says so', () => {
    const one = { ...ceasefire, sectors: [{ name: 'Only', lengthKm: point(10) }] };
    expect(removeEntry('sectors', 0, one)).toEqual({ kind: 'refused', reason: 'A scenario keeps at least one sector: add another first.' });
    expect(removeEntry('coalition', 5, ceasefire).kind).toBe('refused');
  });
});

describe('what a contributor provides', () => {
  // multi: France provides air cover 1, an air-defence battery 1 and EW teams 4; the US backstop air cover 2 and a battery.
  const provides = (contributor: number, capability: string): InputField => ({ kind: 'provides', contributor, capability });
  const after = (field: InputField, text: string) => {
    const outcome = submitEntry(field, text, multiDomain, {});
    if (outcome.kind !== 'edit') throw new Error(`expected an edit, got ${JSON.stringify(outcome)}`);
    return outcome.scenario.coalition?.map((contributor) => contributor.provides?.map((pledge) => [pledge.capability, pledge.units.max]));
  };

  it('sets, adds and removes the units of a capability, in the file order', () => {
    expect(after(provides(0, 'EW team'), '6')).toEqual([[['Air cover', 1], ['Air-defence battery', 1], ['EW team', 6]], [['Air cover', 2], ['Air-defence battery', 1]]]);
    expect(after(provides(1, 'Mine hunter'), '3')).toEqual([[['Air cover', 1], ['Air-defence battery', 1], ['EW team', 4]], [['Air cover', 2], ['Air-defence battery', 1], ['Mine hunter', 3]]]);
    expect(after(provides(0, 'Air cover'), 'none')).toEqual([[['Air-defence battery', 1], ['EW team', 4]], [['Air cover', 2], ['Air-defence battery', 1]]]);
  });

  it('starts from the units as they are, and names the capability and the contributor', () => {
    expect(initialEntryText(provides(0, 'EW team'), multiDomain)).toBe('4');
    expect(initialEntryText(provides(0, 'Mine hunter'), multiDomain)).toBe('none');
    expect(entryPrompt(provides(0, 'EW team'), multiDomain)).toBe('EW team France provides (whole units; none)');
  });

  it('moves the capability figures: EW teams needed 12, France now 12', () => {
    const outcome = submitEntry(provides(0, 'EW team'), '12', multiDomain, {});
    if (outcome.kind !== 'edit') throw new Error('refused');
    const ew = estimate(outcome.scenario).capabilities.find((capability) => capability.name === 'EW team');
    expect(ew?.coalition?.shortfall).toEqual({ min: 0, max: 0 });
  });

  it('refuses a fraction of a unit, and a contributor left pledging nothing at all', () => {
    expect(submitEntry(provides(0, 'EW team'), '1.5', multiDomain, {})).toMatchObject({ kind: 'refused', error: { received: expect.stringMatching(/1\.5/) } });
    // The US pledges no troops: without air cover and a battery it would pledge nothing, which no file may hold.
    const usOnlyCover = applyScenarioEdits(multiDomain, [{ kind: 'provides', contributor: 1, capability: 'Air-defence battery', units: null }]);
    expect(submitEntry(provides(1, 'Air cover'), 'none', usOnlyCover, {})).toEqual({
      kind: 'refused',
      error: { expected: 'troops, brigades or a capability it provides, as a file must give', received: '"United States" with none of them' },
    });
    expect(submitEntry({ kind: 'newContributor', country: 'Latvia' }, 'none', multiDomain, {}).kind).toBe('refused');
  });
});

describe('names and the description, as a planner would trip on them', () => {
  it("refuses a name another sector or contributor has, but for case and spaces, and takes an entry's own", () => {
    expect(submitEntry({ kind: 'sector', sector: 1, column: 'name' }, 'line  OF contact', ceasefire, {})).toEqual({
      kind: 'refused',
      error: { expected: 'a sector name not already used in the scenario', received: '"line  OF contact"' },
    });
    expect(submitEntry({ kind: 'newSector', name: null }, 'Hot spot', ceasefire, {}).kind).toBe('refused');
    expect(submitEntry({ kind: 'newContributor', country: null }, 'france', ceasefire, {}).kind).toBe('refused');
    expect(submitEntry({ kind: 'sector', sector: 1, column: 'name' }, 'Hot Spot', ceasefire, {}).kind).toBe('edit');
  });

  it('keeps a description of several paragraphs as the file has it when the entry is taken back unchanged', () => {
    const paragraphs = { ...ceasefire, description: 'Para one.\n\nPara two, with   spaces.' };
    const shown = initialEntryText({ kind: 'description' }, paragraphs);
    expect(shown).toBe('Para one. Para two, with spaces.');
    const outcome = submitEntry({ kind: 'description' }, shown, paragraphs, {});
    expect(outcome.kind === 'edit' && outcome.scenario.description).toBe(paragraphs.description);
  });
});
