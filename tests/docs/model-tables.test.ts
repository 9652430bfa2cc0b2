// The documentation's tables of factors and figures are the code's (FACTORS in
// src/core/factors.ts, FIGURES in src/core/figures.ts): a renamed factor, a new
// figure or a changed formula fails here, with the row to write, until the docs follow.
import { describe, expect, it } from 'vitest';
import { FACTOR_NAMES, FACTORS, FIGURE_NAMES, FIGURES, type FactorName, type FigureName } from '../../src/core/index.js';
import { formatFactor } from '../../src/report/number-format.js';
import { docPages, readRepoFile } from './doc-pages.js';
import { headingAnchors, headingSlug, markdownTables, type MarkdownTable } from './markdown.js';

const FACTOR_HEADER = ['factor', 'label', 'unit', 'default', 'source'];
const FIGURE_HEADER = ['figure', 'label', 'unit', 'formula'];
/** A factor without a unit (a share) shows this in the unit column. */
const NO_UNIT = '—';

/** The section of docs/sources.md a default's source names at its end: "... (docs/sources.md, rotation)". */
function sourcesSection(defaultSource: string): string | null {
  return /\(docs\/sources\.md, ([^)]+)\)$/.exec(defaultSource)?.[1] ?? null;
}

/** The cells the factors table must hold for one factor; the source cell is checked by its link. */
function factorCells(name: FactorName): { name: string; label: string; unit: string; default: string; link: string } {
  const factor = FACTORS[name];
  const section = sourcesSection(factor.defaultSource) ?? '?';
  return {
    name: `\`${name}\``,
    label: factor.label,
    unit: factor.unit === '' ? NO_UNIT : factor.unit,
    default: formatFactor(name, factor.defaultValue),
    link: `(sources.md#${headingSlug(section)})`,
  };
}

function factorRowToAdd(name: FactorName): string {
  const cells = factorCells(name);
  return `| ${cells.name} | ${cells.label} | ${cells.unit} | ${cells.default} | where it comes from ([sources: ${sourcesSection(FACTORS[name].defaultSource) ?? '?'}]${cells.link}) |`;
}

function figureRowToAdd(name: FigureName): string {
  const figure = FIGURES[name];
  return `| \`${name}\` | ${figure.label} | ${figure.unit} | ${figure.formula} |`;
}

/** Every difference between a table's rows and the code's list, each saying what to write. */
function rowProblems<Name extends string>(
  page: string,
  table: MarkdownTable,
  kind: string,
  names: readonly Name[],
  rowToAdd: (name: Name) => string,
  cellProblems: (name: Name, row: readonly string[]) => string[],
): string[] {
  const where = `${page}:${table.line} (the ${kind} table)`;
  const written = table.rows.map((row) => (row[0] ?? '').replace(/^`|`$/g, ''));
  const problems: string[] = [];
  for (const name of names) {
    if (!written.includes(name)) problems.push(`${where}: no row for ${name}; add, in the code's order:\n  ${rowToAdd(name)}`);
  }
  for (const name of written) {
    if (!(names as readonly string[]).includes(name)) problems.push(`${where}: a row for ${name}, which the code does not have; remove it or rename it`);
  }
  const order = written.filter((name) => (names as readonly string[]).includes(name));
  const expectedOrder = names.filter((name) => written.includes(name));
  if (order.join() !== expectedOrder.join()) problems.push(`${where}: rows in the order ${order.join(', ')}; the code's order is ${expectedOrder.join(', ')}`);
  table.rows.forEach((row) => {
    const name = (row[0] ?? '').replace(/^`|`$/g, '');
    if ((names as readonly string[]).includes(name)) {
      problems.push(...cellProblems(name as Name, row).map((problem) => `${where}, row ${name}: ${problem}; write:\n  ${rowToAdd(name as Name)}`));
    }
  });
  return problems;
}

function factorCellProblems(name: FactorName, row: readonly string[]): string[] {
  const cells = factorCells(name);
  const problems: string[] = [];
  if (row[0] !== cells.name) problems.push(`the name is written ${JSON.stringify(row[0])}, not ${JSON.stringify(cells.name)}`);
  if (row[1] !== cells.label) problems.push(`the label is ${JSON.stringify(row[1])}; FACTORS.${name}.label is ${JSON.stringify(cells.label)}`);
  if (row[2] !== cells.unit) problems.push(`the unit is ${JSON.stringify(row[2])}; FACTORS.${name}.unit is ${JSON.stringify(cells.unit)}`);
  if (row[3] !== cells.default) problems.push(`the default is ${JSON.stringify(row[3])}; FACTORS.${name}.defaultValue prints ${JSON.stringify(cells.default)}`);
  if (!(row[4] ?? '').includes(cells.link)) problems.push(`the source does not link ${cells.link}, the section FACTORS.${name}.defaultSource names`);
  return problems;
}

