// The Markdown renderer of report documents alone: headings and sentences, stress, lists,
// fields, tables (bars left out, details in a last column) and escaping of text from files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentMarkdown } from '../../src/report/document-markdown.js';
import type { DocumentBlock, ReportDocument, TableBlock } from '../../src/report/report-document.js';

const one = (block: DocumentBlock): string => documentMarkdown({ sections: [{ blocks: [block] }] });

describe('documentMarkdown: the top and the sections', () => {
  it('writes the title, the subtitle and each lead as sentences, every part a blank line apart', () => {
    const document: ReportDocument = {
      title: 'Sensitivity: a line',
      subtitle: 'scenario a-line',
      sections: [
        { blocks: [{ kind: 'paragraph', text: 'What was done.' }] },
        { heading: 'Committed brigades', lead: '8 at the central values', blocks: [{ kind: 'paragraph', text: 'More.' }] },
        { heading: 'Sources', lead: 'none given in the scenario.', blocks: [] },
      ],
    };
    expect(documentMarkdown(document)).toBe(
      '# Sensitivity: a line\n\nScenario a-line.\n\nWhat was done.\n\n## Committed brigades\n\n8 at the central values.\n\nMore.\n\n## Sources\n\nNone given in the scenario.\n',
    );
  });

  it('writes every heading, over a table too', () => {
    expect(documentMarkdown({ sections: [{ heading: 'Inputs', blocks: [{ kind: 'table', columns: [{ header: ['a'], align: 'left' }], rows: [['1']] }] }] })).toBe(
      '## Inputs\n\n| a |\n| --- |\n| 1 |\n',
    );
  });

  it.each([
    ['terminal', ''],
    ['markdown', '## Assumptions\n'],
  ] as const)('prints a section meant only for %s accordingly (nothing at all for an empty document)', (only, expected) => {
    expect(documentMarkdown({ sections: [{ heading: 'Assumptions', blocks: [], only }] })).toBe(expected);
  });
});

describe('documentMarkdown: blocks', () => {
  it('writes strong and emphasised runs', () => {
    expect(one({ kind: 'paragraph', text: [{ strong: 'Pledges suffice in 61.8% of samples' }, ' (enough).'] })).toBe('**Pledges suffice in 61.8% of samples** (enough).\n');
    expect(one({ kind: 'paragraph', text: { emphasis: 'These are planning factors.' } })).toBe('_These are planning factors._\n');
  });

  it('keeps a long paragraph on one line: Markdown wraps it', () => {
    const text = 'word '.repeat(40).trim();
    expect(one({ kind: 'paragraph', text })).toBe(`${text}\n`);
  });

  it('writes list items with strong labels', () => {
    expect(one({ kind: 'list', items: [{ label: 'Density', text: 'shared.' }, { text: 'plain' }] })).toBe('- **Density**: shared.\n- plain\n');
  });

  it('writes fields as a list, details nested under their field', () => {
    const fields: DocumentBlock = { kind: 'fields', fields: [{ label: 'From', text: 'the pledges', details: ['France: 1 brigade'] }, { label: 'Answer', text: '2 brigades' }] };
    expect(one(fields)).toBe('- **From**: the pledges\n  - France: 1 brigade\n- **Answer**: 2 brigades\n');
  });

  it('joins header lines, aligns columns, leaves bars out and puts row details in a last column', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: ['Before one', 'more brigade'], align: 'left' },
        { bar: 'length', axis: { min: 0, max: 1 }, width: { min: 1, max: 10 } },
        { header: ['', 'Brigades'], narrowHeader: ['x', 'y'], align: 'right' },
      ],
      rows: [
        ['Low bound', { low: 0, high: 1 }, '2'],
        ['High bound', { low: 0, high: 0.5 }, '3'],
      ],
      details: { header: 'Source', texts: ['a source', null] },
    };
    expect(one(table)).toBe(
      '| Before one more brigade | Brigades | Source |\n| --- | ---: | --- |\n| Low bound | 2 | a source |\n| High bound | 3 |  |\n',
    );
  });

  it('keeps a wide table whole and a naming header unbroken: Markdown is not cut to a width', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: ['Figure'], align: 'left' },
        ...['line-of-contact-2025', 'northern-border', 'coalition-of-a-dozen'].map((id) => ({ header: [id], align: 'right' as const, headerWidth: { min: 8, max: 14 } })),
      ],
      rows: [['Troops', '3,750', '9,175', '45,625']],
      rowLabels: 1,
    };
    expect(one(table)).toBe('| Figure | line-of-contact-2025 | northern-border | coalition-of-a-dozen |\n| --- | ---: | ---: | ---: |\n| Troops | 3,750 | 9,175 | 45,625 |\n');
  });

  it('adds no details column when no row has a detail', () => {
    const table: TableBlock = { kind: 'table', columns: [{ header: ['a'], align: 'left' }], rows: [['1']], details: { header: 'Source', texts: [null] } };
    expect(one(table)).toBe('| a |\n| --- |\n| 1 |\n');
  });
});

describe('documentMarkdown: text from files', () => {
  const HOSTILE = 'North | South\\\nline <b>*x*</b>\u001b[2J';
  const ESCAPED = 'North \\| South\\\\ line \\<b\\>\\*x\\*\\</b\\>';

  it.each<[string, DocumentBlock, string]>([
    ['a table cell stays in its cell', { kind: 'table', columns: [{ header: ['Sector'], align: 'left' }, { header: ['Troops'], align: 'right' }], rows: [[HOSTILE, '30']] }, `| ${ESCAPED} | 30 |`],
    ['a header', { kind: 'table', columns: [{ header: [HOSTILE], align: 'left' }], rows: [] }, `| ${ESCAPED} |`],
    ['a paragraph, in stress too', { kind: 'paragraph', text: [HOSTILE, { strong: HOSTILE }] }, `${ESCAPED}**${ESCAPED}**`],
    ['a list item and its label', { kind: 'list', items: [{ label: HOSTILE, text: HOSTILE }] }, `- **${ESCAPED}**: ${ESCAPED}`],
    ['a field and its details', { kind: 'fields', fields: [{ label: 'From', text: HOSTILE, details: [HOSTILE] }] }, `- **From**: ${ESCAPED}\n  - ${ESCAPED}`],
  ])('escapes %s', (_, block, expected) => {
    expect(one(block)).toContain(expected);
  });

  it('escapes the title, a heading and a lead', () => {
    expect(documentMarkdown({ title: HOSTILE, sections: [{ heading: HOSTILE, lead: HOSTILE, blocks: [] }] })).toBe(`# ${ESCAPED}\n\n## ${ESCAPED}\n\n${ESCAPED}.\n`);
  });

  it('keeps any cell text inside its cell: every row has as many unescaped pipes as the header', () => {
    const unescapedPipes = (line: string): number => line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { minLength: 1, maxLength: 4 }), (rows) => {
        const lines = one({ kind: 'table', columns: [{ header: ['A'], align: 'left' }, { header: ['B'], align: 'right' }], rows }).trimEnd().split('\n');
        expect(lines).toHaveLength(rows.length + 2);
        for (const line of lines) expect(unescapedPipes(line)).toBe(3);
      }),
    );
  });
});
