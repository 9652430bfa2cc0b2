/**
 * `forcecalc solve` as one document for the table and the Markdown report:
 * the question, the force it starts from, the answer, how it is computed
 * and the scenario figure beside it, as labelled lines; then the
 * assumptions and the caveats.
 */
import type { Solution } from '../core/analysis/solve.js';
import { assumptionsSection } from './assumptions-section.js';
import { capabilitiesSection } from './capabilities-section.js';
import { CAVEAT_SECTION } from './planning-caveat.js';
import type { Field, ReportDocument } from './report-document.js';
import { ROTATION_NOTE } from './solve-notes.js';
import { solveHeading, solveLines } from './solve-rows.js';

/** The answer's lines as fields; an unlabelled line (a pledge) goes under the field before it. */
function solveFields(solution: Solution): Field[] {
  const fields: Field[] = [];
  for (const line of solveLines(solution)) {
    const previous = fields.at(-1);
    if (line.label === '' && previous !== undefined) fields[fields.length - 1] = { ...previous, details: [...(previous.details ?? []), line.text] };
    else fields.push({ label: line.label, text: line.text });
  }
  return fields;
}

/** The answer as a document: the labelled lines, the capabilities where declared, the assumptions, the rotation note and the caveat. */
export function solveDocument(solution: Solution): ReportDocument {
  const heading = solveHeading(solution);
  return {
    title: `Solve for ${solution.target}: ${heading.title}`,
    subtitle: `scenario ${heading.id}`,
    sections: [
      { blocks: [{ kind: 'fields', fields: solveFields(solution) }] },
      // How many more batteries or EW teams is each capability's shortfall: shown where the scenario declares any.
      ...(solution.estimate.capabilities.length > 1 ? [capabilitiesSection(solution.estimate)] : []),
      assumptionsSection(solution.estimate),
      { blocks: [{ kind: 'paragraph', text: ROTATION_NOTE }] },
      CAVEAT_SECTION,
    ],
  };
}
