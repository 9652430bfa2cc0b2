import { describe, expect, it } from 'vitest';
import { formatProblem, parseSetting, resolveInputAssignments, type InputAssignment } from '../../src/scenarios/index.js';
import { buildScenario } from '../core/build-scenario.js';

/** The assignment `text` reads as, failing the test on a problem or a factor. */
function inputOf(text: string): InputAssignment {
  const result = parseSetting(text);
  if (!result.ok) expect.fail(formatProblem(result.problem));
  if (result.setting.kind !== 'input') expect.fail(`${text} read as a factor`);
  return result.setting.assignment;
}

function problemOf(text: string): string {
  const result = parseSetting(text);
  if (result.ok) expect.fail(`${text} was read`);
  return formatProblem(result.problem);
}

describe('parseSetting reads --set for a sector or a contributor', () => {
  it.each<[string, Omit<InputAssignment, 'text'>]>([
    ['sector[Line of contact].length=1,300 km', { target: { list: 'sectors', name: 'Line of contact', field: 'length' }, value: { min: 1300, max: 1300 } }],
    // Commas, brackets and dots in a name: the name ends at the ] that a field and = follow.
    [
      'sector[Zaporizhzhia NPP frontage (Kakhovka reservoir, Enerhodar)].length=200 km',
      { target: { list: 'sectors', name: 'Zaporizhzhia NPP frontage (Kakhovka reservoir, Enerhodar)', field: 'length' }, value: { min: 200, max: 200 } },
    ],
    ['sectors[a [b]. c].density=5/km', { target: { list: 'sectors', name: 'a [b]. c', field: 'density' }, value: { min: 5, max: 5 } }],
    ['sector[x].length=100..200 km', { target: { list: 'sectors', name: 'x', field: 'length' }, value: { min: 100, max: 200 } }],
    ['sector[ Hot spot ] . density = none', { target: { list: 'sectors', name: 'Hot spot', field: 'density' }, value: null }],
    ['coalition[France].troops=8,000', { target: { list: 'coalition', name: 'France', field: 'troops' }, value: { min: 8000, max: 8000 } }],
    ['coalition[France].brigades=1..2', { target: { list: 'coalition', name: 'France', field: 'brigades' }, value: { min: 1, max: 2 } }],
    ['coalition[Poland]=none', { target: { list: 'coalition', name: 'Poland', field: 'withdraw' }, value: null }],
    ['coalition[#2]=NONE', { target: { list: 'coalition', name: '#2', field: 'withdraw' }, value: null }],
    ['capability[EW team].need=2', { target: { list: 'capabilities', name: 'EW team', field: 'need' }, value: { min: 2, max: 2 } }],
    ['capabilities[Air-defence battery, SAMP/T [x]].need=0.5..1 units', { target: { list: 'capabilities', name: 'Air-defence battery, SAMP/T [x]', field: 'need' }, value: { min: 0.5, max: 1 } }],
  ])('%s', (text, expected) => {
    const { target, value } = inputOf(text);
    expect(target).toEqual(expected.target);
    expect(value === null ? null : { min: value.min, max: value.max }).toEqual(expected.value);
  });

  it('reads a distribution as a scenario file does', () => {
    expect(inputOf('sector[x].length=pert(100, 150, 300 km)').value?.distribution?.kind).toBe('pert');
  });

  it('leaves a factor to parseFactorAssignment', () => {
    const result = parseSetting('density=5/km');
    expect(result.ok && result.setting.kind).toBe('factor');
  });

  it.each<[string, string]>([
    ['sector[x]=3', '--set sectors["x"]: expected a field: length or density, got nothing'],
    ['sector[x', '--set: expected sector[name].length=value, sector[name].density=value, coalition[name].troops=value, coalition[name].brigades=value, coalition[name]=none or capability[name].need=value, got "sector[x"'],
    ['sector[x].width=3', '--set sectors["x"]: expected a field: length or density, got "width"'],
    ['coalition[x].length=3', '--set coalition["x"]: expected a field: troops or brigades (or =none), got "length"'],
    ['sector[].length=3', '--set sectors: expected a name between [ and ]: sector[name].length=value, sector[name].density=value, coalition[name].troops=value, coalition[name].brigades=value, coalition[name]=none or capability[name].need=value, got nothing'],
    ['sector[x].length=3 kg', '--set sectors["x"].length: expected a length such as "120 km", got "3 kg"'],
    ['sector[x].density=3 km', '--set sectors["x"].density: expected a density such as "3 / km" (that is a length; a density is per km, such as 3 / km), got "3 km"'],
    ['coalition[x].troops=2.5', '--set coalition["x"].troops: expected a whole number such as "5,000" (2.5 is not whole), got "2.5"'],
    ['coalition[x]=0', '--set coalition["x"]: expected none (the contributor leaves), or .troops= or .brigades=, got "0"'],
    ['capability[x]=2', '--set capabilities["x"]: expected a field: need, got nothing'],
    ['capability[x].need=3 kg', '--set capabilities["x"].need: expected a number such as "1..2", got "3 kg"'],
    ['capability[x].need=-1', '--set capabilities["x"].need: expected a number of 0 or more, got "-1"'],
    // A name with a terminal escape is quoted and escaped, never raw.
    ['sector[\u001b[31mred].length=3 kg', '--set sectors["\\u001b[31mred"].length: expected a length such as "120 km", got "3 kg"'],
  ])('%s', (text, message) => {
    expect(problemOf(text)).toBe(message);
  });
});

