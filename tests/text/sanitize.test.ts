import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForMessage, quoteForMessage, sanitizeText } from '../../src/text/sanitize.js';

/** Characters that must never reach the terminal: C0, DEL, C1, bidi controls, the BOM. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/;

describe('sanitizeText', () => {
  it.each([
    ['clear screen (CSI 2J)', '\u001b[2JLine of contact', 'Line of contact'],
    ['colour on and off (SGR)', '\u001b[31mred\u001b[0m line', 'red line'],
    ['cursor movement with parameters', 'a\u001b[10;20Hb', 'ab'],
    ['window title (OSC ended by BEL)', '\u001b]0;title\u0007Sector', 'Sector'],
    ['window title (OSC ended by ST)', '\u001b]0;title\u001b\\Sector', 'Sector'],
    ['hyperlink (OSC 8)', '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007', 'link'],
    ['a two-byte escape (ESC M, reverse index)', 'a\u001bMb', 'ab'],
    ['a bare ESC (ESC b is no sequence: the ESC goes, the letter stays)', 'a\u001bb', 'ab'],
    ['NUL, BEL and backspace', 'a\u0000b\u0007c\u0008d', 'abcd'],
    ['DEL', 'a\u007fb', 'ab'],
    ['C1 controls (NEL, 8-bit CSI)', 'a\u0085b\u009bc', 'abc'],
    ['right-to-left override', '\u202Eevil.yaml', 'evil.yaml'],
    ['bidi isolates and marks', '\u2066x\u2069\u200E\u200F\u061C', 'x'],
    ['a byte-order mark', '\uFEFFFrance', 'France'],
    ['a newline, as a space', 'line one\nline two', 'line one line two'],
    ['CRLF, as one space', 'a\r\nb', 'a b'],
    ['a lone CR, as a space', 'a\rb', 'a b'],
    ['a tab, as a space', 'a\tb', 'a b'],
    ['Unicode line and paragraph separators, as spaces', 'a\u2028b\u2029c', 'a b c'],
    ['nothing in ordinary text', 'Zaporizhzhia NPP — Енергодар, Côte 3/km', 'Zaporizhzhia NPP — Енергодар, Côte 3/km'],
    ['nothing in the empty string', '', ''],
  ])('sanitises %s', (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('leaves no control, escape or bidi character in any text, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const clean = sanitizeText(text);
        expect(clean).not.toMatch(UNSAFE);
        expect(sanitizeText(clean)).toBe(clean);
      }),
    );
  });

  it('strips every escape sequence built from an ESC and printable ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), (body, tail) => {
        expect(sanitizeText(`\u001b${body}\u0007${tail}`)).not.toMatch(UNSAFE);
      }),
    );
  });
});

describe('quoteForMessage', () => {
  it.each([
    ['a short value is quoted as JSON', '3 kg', '"3 kg"'],
    ['quotes and backslashes are escaped', 'say "hi" \\ bye', '"say \\"hi\\" \\\\ bye"'],
    ['control, escape and bidi characters are escaped, never raw or dropped', '\u001b[2J\u202e3\nkg', '"\\u001b[2J\\u202e3\\nkg"'],
    ['C1 controls, DEL, line separators and the BOM are escaped too', '\u009b\u007f\u2028\ufeff', '"\\u009b\\u007f\\u2028\\ufeff"'],
    ['60 characters are kept whole', 'a'.repeat(60), `"${'a'.repeat(60)}"`],
    ['61 characters become 59 and an ellipsis', 'a'.repeat(61), `"${'a'.repeat(59)}…"`],
    ['a long value becomes 59 characters and an ellipsis', 'b'.repeat(1_000), `"${'b'.repeat(59)}…"`],
  ])('%s', (_name, input, expected) => {
    expect(quoteForMessage(input)).toBe(expected);
  });

  it('measures the length in characters of the text, before escaping', () => {
    expect(quoteForMessage(`${'\u001b'.repeat(3)}${'a'.repeat(57)}`)).toBe(`"${'\\u001b'.repeat(3)}${'a'.repeat(57)}"`);
  });

  it('never cuts a character outside the basic plane in half', () => {
    expect(quoteForMessage(`${'a'.repeat(58)}😀😀😀`)).toBe(`"${'a'.repeat(58)}😀…"`);
  });

  it('takes a maximum length', () => {
    expect(quoteForMessage('Zaporizhzhia', 5)).toBe('"Zapo…"');
    expect(quoteForMessage('Kyiv', 5)).toBe('"Kyiv"');
  });

  it('never quotes more than maxLength characters of any text, nor any of them raw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 80 }), (text, maxLength) => {
        const quoted = quoteForMessage(text, maxLength);
        expect(quoted).not.toMatch(UNSAFE);
        const shown = JSON.parse(quoted) as string;
        expect(Array.from(shown).length).toBeLessThanOrEqual(maxLength);
        // What is shown is the text as written (the first characters of it, when it is cut).
        expect(text.startsWith(shown.endsWith('…') && shown !== text ? shown.slice(0, -1) : shown)).toBe(true);
      }),
    );
  });
});

describe('escapeForMessage', () => {
  it.each([
    ['ordinary text, quotes and backslashes as they are', 'geo/"front"\\x.geojson', 'geo/"front"\\x.geojson'],
    ['an escape sequence and a bidi override, escaped', 'geo/\u001b[2J\u202efront.geojson', 'geo/\\u001b[2J\\u202efront.geojson'],
    ['a line break, escaped', 'a\nb', 'a\\u000ab'],
  ])('%s', (_name, input, expected) => {
    expect(escapeForMessage(input)).toBe(expected);
  });

  it('leaves no control, escape or bidi character raw in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(escapeForMessage(text)).not.toMatch(UNSAFE);
      }),
    );
  });
});
