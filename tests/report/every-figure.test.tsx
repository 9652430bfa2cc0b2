// Every figure of the figure table appears in every format that lists figures, derived from the table:
// a new figure shows up everywhere, or this test names the format that left it out.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { sweep } from '../../src/core/analysis/sweep.js';
import {
  CAPABILITY_FIGURE_NAMES,
  CAPABILITY_FIGURES,
  COALITION_FIGURE_NAMES,
  CORE_FIGURE_NAMES,
  estimate,
  FIGURE_NAMES,
  FIGURES,
  isCoalitionFigure,
  SIMULATED_FIGURE_NAMES,
  SWEPT_FIGURE_NAMES,
  type FigureName,
} from '../../src/core/index.js';
import { simulate } from '../../src/core/simulation/index.js';
import { formatComparison, formatEstimate, formatSimulation, formatSweep } from '../../src/report/index.js';
import { parseScenarioText } from '../../src/scenarios/index.js';
import { compareRows } from '../../src/ui/compare/compare-rows.js';
import { FiguresPanel } from '../../src/ui/estimate/figures-panel.js';
import { initialFiguresState } from '../../src/ui/estimate/figures-state.js';
import { initialUncertaintyState } from '../../src/ui/uncertainty/uncertainty-state.js';
import { frame, renderTerminal } from '../ui/terminal.js';
import { pledgeTroops, scenario, twoSectorEstimate } from './scenario-builder.js';

afterEach(cleanup);

/** A scenario with a coalition, so that it has every figure. */
const withCoalition = twoSectorEstimate();
const other = estimate(scenario({ coalition: [pledgeTroops('Norway', 3_000)] }));

/** The labels a table or Markdown row starts with, one per figure. */
const labels = FIGURE_NAMES.map((name) => FIGURES[name].label);
const missingLabels = (text: string, rowStart: (label: string) => RegExp): string[] =>
  labels.filter((label) => !rowStart(label).test(text));
const tableRow = (label: string) => new RegExp(`(^|\\n) *>? *${label} {2,}`);
const markdownRow = (label: string) => new RegExp(`\\n\\| ${label} \\|`);

/** The figures a JSON estimate object holds: the core ones at the top, the coalition's under `coalition`. */
function jsonFigures(json: Record<string, unknown>): string[] {
  const coalition = (json.coalition ?? {}) as Record<string, unknown>;
  return FIGURE_NAMES.filter((name) => (isCoalitionFigure(name) ? name in coalition : name in json));
}

/** The figures named in the `figure` column of long-format CSV records. */
function csvFigures(text: string): string[] {
  const named = new Set(text.split('\r\n').map((record) => record.split(',')[1]));
  return FIGURE_NAMES.filter((name) => named.has(name));
}

describe('every figure in every format', () => {
  it('the figure table holds each figure once, the core figures before the coalition\'s', () => {
    expect(new Set(FIGURE_NAMES).size).toBe(FIGURE_NAMES.length);
    expect([...CORE_FIGURE_NAMES, ...COALITION_FIGURE_NAMES]).toEqual(FIGURE_NAMES);
  });

  it('estimate: table, JSON, CSV and Markdown', () => {
    expect(missingLabels(formatEstimate(withCoalition, 'table'), tableRow)).toEqual([]);
    expect(missingLabels(formatEstimate(withCoalition, 'md'), markdownRow)).toEqual([]);
    expect(jsonFigures(JSON.parse(formatEstimate(withCoalition, 'json')) as Record<string, unknown>)).toEqual(FIGURE_NAMES);
    expect(csvFigures(formatEstimate(withCoalition, 'csv'))).toEqual(FIGURE_NAMES);
  });

  it('compare: table, JSON, CSV and Markdown', () => {
    const both = [withCoalition, other];
    expect(missingLabels(formatComparison(both, 'table'), tableRow)).toEqual([]);
    expect(missingLabels(formatComparison(both, 'md'), markdownRow)).toEqual([]);
    for (const json of JSON.parse(formatComparison(both, 'json')) as Record<string, unknown>[]) expect(jsonFigures(json)).toEqual(FIGURE_NAMES);
    expect(csvFigures(formatComparison(both, 'csv'))).toEqual(FIGURE_NAMES);
  });

  it('simulate: every simulated figure in JSON, CSV, the table and Markdown', () => {
    const result = simulate(scenario({ coalition: [pledgeTroops('Norway', 3_000)] }), { samples: 20 });
    const json = JSON.parse(formatSimulation(result, 'json')) as { figures: Record<string, unknown> };
    expect(Object.keys(json.figures)).toEqual(SIMULATED_FIGURE_NAMES);
    const named = new Set(formatSimulation(result, 'csv').split('\r\n').map((record) => record.split(',')[3]));
    expect(SIMULATED_FIGURE_NAMES.filter((name) => !named.has(name))).toEqual([]);
    const simulatedLabel = (name: FigureName) => FIGURES[name].label;
    for (const format of ['table', 'md'] as const) {
      const text = formatSimulation(result, format);
      expect(SIMULATED_FIGURE_NAMES.filter((name) => !text.includes(simulatedLabel(name))), format).toEqual([]);
    }
  });

  it('sweep: every swept figure in each cell (JSON) and a column pair each (CSV)', () => {
    const result = sweep(scenario(), [{ factor: 'rotation', from: 1, to: 3, steps: 3 }]);
    const json = JSON.parse(formatSweep(result, 'json')) as { cells: Record<string, unknown>[] };
    for (const cell of json.cells) expect(Object.keys(cell)).toEqual(['rotation', ...SWEPT_FIGURE_NAMES]);
    const header = formatSweep(result, 'csv').split('\r\n')[0]?.split(',') ?? [];
    expect(header).toEqual(['scenario', 'rotation', ...SWEPT_FIGURE_NAMES.flatMap((name) => [`${name}Min`, `${name}Max`])]);
  });

  it('the UI: the figures panel and the compare view', async () => {
    const terminal = await renderTerminal(
      <FiguresPanel estimate={withCoalition} state={initialFiguresState} changed={new Set()} uncertainty={initialUncertaintyState} width={100} height={FIGURE_NAMES.length + 6} />,
      { columns: 100, rows: FIGURE_NAMES.length + 6 },
    );
    expect(missingLabels(frame(terminal), tableRow)).toEqual([]);
    const rows = compareRows([withCoalition, other].map((result) => ({ estimate: result, edited: false })));
    expect(labels.filter((label) => !rows.some((row) => row.label === label))).toEqual([]);
  });

  it('scenario files: every figure is an `expect:` key', () => {
    const expectations = FIGURE_NAMES.map((name) => `  ${name}: 0..1000000`).join('\n');
    const text = `title: t\nsectors:\n  - name: s\n    length: 100 km\ncoalition:\n  - country: A\n    troops: 1\nexpect:\n${expectations}\n`;
    const loaded = parseScenarioText(text, { file: 'every-figure.yaml', id: 'every-figure' });
    expect(loaded.ok ? loaded.scenario.expect.map((expectation) => expectation.figure) : loaded.problems).toEqual(FIGURE_NAMES);
  });
});