describe('resolveInputAssignments finds the names in the scenario', () => {
  const scenario = buildScenario({
    sectors: [{ name: 'Line of contact', km: 1_000 }, { name: 'Hot spot', km: 100 }, { name: 'Hot spot', km: 50 }],
    coalition: [{ country: 'France', brigades: 1 }, { country: 'United Kingdom', troops: 5_000 }],
    capabilities: [{ name: 'EW team', per: 100, need: 1 }, { name: 'Air-defence battery', per: 'brigade', need: 1 }],
  });

  function problems(...texts: string[]): string[] {
    const result = resolveInputAssignments(scenario, texts.map(inputOf));
    if (result.ok) expect.fail('resolved');
    return result.problems.map(formatProblem);
  }

  it('by exact name, by name but for case and spaces, and by #position', () => {
    const result = resolveInputAssignments(scenario, [
      inputOf('sector[Line of contact].length=1,200'),
      inputOf('coalition[united   KINGDOM].troops=2,000'),
      inputOf('sector[#3].density=none'),
      inputOf('coalition[France]=none'),
      inputOf('capability[air-DEFENCE battery].need=2'),
    ]);
    expect(result).toEqual({
      ok: true,
      edits: [
        { kind: 'sectorLength', sector: 0, lengthKm: { min: 1200, max: 1200 } },
        { kind: 'pledge', contributor: 1, pledge: { kind: 'troops', troops: { min: 2000, max: 2000 } } },
        { kind: 'sectorDensity', sector: 2, density: null },
        { kind: 'withdraw', contributor: 0 },
        { kind: 'capabilityNeed', capability: 1, need: { min: 2, max: 2 } },
      ],
    });
  });

  it('reports every name it cannot find, with the closest one, and names shared by two entries', () => {
    expect(problems('coalition[Frnce]=none', 'sector[Hot spot].length=3', 'sector[#4].length=3', 'sector[Nowhere at all].length=3')).toEqual([
      '--set coalition["Frnce"]: expected a contributor of the scenario (did you mean "France"?), got "Frnce"',
      '--set sectors["Hot spot"].length: expected one sector of that name, not 2: name it by position, #2 or #3, got "Hot spot"',
      '--set sectors["#4"].length: expected a position from #1 to #3, got "#4"',
      '--set sectors["Nowhere at all"].length: expected a sector of the scenario: "Line of contact", "Hot spot", "Hot spot", got "Nowhere at all"',
    ]);
  });

  it('sends air cover to its factor, and suggests the closest capability', () => {
    expect(problems('capability[Air cover].need=2', 'capability[EW tem].need=2')).toEqual([
      `--set capabilities["Air cover"].need: expected a capability the scenario declares: Air cover's need is the factor airCoverPerBrigade (--set airCoverPerBrigade=2), got "Air cover"`,
      '--set capabilities["EW tem"].need: expected a capability of the scenario (did you mean "EW team"?), got "EW tem"',
    ]);
  });

  it('says so when the scenario has no coalition', () => {
    const alone = buildScenario({ sectors: [{ km: 10 }] });
    const result = resolveInputAssignments(alone, [inputOf('coalition[France]=none')]);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['--set coalition["France"]: expected a contributor, and the scenario has none, got "France"']);
  });
});
