/**
 * A Sensitivity as display text, shared by the table and the Markdown
 * printer: the inputs with their ranges and central values, each figure's
 * swings, and the notes (inputs shared across sectors, inputs that move a
 * figure the other way, inputs that move none).
 */
import { sensitivityFigureLabel, shortfallCapability, type Sensitivity, type SensitivityFigure, type SensitivityRow } from '../core/analysis/sensitivity.js';
import { sanitizeText } from '../text/sanitize.js';
import { inputLabel, inputRangeText, inputValueText } from './analysis-inputs.js';
import { formatCount } from './number-format.js';

/** An input as display text: label, range and the central value it is held at. */
export interface SensitivityInputRow {
  readonly label: string;
  readonly range: string;
  readonly central: string;
}

/** One input's effect on one figure as display text. */
export interface SwingRow {
  readonly label: string;
  readonly atLow: string;
  readonly atHigh: string;
  readonly swing: string;
  readonly low: number;
  readonly high: number;
  readonly opposite: boolean;
}

/** One figure's tornado: its central value and the swing of each input, largest first. */
export interface FigureTornado {
  readonly figure: SensitivityFigure;
  /** "Committed brigades". */
  readonly title: string;
  readonly central: number;
  readonly rows: readonly SwingRow[];
}

/** A note under the tables: which input, what to know about it. */
export interface SensitivityNote {
  readonly label: string;
  readonly text: string;
}

/** What the analysis did, in one sentence. */
export const SENSITIVITY_METHOD =
  'Each uncertain input from the low to the high end of its range, every other input at its central value (the midpoint of a range, the mode of a triangular or PERT input, the mean of a normal one).';

/** The scenario's title and id, sanitised. */
export function sensitivityHeading(result: Sensitivity): { title: string; id: string } {
  return { title: sanitizeText(result.scenario.title), id: sanitizeText(result.scenario.id) };
}

/** A figure as a sentence names it: "committed brigades", "shortfall of EW team" (a capability's name as written). */
function figureWord(figure: SensitivityFigure): string {
  const capability = shortfallCapability(figure);
  return capability === null ? sensitivityFigureLabel(figure).toLowerCase() : `shortfall of ${sanitizeText(capability)}`;
}

function figureNames(result: Sensitivity): string[] {
  return result.figures.map(figureWord);
}

/** "a, b and c" */
function listText(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** "committed brigades, then line troops, then shortfall": the order the inputs are sorted in. */
export function sortOrderText(result: Sensitivity): string {
  return figureNames(result).join(', then ');
}

/** The uncertain inputs, in sorted order, as text. */
export function sensitivityInputRows(result: Sensitivity): SensitivityInputRow[] {
  return result.rows.map((row) => ({
    label: inputLabel(row.input),
    range: inputRangeText(row.input),
    central: inputValueText(row.input, { min: row.central, max: row.central }),
  }));
}

/** One tornado per figure, the inputs in the shared sorted order. */
export function figureTornados(result: Sensitivity): FigureTornado[] {
  return result.figures.map((figure, index) => ({
    figure,
    title: sanitizeText(sensitivityFigureLabel(figure)),
    central: result.central[index] ?? 0,
    rows: result.rows.flatMap((row) => {
      const swing = row.swings[index];
      if (swing === undefined) return [];
      return [
        {
          label: inputLabel(row.input),
          atLow: formatCount(swing.atLow),
          atHigh: formatCount(swing.atHigh),
          swing: formatCount(swing.swing),
          low: swing.low,
          high: swing.high,
          opposite: swing.opposite,
        },
      ];
    }),
  }));
}

function sharedNote(row: SensitivityRow, sectorCount: number): string | null {
  const using = row.input.sectorsUsing;
  if (using === null) return null;
  if (using === 0) return 'the scenario density; every sector has its own, so it moves no line troops';
  if (sectorCount < 2) return null;
  if (using === sectorCount) {
    return `the scenario density, shared by ${sectorCount === 2 ? 'both' : `all ${sectorCount}`} sectors: it moves them all at once`;
  }
  const which = using === 1 ? 'the one without a density of its own' : 'those without a density of their own';
  return `the scenario density, used by ${using} of the ${sectorCount} sectors (${which})${using > 1 ? ': it moves them all at once' : ''}`;
}

function oppositeNote(row: SensitivityRow): string | null {
  const figures = row.swings.filter((swing) => swing.opposite).map((swing) => figureWord(swing.figure));
  if (figures.length === 0) return null;
  return `moves ${listText(figures)} the other way: a higher value lowers ${figures.length === 1 ? 'it' : 'them'}`;
}

/** The notes of every input that has one, in the sorted order. */
export function sensitivityNotes(result: Sensitivity): SensitivityNote[] {
  const sectorCount = result.estimate.sectors.length;
  return result.rows.flatMap((row) => {
    const texts = [
      sharedNote(row, sectorCount),
      oppositeNote(row),
      row.swings.every((swing) => swing.swing === 0) ? `moves none of ${listText(figureNames(result))}` : null,
    ].filter((text): text is string => text !== null);
    return texts.length === 0 ? [] : [{ label: inputLabel(row.input), text: texts.join('; ') }];
  });
}

/** The line printed instead of the tornados when no input is uncertain. */
export function noUncertaintyText(result: Sensitivity): string {
  const values = result.figures.map((figure, index) => `${figureWord(figure)} ${formatCount(result.central[index] ?? 0)}`);
  return `No uncertain input: every factor, sector length, density and pledge is a single value, so every figure is one too (${values.join(', ')}).`;
}
