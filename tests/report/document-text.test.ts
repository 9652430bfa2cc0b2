// The terminal renderer of report documents alone: headings, wrapping at widths, tables with a
// cut column, bars and details, and sanitising, whatever the block.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/report/document-text.js';
import type { DocumentBlock, DocumentSection, ReportDocument, TableBlock } from '../../src/report/report-document.js';
import { textWidth } from '../../src/text/text-width.js';

const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
const widest = (text: string): number => Math.max(...lines(text).map(textWidth));
const one = (block: DocumentBlock, width = 80): string => documentText({ sections: [{ blocks: [block] }] }, width);
const section = (part: DocumentSection, width = 80): string => documentText({ sections: [part] }, width);

const NAMES: TableBlock = {
  kind: 'table',
  columns: [
    { header: ['Sector'], align: 'left', minWidth: 6 },
    { header: ['Length', 'km'], align: 'right' },
  ],
  rows: [
    ['Line of contact', '1,000'],
    ['Hot spot', '200'],
  ],
};

describe('documentText: the top and the sections', () => {
  it('writes the title and subtitle, then each section a blank line apart, ending in one newline', () => {
    const document: ReportDocument = {
      title: 'Sweep: a line',
      subtitle: 'scenario a-line',
      sections: [{ blocks: [{ kind: 'paragraph', text: 'First.' }] }, { blocks: [{ kind: 'paragraph', text: 'Second.' }] }],
    };
    expect(documentText(document, 80)).toBe('Sweep: a line\nscenario a-line\n\nFirst.\n\nSecond.\n');
  });

  it('cuts a title to the width rather than wrapping it', () => {
    expect(lines(documentText({ title: 'A very long title indeed', sections: [] }, 10))).toEqual(['A very lo…']);
  });

  it.each<[string, DocumentSection, string]>([
    ['over a list: the heading on its own line', { heading: 'Notes', blocks: [{ kind: 'list', items: [{ text: 'one' }] }] }, 'Notes\n  - one\n'],
    ['over a paragraph', { heading: 'Notes', blocks: [{ kind: 'paragraph', text: 'Said.' }] }, 'Notes\nSaid.\n'],
    ['with a lead and nothing under it', { heading: 'Sources', lead: 'none given', blocks: [] }, 'Sources: none given\n'],
    ['over a table: left out, the header names it', { heading: 'Sectors', blocks: [NAMES] }, '                 Length\nSector               km\nLine of contact   1,000\nHot spot            200\n'],
    ['over a table with a lead: kept, with the lead', { heading: 'Brigades', lead: 'rows x', blocks: [{ kind: 'table', columns: [{ header: ['a'], align: 'left' }], rows: [['1']] }] }, 'Brigades: rows x\na\n1\n'],
    ['a lead without a heading', { lead: 'just this', blocks: [] }, 'just this\n'],
    ['blocks of one section a blank line apart', { blocks: [{ kind: 'paragraph', text: 'a' }, { kind: 'paragraph', text: 'b' }] }, 'a\n\nb\n'],
  ])('a heading %s', (_, part, expected) => {
    expect(section(part)).toBe(expected);
  });

  it('wraps a heading with its lead at the width', () => {
    expect(lines(section({ heading: 'Line troops', lead: 'rows density (/km), columns brigade size', blocks: [] }, 24))).toEqual([
      'Line troops: rows',
      'density (/km), columns',
      'brigade size',
    ]);
  });

  it.each([
    ['markdown', ''],
    ['terminal', 'Only here: so\n'],
  ] as const)('prints a section meant only for %s accordingly (nothing at all for an empty document)', (only, expected) => {
    expect(section({ heading: 'Only here', lead: 'so', blocks: [], only })).toBe(expected);
  });
});

describe('documentText: paragraphs, lists and fields', () => {
  it.each<[number, string[]]>([
    [80, ['These are planning factors, not predictions.']],
    [20, ['These are planning', 'factors, not', 'predictions.']],
    [8, ['These', 'are', 'planning', 'factors,', 'not', 'predicti', 'ons.']],
  ])('wraps a paragraph at %i columns', (width, expected) => {
    expect(lines(one({ kind: 'paragraph', text: 'These are planning factors, not predictions.' }, width))).toEqual(expected);
  });

  it('writes strong and emphasised runs as plain text', () => {
    expect(one({ kind: 'paragraph', text: [{ strong: 'Pledges suffice' }, ' in ', { emphasis: 'most' }, ' samples.'] })).toBe('Pledges suffice in most samples.\n');
  });

  it('bullets list items, labels first, wrapped lines under the text', () => {
    const list: DocumentBlock = { kind: 'list', items: [{ label: 'Density', text: 'shared by both sectors: it moves them at once.' }, { text: 'short' }] };
    expect(lines(one(list, 30))).toEqual(['  - Density: shared by both', '    sectors: it moves them at', '    once.', '  - short']);
  });

  it('lines labels up in a column, wrapping each text beside its label and its details under it', () => {
    const fields: DocumentBlock = {
      kind: 'fields',
      fields: [
        { label: 'Question', text: 'How many km does the force cover?' },
        { label: 'From', text: "the coalition's pledges", details: ['France: 1 brigade', 'Poland: 1,500 troops'] },
      ],
    };
    expect(lines(one(fields, 30))).toEqual([
      'Question  How many km does the',
      '          force cover?',
      "From      the coalition's",
      '          pledges',
      '          France: 1 brigade',
      '          Poland: 1,500 troops',
    ]);
  });
});

