/**
 * The estimate as a plain-text report for an 80-column terminal: figures,
 * sectors, coalition, then the assumptions and sources behind them. No colour
 * and no escape sequences, so it reads the same under NO_COLOR, TERM=dumb and
 * in a file.
 */
import type { Estimate } from '../core/estimate.js';
import { layoutColumnsOrOverflow, type Column } from './column-layout.js';
import {
  assumptionRows,
  coalitionFigureRows,
  contributorRows,
  coreFigureRows,
  nextBrigadeRows,
  PLANNING_CAVEAT,
  scenarioHeading,
  sectorRows,
  sourceLines,
  type FigureRow,
} from './estimate-rows.js';
import { joinLines, truncate, wrap } from '../text/text-width.js';

/** How the estimate table is laid out. */
export interface TableOptions {
  /** The widest line, in columns. @default 80 */
  readonly width?: number;
}

/** Indent of a default's source under its factor, and of a wrapped source line. */
const DETAIL_INDENT = '    ';

const NAME_MIN_WIDTH = 8;

function figureTable(title: string, rows: readonly FigureRow[], width: number): string[] {
  const columns: Column[] = [
    { header: [title], align: 'left' },
    { header: ['Value'], align: 'right' },
    { header: ['Unit'], align: 'left' },
  ];
  const lines = layoutColumnsOrOverflow(columns, rows.map((row) => [row.label, row.value, row.unit]), width);
  return [...lines.header, ...lines.rows];
}

function nextBrigadeTable(result: Estimate, width: number): string[] {
  const columns: Column[] = [
    { header: ['Before one', 'more brigade'], align: 'left' },
    { header: ['Brigades'], align: 'right' },
    { header: ['At line', 'density'], align: 'right' },
    { header: ['Line can', 'grow by'], align: 'right' },
  ];
  const rows = nextBrigadeRows(result).map((row) => [row.bound, row.brigades, row.density, row.growthKm]);
  const lines = layoutColumnsOrOverflow(columns, rows, width);
  return [...lines.header, ...lines.rows];
}

function sectorTable(result: Estimate, width: number): string[] {
  const columns: Column[] = [
    { header: ['Sector'], align: 'left', minWidth: NAME_MIN_WIDTH },
    { header: ['Length km'], align: 'right' },
    { header: ['Density /km'], align: 'right' },
    { header: ['Troops'], align: 'right' },
  ];
  const rows = sectorRows(result).map((row) => [row.name, row.lengthKm, row.density, row.troops]);
  const lines = layoutColumnsOrOverflow(columns, rows, width);
  return [...lines.header, ...lines.rows];
}

function coalitionSection(result: Estimate, width: number): string[] {
  if (result.coalition === null) return ['Coalition: none (the scenario names no contributors)'];
  const columns: Column[] = [
    { header: ['Contributor'], align: 'left', minWidth: NAME_MIN_WIDTH },
    { header: ['Pledge'], align: 'left' },
    { header: ['Troops'], align: 'right' },
  ];
  const rows = contributorRows(result).map((row) => [row.country, row.pledge, row.troops]);
  const lines = layoutColumnsOrOverflow(columns, rows, width);
  return [...lines.header, ...lines.rows, '', ...figureTable('Coalition', coalitionFigureRows(result), width)];
}

function assumptionSection(result: Estimate, width: number): string[] {
  const rows = assumptionRows(result);
  const columns: Column[] = [
    { header: ['Assumption'], align: 'left' },
    { header: ['Value'], align: 'left' },
    { header: ['From'], align: 'left', minWidth: NAME_MIN_WIDTH },
  ];
  const lines = layoutColumnsOrOverflow(columns, rows.map((row) => [row.label, row.value, row.origin]), width);
  const detailWidth = width - DETAIL_INDENT.length;
  return [
    ...lines.header,
    ...rows.flatMap((row, index) => [
      lines.rows[index] ?? '',
      ...(row.source === null ? [] : wrap(row.source, detailWidth).map((line) => DETAIL_INDENT + line)),
    ]),
  ];
}

function sourceSection(result: Estimate, width: number): string[] {
  const sources = sourceLines(result);
  if (sources.length === 0) return ['Sources: none given in the scenario'];
  return [
    'Sources',
    ...sources.flatMap((source) =>
      wrap(source, width - 4).map((line, index) => (index === 0 ? `  - ${line}` : `    ${line}`)),
    ),
  ];
}

/**
 * The estimate as an aligned text report of at most `width` columns (80 by
 * default). Names too long for their column end in "…"; sources wrap.
 */
export function formatEstimateTable(result: Estimate, options: TableOptions = {}): string {
  const width = options.width ?? 80;
  const heading = scenarioHeading(result);
  return joinLines([
    truncate(heading.title, width),
    truncate(`scenario ${heading.id}`, width),
    '',
    ...figureTable('Figure', coreFigureRows(result), width),
    '',
    ...nextBrigadeTable(result, width),
    '',
    ...sectorTable(result, width),
    '',
    ...coalitionSection(result, width),
    '',
    ...assumptionSection(result, width),
    '',
    ...sourceSection(result, width),
    '',
    ...wrap(PLANNING_CAVEAT, width),
  ]);
}
