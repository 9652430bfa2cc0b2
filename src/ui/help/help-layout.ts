import { KEY_REFERENCE, type KeySection } from './key-reference.js';

/** One line of the help: a section title or a key with what it does. */
export type HelpLine = { readonly kind: 'title'; readonly text: string } | { readonly kind: 'key'; readonly keys: string; readonly action: string };

/** The narrowest column of the help. */
export const HELP_COLUMN_WIDTH = 40;

function sectionLines(section: KeySection): HelpLine[] {
  return [
    { kind: 'title', text: section.title },
    ...section.bindings.map((binding): HelpLine => ({ kind: 'key', keys: binding.keys, action: binding.action })),
  ];
}

/**
 * The key reference in as many columns as `width` holds, sections kept whole
 * and the columns about equally tall.
 */
export function helpColumns(width: number, sections: readonly KeySection[] = KEY_REFERENCE): HelpLine[][] {
  const count = Math.max(1, Math.floor(width / HELP_COLUMN_WIDTH));
  const blocks = sections.map(sectionLines);
  const total = blocks.reduce((lines, block) => lines + block.length, 0);
  const target = Math.ceil(total / count);
  const columns: HelpLine[][] = [[]];
  for (const block of blocks) {
    const column = columns[columns.length - 1] ?? [];
    if (column.length > 0 && column.length + block.length > target && columns.length < count) columns.push([...block]);
    else column.push(...block);
  }
  return columns;
}

/** How far the help scrolls at this size: its tallest column against the lines under its title. */
export function helpMaxScroll(width: number, height: number): number {
  const tallest = Math.max(...helpColumns(width).map((column) => column.length));
  return Math.max(0, tallest - (height - 1));
}