describe('documentText: tables', () => {
  it.each<[number, string[]]>([
    // Headers bottom-aligned, so "Length" over "km" keeps the column narrow.
    [80, ['                 Length', 'Sector               km', 'Line of contact   1,000', 'Hot spot            200']],
    // The name gives way; the number is never cut.
    [16, ['          Length', 'Sector        km', 'Line of…   1,000', 'Hot spot     200']],
    // Below the name's narrowest, the table overflows rather than cutting a number.
    [10, ['                 Length', 'Sector               km', 'Line of contact   1,000', 'Hot spot            200']],
  ])('aligns left and right and cuts the one cut column at %i columns', (width, expected) => {
    expect(lines(one(NAMES, width))).toEqual(expected);
  });

  it('breaks headers over their narrow lines only when the usual ones do not fit', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: ['Rotation'], narrowHeader: ['', 'Rotation'], align: 'right' },
        { header: ['Committed brigades'], narrowHeader: ['Committed', 'brigades'], align: 'right' },
      ],
      rows: [['1x', '1..2']],
    };
    expect(lines(one(table, 80))).toEqual(['Rotation  Committed brigades', '      1x                1..2']);
    expect(lines(one(table, 20))).toEqual(['          Committed', 'Rotation   brigades', '      1x       1..2']);
  });

  it('goes on in blocks of columns, the row labels in each, where the table is too wide', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: ['Figure'], align: 'left' },
        { header: ['Unit'], align: 'left' },
        { header: ['alpha'], align: 'right' },
        { header: ['beta'], align: 'right' },
        { header: ['gamma'], align: 'right' },
      ],
      rows: [
        ['Troops', 'troops', '3,600', '7,000', '12,000'],
        ['Brigades', 'brigades', '1..2', '2..3', '3..4'],
      ],
      rowLabels: 2,
    };
    // 8 + 2 + 8 columns of labels; each scenario 2 + 5 or 6 more: two fit in 34, the third goes on below.
    expect(lines(one(table, 34))).toEqual([
      'Figure    Unit      alpha   beta',
      'Troops    troops    3,600  7,000',
      'Brigades  brigades   1..2   2..3',
      '',
      'Figure    Unit       gamma',
      'Troops    troops    12,000',
      'Brigades  brigades    3..4',
    ]);
    // One table where it fits.
    expect(lines(one(table, 80))).toHaveLength(3);
  });

  it.each<[string, string, string[]]>([
    // Wider than the 14 columns it may take, and than the cells: broken after its hyphens, right-aligned as the column.
    ['line-of-contact-2025', '1,250', ['      line-of-', '  contact-2025', '         1,250']],
    // Within its 14 columns: whole.
    ['northern-front', '9,175', ['northern-front', '         9,175']],
    // Short: the column keeps 8 columns all the same.
    ['one', '1', ['     one', '       1']],
    // Cells wider than 14: the header breaks to their width.
    ['a-very-long-scenario-id', '1,000..12,345,678', ['     a-very-long-', '      scenario-id', '1,000..12,345,678']],
  ])('fits a header that names (%s) to the column', (id, value, expected) => {
    const table: TableBlock = { kind: 'table', columns: [{ header: [id], align: 'right', headerWidth: { min: 8, max: 14 } }], rows: [[value]] };
    expect(lines(one(table, 80))).toEqual(expected.map((line) => line.trimEnd()));
  });

  it('writes each row detail under its row, indented and wrapped', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: ['Assumption'], align: 'left' },
        { header: ['Value'], align: 'left' },
      ],
      rows: [
        ['Density', '3 /km'],
        ['Rotation', '1x'],
      ],
      details: { header: 'Source', texts: [null, 'No rotation: the force on the ground only.'] },
    };
    expect(lines(one(table, 24))).toEqual(['Assumption  Value', 'Density     3 /km', 'Rotation    1x', '    No rotation: the', '    force on the ground', '    only.']);
  });

  it('draws range bars on a shared axis with the scale over them, and a mark at the centre', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: ['Input'], align: 'left' },
        { bar: 'range', axis: { min: 0, max: 10 }, width: { min: 5, max: 11 }, besides: 7, scale: { low: '0', high: '10' } },
      ],
      rows: [
        ['a', { low: 2, high: 8, mark: 5 }],
        ['b', { low: 0, high: 5, mark: 5 }],
      ],
    };
    expect(lines(one(table, 80))).toEqual(['Input  0        10', 'a        ===|===', 'b      =====|']);
    // 7 columns kept beside the bar leave 5 of 12; 3 (the narrowest) of 8, too few to write both ends apart.
    expect(lines(one(table, 12))).toEqual(['Input  0  10', 'a       =|=', 'b      ==|']);
    expect(lines(one({ ...table, columns: [{ header: ['Input'], align: 'left' }, { bar: 'range', axis: { min: 0, max: 10 }, width: { min: 3, max: 11 }, besides: 7, scale: { low: '0', high: '10' } }] }, 8))).toEqual([
      'Input  0..10',
      'a      =|=',
      'b      =|',
    ]);
  });

  it('draws length bars in the room the other columns leave, up to the widest', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: ['Brigades'], align: 'right' },
        { bar: 'length', axis: { min: 0, max: 1 }, width: { min: 1, max: 10 } },
        { header: ['Share'], align: 'right' },
      ],
      rows: [
        ['2', { low: 0, high: 1 }, '80.0%'],
        ['3', { low: 0, high: 0.25 }, '20.0%'],
      ],
    };
    expect(lines(one(table, 80))).toEqual(['Brigades              Share', '       2  ##########  80.0%', '       3  ###         20.0%']);
    // 8 + 2 + 2 + 5 columns beside the bars leave 3 of 20.
    expect(lines(one(table, 20))).toEqual(['Brigades       Share', '       2  ###  80.0%', '       3  #    20.0%']);
  });
});

