import { CST, Lexer } from 'yaml';

/**
 * The YAML composer recurses once per nesting level, and deep nesting has
 * killed Node with an out-of-memory abort that no `catch` sees (a 10 KB
 * `[[[[...` parsed twice; 1,000 `- ` on one line). So before a file reaches
 * the parser, its tokens are scanned, flat and in one pass, with yaml's own
 * lexer (which builds no tree, so it agrees with the parser on what is a
 * bracket and what is text in quotes or comments), and deep files are refused.
 */

/** Flow collections (`[` and `{`) open at once. */
export const MAX_FLOW_DEPTH = 32;
/**
 * Columns of indentation and block indicators (`- `, `? `, `: `) before a
 * line's content. Each block level takes at least one column, so this bounds
 * block nesting; no scenario comes near it.
 */
export const MAX_BLOCK_COLUMN = 200;

/** Nesting within the limits, or where the first level too deep opens (a text offset). */
export type NestingCheck = { readonly ok: true } | { readonly ok: false; readonly offset: number; readonly kind: 'flow' | 'block' };

/** Lexer markers that stand for no text. */
const MARKERS: ReadonlySet<string> = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);
const BLOCK_INDICATORS: ReadonlySet<string> = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);

/** Checks flow and block nesting of YAML text without parsing it. */
export function checkNesting(text: string): NestingCheck {
  let offset = 0;
  let lineStart = 0;
  let lineHasContent = false;
  let flowDepth = 0;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    const type = CST.tokenType(token);
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      flowDepth += 1;
      if (flowDepth > MAX_FLOW_DEPTH) return { ok: false, offset, kind: 'flow' };
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') {
      flowDepth = Math.max(0, flowDepth - 1);
    }
    const structural = type === 'space' || type === 'newline' || type === 'comment' || (type !== null && BLOCK_INDICATORS.has(type));
    if (flowDepth === 0 && !lineHasContent && (!structural || (type !== null && BLOCK_INDICATORS.has(type)))) {
      if (offset - lineStart > MAX_BLOCK_COLUMN) return { ok: false, offset, kind: 'block' };
    }
    if (!structural) lineHasContent = true;
    const end = offset + token.length;
    const lastNewline = token.lastIndexOf('\n');
    if (lastNewline !== -1) {
      lineStart = offset + lastNewline + 1;
      // A token that ends a line (a newline, a block scalar) starts the next one afresh.
      lineHasContent = lineStart !== end;
    }
    offset = end;
  }
  return { ok: true };
}
