/**
 * The closing section every human-readable report ends with: the caveat that
 * these are planning factors, emphasised in Markdown.
 */
import { PLANNING_CAVEAT } from './estimate-rows.js';
import type { DocumentSection } from './report-document.js';

/** The caveat as a document's last section. */
export const CAVEAT_SECTION: DocumentSection = { blocks: [{ kind: 'paragraph', text: { emphasis: PLANNING_CAVEAT } }] };