describe('every capability figure in every format', () => {
  // 1,200 km at 3 /km with one declared capability and a backstop: every capability figure exists.
  const capabilityScenario = scenario({
    capabilities: [{ name: 'EW team', per: { kind: 'length', km: 100 }, need: { min: 1, max: 1 }, source: null }],
    coalition: [
      { ...pledgeTroops('Norway', 3_000), provides: [{ capability: 'EW team', units: { min: 4, max: 4 } }] },
      { country: 'United States', pledge: { kind: 'none' }, backstop: true, provides: [{ capability: 'EW team', units: { min: 2, max: 2 } }] },
    ],
  });
  const result = estimate(capabilityScenario);
  const paths = result.capabilities.flatMap((capability) => CAPABILITY_FIGURE_NAMES.map((figure) => `capabilities.${capability.name}.${figure}`));

  it('estimate JSON: every capability, every figure of the capability figure table', () => {
    const json = JSON.parse(formatEstimate(result, 'json')) as { capabilities: Record<string, unknown>[] };
    for (const capability of json.capabilities) for (const figure of CAPABILITY_FIGURE_NAMES) expect(capability[figure], figure).not.toBeNull();
  });

  it('estimate and compare CSV: a record per capability figure', () => {
    for (const text of [formatEstimate(result, 'csv'), formatComparison([result, other], 'csv')]) {
      const named = new Set(text.split('\r\n').map((record) => record.split(',')[1]));
      expect(paths.filter((path) => !named.has(path))).toEqual([]);
    }
  });

  it('estimate table and Markdown, and compare: a column or a row per capability figure, headed by its label', () => {
    const headers = CAPABILITY_FIGURE_NAMES.map((figure) => CAPABILITY_FIGURES[figure].label);
    const markdown = formatEstimate(result, 'md');
    expect(headers.filter((header) => !markdown.includes(`| ${header} |`))).toEqual([]);
    const compare = formatComparison([result, other], 'md');
    expect(headers.filter((header) => !compare.includes(`|   ${header} |`))).toEqual([]);
    expect(compareRows([{ estimate: result, edited: false }]).filter((row) => headers.some((header) => row.label === `  ${header}`))).toHaveLength(
      headers.length * result.capabilities.length,
    );
  });

  it('simulate: each capability with its need, and the shares', () => {
    const simulated = simulate(capabilityScenario, { samples: 20 });
    const json = JSON.parse(formatSimulation(simulated, 'json')) as { capabilities: Record<string, Record<string, unknown>> };
    expect(Object.keys(json.capabilities)).toEqual(result.capabilities.map((capability) => capability.name));
    const named = new Set(formatSimulation(simulated, 'csv').split('\r\n').map((record) => record.split(',')[3]));
    for (const capability of result.capabilities) {
      for (const what of ['need', 'suffice', 'sufficeWithoutBackstop']) expect(named.has(`capabilities.${capability.name}.${what}`), what).toBe(true);
    }
    expect(named.has('allSuffice') && named.has('allSufficeWithoutBackstop')).toBe(true);
  });
});
