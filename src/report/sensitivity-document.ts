/**
 * `forcecalc sensitivity` as one document for the table and the Markdown
 * report: the uncertain inputs with their ranges and central values, one
 * tornado per figure (each input's value at its low and its high end, the
 * swing, and in a terminal a bar on an axis the rows share), the notes, and
 * the caveat.
 */
import type { Sensitivity } from '../core/analysis/sensitivity.js';
import { formatCount } from './number-format.js';
import { CAVEAT_SECTION } from './planning-caveat.js';
import type { DocumentSection, ReportDocument } from './report-document.js';
import {
  figureTornados,
  noUncertaintyText,
  SENSITIVITY_METHOD,
  sensitivityHeading,
  sensitivityInputRows,
  sensitivityNotes,
  sortOrderText,
  type FigureTornado,
} from './sensitivity-rows.js';

/** The input labels' narrowest width in a terminal: they give way before any number. */
const LABEL_MIN_WIDTH = 8;
/** Columns of each tornado bar: 20 at 80 columns, fewer (down to 8) on a narrower terminal... */
const BAR_WIDTH = { min: 8, max: 20 };
/** ...beside the other columns at their usual widths (labels at their narrowest), gaps included. */
const BESIDE_BAR = 60;

function inputsSection(result: Sensitivity): DocumentSection {
  return {
    heading: 'Inputs',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Input'], align: 'left', minWidth: LABEL_MIN_WIDTH },
          { header: ['Range'], align: 'left' },
          { header: ['Central'], align: 'left' },
        ],
        rows: sensitivityInputRows(result).map((row) => [row.label, row.range, row.central]),
      },
    ],
  };
}

function tornadoSection(tornado: FigureTornado): DocumentSection {
  const axis = {
    min: Math.min(tornado.central, ...tornado.rows.map((row) => row.low)),
    max: Math.max(tornado.central, ...tornado.rows.map((row) => row.high)),
  };
  return {
    heading: tornado.title,
    lead: `${formatCount(tornado.central)} at the central values`,
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: ['Input'], align: 'left', minWidth: LABEL_MIN_WIDTH },
          { header: ['At low'], align: 'right' },
          { header: ['At high'], align: 'right' },
          { header: ['Swing'], align: 'right' },
          { bar: 'range', axis, width: BAR_WIDTH, besides: BESIDE_BAR, scale: { low: formatCount(axis.min), high: formatCount(axis.max) } },
          { header: ['Direction'], align: 'left' },
        ],
        rows: tornado.rows.map((row) => [
          row.label,
          row.atLow,
          row.atHigh,
          row.swing,
          { low: row.low, high: row.high, mark: tornado.central },
          row.opposite ? 'opposite' : '',
        ]),
      },
    ],
  };
}

function notesSection(result: Sensitivity): DocumentSection[] {
  const notes = sensitivityNotes(result);
  if (notes.length === 0) return [];
  return [{ heading: 'Notes', blocks: [{ kind: 'list', items: notes.map((note) => ({ label: note.label, text: `${note.text}.` })) }] }];
}

/** The sensitivity as a document: what was done, the inputs, a tornado per figure, the notes and the caveat. */
export function sensitivityDocument(result: Sensitivity): ReportDocument {
  const heading = sensitivityHeading(result);
  const top = { title: `Sensitivity: ${heading.title}`, subtitle: `scenario ${heading.id}` };
  if (result.rows.length === 0) {
    return { ...top, sections: [{ blocks: [{ kind: 'paragraph', text: noUncertaintyText(result) }] }, CAVEAT_SECTION] };
  }
  return {
    ...top,
    sections: [
      { blocks: [{ kind: 'paragraph', text: `${SENSITIVITY_METHOD} Sorted by swing: ${sortOrderText(result)}.` }] },
      inputsSection(result),
      ...figureTornados(result).map(tornadoSection),
      ...notesSection(result),
      CAVEAT_SECTION,
    ],
  };
}