describe('documentText: text from files', () => {
  const HOSTILE = 'Evil\u001b[2J \u202Ename\nhere';
  it.each<[string, ReportDocument]>([
    ['a title', { title: HOSTILE, sections: [] }],
    ['a heading and its lead', { sections: [{ heading: HOSTILE, lead: HOSTILE, blocks: [] }] }],
    ['a paragraph', { sections: [{ blocks: [{ kind: 'paragraph', text: [HOSTILE, { strong: HOSTILE }] }] }] }],
    ['a list item', { sections: [{ blocks: [{ kind: 'list', items: [{ label: HOSTILE, text: HOSTILE }] }] }] }],
    ['a field', { sections: [{ blocks: [{ kind: 'fields', fields: [{ label: HOSTILE, text: HOSTILE, details: [HOSTILE] }] }] }] }],
    [
      'a table cell, header and detail',
      { sections: [{ blocks: [{ kind: 'table', columns: [{ header: [HOSTILE], align: 'left' }], rows: [[HOSTILE]], details: { header: HOSTILE, texts: [HOSTILE] } }] }] },
    ],
  ])('sanitises %s', (_, document) => {
    const text = documentText(document, 80);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(text).toContain('Evil');
  });
});

describe('documentText: properties', () => {
  const word = fc.stringMatching(/^[A-Za-z,.:()]{1,12}$/);
  const words = fc.array(word, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));

  it('keeps every line within the width when the numbers fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 120 }), words, words, fc.array(fc.tuple(words, fc.integer({ min: 0, max: 99_999 })), { minLength: 1, maxLength: 5 }), (width, heading, paragraph, rows) => {
        const document: ReportDocument = {
          title: heading,
          subtitle: paragraph,
          sections: [
            { heading, lead: paragraph, blocks: [{ kind: 'paragraph', text: paragraph }] },
            { heading, blocks: [{ kind: 'list', items: [{ label: heading, text: paragraph }] }] },
            { blocks: [{ kind: 'fields', fields: [{ label: 'Label', text: paragraph, details: [heading] }] }] },
            {
              blocks: [
                {
                  kind: 'table',
                  columns: [
                    { header: ['Name'], align: 'left', minWidth: 4 },
                    { header: ['Troops'], align: 'right' },
                  ],
                  rows: rows.map(([name, troops]) => [name, String(troops)]),
                  details: { header: 'Source', texts: rows.map(([name]) => name) },
                },
              ],
            },
          ],
        };
        expect(widest(documentText(document, width))).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('loses no word of a paragraph to wrapping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 80 }), words, (width, text) => {
        expect(one({ kind: 'paragraph', text }, width).split(/\s+/).filter(Boolean)).toEqual(text.split(' '));
      }),
    );
  });
});