function figureCellProblems(name: FigureName, row: readonly string[]): string[] {
  const figure = FIGURES[name];
  const expected = [`\`${name}\``, figure.label, figure.unit, figure.formula];
  const columns = ['name', 'label', 'unit', 'formula'];
  return expected.flatMap((cell, index) =>
    row[index] === cell ? [] : [`the ${columns[index]} is ${JSON.stringify(row[index])}; FIGURES.${name} says ${JSON.stringify(cell)}`],
  );
}

const sameHeader = (table: MarkdownTable, header: readonly string[]): boolean =>
  table.header.map((cell) => cell.toLowerCase()).join('|') === header.join('|');

/** Every factors table and figures table in the docs, with the page it is on. */
function tablesOf(header: readonly string[]): { page: string; table: MarkdownTable }[] {
  return docPages().flatMap((page) =>
    markdownTables(readRepoFile(page))
      .filter((table) => sameHeader(table, header))
      .map((table) => ({ page, table })),
  );
}

describe('the tables of factors and figures in the docs', () => {
  it('docs/model.md has both', () => {
    const pages = (header: readonly string[]) => tablesOf(header).map(({ page }) => page);
    expect(pages(FACTOR_HEADER), `docs/model.md needs a table headed | ${FACTOR_HEADER.join(' | ')} |`).toContain('docs/model.md');
    expect(pages(FIGURE_HEADER), `docs/model.md needs a table headed | ${FIGURE_HEADER.join(' | ')} |`).toContain('docs/model.md');
  });

  it('list every factor of FACTORS, as the code has it', () => {
    const problems = tablesOf(FACTOR_HEADER).flatMap(({ page, table }) =>
      rowProblems(page, table, 'factors', FACTOR_NAMES, factorRowToAdd, factorCellProblems),
    );
    expect(problems.join('\n')).toBe('');
  });

  it('list every figure of FIGURES, as the code has it', () => {
    const problems = tablesOf(FIGURE_HEADER).flatMap(({ page, table }) =>
      rowProblems(page, table, 'figures', FIGURE_NAMES, figureRowToAdd, figureCellProblems),
    );
    expect(problems.join('\n')).toBe('');
  });
});

describe('the sources of the default factors', () => {
  const anchors = headingAnchors(readRepoFile('docs/sources.md'));

  it.each(FACTOR_NAMES)('%s ends with the section of docs/sources.md that records it', (name) => {
    const section = sourcesSection(FACTORS[name].defaultSource);
    expect(section, `FACTORS.${name}.defaultSource must end with "(docs/sources.md, <section>)"`).not.toBeNull();
    expect([...anchors], `docs/sources.md needs a heading "${section}" for FACTORS.${name}`).toContain(headingSlug(section ?? ''));
  });
});

describe('the checks themselves', () => {
  const table = (rows: string[][]): MarkdownTable => ({ line: 1, header: FIGURE_HEADER, rows });
  const rows = FIGURE_NAMES.map((name) => [`\`${name}\``, FIGURES[name].label, FIGURES[name].unit, FIGURES[name].formula]);

  it('pass the rows the code has', () => {
    expect(rowProblems('x.md', table(rows), 'figures', FIGURE_NAMES, figureRowToAdd, figureCellProblems)).toEqual([]);
  });

  it('ask for a missing figure with the row to add', () => {
    const problems = rowProblems('x.md', table(rows.slice(1)), 'figures', FIGURE_NAMES, figureRowToAdd, figureCellProblems);
    expect(problems).toEqual([`x.md:1 (the figures table): no row for coverageKm; add, in the code's order:\n  ${figureRowToAdd('coverageKm')}`]);
  });

  it('name a changed formula and a row the code lacks', () => {
    const changed = rows.map((row) => (row[0] === '`troops`' ? [...row.slice(0, 3), 'sum of sectors'] : row));
    const problems = rowProblems('x.md', table([...changed, ['`reserves`', 'Reserves', 'troops', 'a guess']]), 'figures', FIGURE_NAMES, figureRowToAdd, figureCellProblems);
    expect(problems).toEqual([
      'x.md:1 (the figures table): a row for reserves, which the code does not have; remove it or rename it',
      `x.md:1 (the figures table), row troops: the formula is "sum of sectors"; FIGURES.troops says "${FIGURES.troops.formula}"; write:\n  ${figureRowToAdd('troops')}`,
    ]);
  });

  it('ask for the link to the section of docs/sources.md a default names', () => {
    const problems = factorCellProblems('rotation', ['`rotation`', 'Rotation', 'x', '1x', 'the rule of thirds']);
    expect(problems).toEqual([`the source does not link ${factorCells('rotation').link}, the section FACTORS.rotation.defaultSource names`]);
  });
});
