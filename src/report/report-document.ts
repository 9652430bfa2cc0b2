/**
 * A human-readable report as data: a title, then sections of paragraphs,
 * lists, labelled fields and tables, every cell and sentence already text.
 * Each report builds its document once (sensitivity-document.ts and the
 * like); document-text.ts lays it out for a terminal of a given width and
 * document-markdown.ts writes it as Markdown. So a new section is written
 * once and both formats print it, and the renderers, not each section,
 * sanitise text from files (and escape it in Markdown).
 *
 * The renderers differ only where the targets do: a terminal wraps and cuts
 * to its width, draws bars and leaves out a heading its table's header
 * already gives; Markdown spells out every heading and has no pictures.
 */

/** The formats a document is rendered to. */
export type DocumentTarget = 'terminal' | 'markdown';

/** A run of text: plain, strong (the sentence a reader must not miss) or emphasised (the caveat). */
export type TextRun = string | { readonly strong: string } | { readonly emphasis: string };

/** The text of a paragraph: one run or several. */
export type RichText = TextRun | readonly TextRun[];

/** A column of text cells. */
export interface TextColumn {
  /** Header lines: bottom-aligned in a terminal, so "Line" over "troops" keeps a column narrow; joined by spaces in Markdown. */
  readonly header: readonly string[];
  /** The header over more lines, for a terminal too narrow for `header` on its lines. */
  readonly narrowHeader?: readonly string[];
  readonly align: 'left' | 'right';
  /** Set on the one column (a name) that may be cut to fit a terminal: its narrowest width. Numbers are never cut. */
  readonly minWidth?: number;
  /**
   * For a header that names rather than labels (a scenario's id): in a
   * terminal the column is at least `min` wide, and a header wider than
   * `max` and than the cells breaks after its hyphens or spaces over more
   * lines. Markdown writes it whole.
   */
  readonly headerWidth?: { readonly min: number; readonly max: number };
}

/**
 * A column a terminal draws and Markdown leaves out: a bar per row on an axis
 * shared by the rows. A `range` bar runs from a row's low to its high value
 * with a mark at its central value (a tornado); a `length` bar starts at the
 * axis's low end and is as long as the row's high value (a histogram).
 */
export interface BarColumn {
  readonly bar: 'range' | 'length';
  readonly axis: { readonly min: number; readonly max: number };
  /** The narrowest and the widest bar, in terminal columns. */
  readonly width: { readonly min: number; readonly max: number };
  /** The columns a terminal keeps beside the bars, gaps included; by default the other columns' natural widths. */
  readonly besides?: number;
  /** The axis's ends, written over the bars ("5             9"); no header without it. */
  readonly scale?: { readonly low: string; readonly high: string };
}

/** One column of a table. */
export type TableColumn = TextColumn | BarColumn;

/** One row's bar in a bar column, in the axis's units. */
export interface BarCell {
  readonly low: number;
  readonly high: number;
  /** Where a range bar marks the central value. */
  readonly mark?: number;
}

/** A cell: text in a text column, a bar in a bar column. */
export type TableCell = string | BarCell;

/** A table: columns and rows of cells, one cell per column. */
export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
  /**
   * A text belonging to a row but too long for a cell (where a default came
   * from), or null: a terminal writes it under its row, indented and
   * wrapped; Markdown, which has no line under a row, in a last column
   * headed `header`.
   */
  readonly details?: { readonly header: string; readonly texts: readonly (string | null)[] };
  /**
   * How many leading columns label the rows (a figure and its unit): a
   * terminal too narrow for every column goes on in further blocks of the
   * other columns, a blank line apart, each with these again. Markdown
   * keeps one table. Without it, a table too wide overflows.
   */
  readonly rowLabels?: number;
}

/** A paragraph: wrapped to the width in a terminal, one line in Markdown. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: RichText;
}

/** One item of a list; a label reads "label: text" ("**label**: text" in Markdown). */
export interface ListItem {
  readonly label?: string;
  readonly text: string;
}

/** A bulleted list. */
export interface ListBlock {
  readonly kind: 'list';
  readonly items: readonly ListItem[];
}

/** A labelled line, and lines that belong under it (each pledge under the force). */
export interface Field {
  readonly label: string;
  readonly text: string;
  readonly details?: readonly string[];
}

/** Labelled lines: labels in a column in a terminal, a list with strong labels in Markdown. */
export interface FieldsBlock {
  readonly kind: 'fields';
  readonly fields: readonly Field[];
}

/**
 * Lines drawn to a width already (a chart): a terminal prints them as they
 * are, Markdown in a fenced text block, so both show the same picture.
 */
export interface PreformattedBlock {
  readonly kind: 'preformatted';
  readonly lines: readonly string[];
}

/** What a section holds. */
export type DocumentBlock = TableBlock | ParagraphBlock | ListBlock | FieldsBlock | PreformattedBlock;

/** A part of a report, with or without a heading. */
export interface DocumentSection {
  /** "Notes", "Committed brigades". A terminal leaves out a heading over a table, whose header names it, unless it has a lead. */
  readonly heading?: string;
  /**
   * What the heading says in a few words ("8 at the central values", "none
   * given in the scenario"): one line with the heading in a terminal
   * ("Sources: none given in the scenario"), a sentence under it in Markdown.
   */
  readonly lead?: string;
  readonly blocks: readonly DocumentBlock[];
  /** Set when only one format prints the section (the briefing's assumptions). */
  readonly only?: DocumentTarget;
}

/** A whole report. */
export interface ReportDocument {
  readonly title?: string;
  /** A line under the title in a terminal ("scenario northern-border"), a sentence in Markdown. */
  readonly subtitle?: string;
  readonly sections: readonly DocumentSection[];
}

/** True for a bar column. */
export function isBarColumn(column: TableColumn): column is BarColumn {
  return 'bar' in column;
}

/** The text of a run, without its stress. */
export function runText(run: TextRun): string {
  return typeof run === 'string' ? run : 'strong' in run ? run.strong : run.emphasis;
}

/** The runs of a paragraph's text. */
export function textRuns(text: RichText): readonly TextRun[] {
  // Array.isArray narrows to any[], not to a readonly array of runs.
  return Array.isArray(text) ? (text as readonly TextRun[]) : [text as TextRun];
}
