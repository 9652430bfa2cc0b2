import { describe, expect, it } from 'vitest';
import { checkText, TEXT_FIELDS } from '../../src/scenarios/text-fields.js';

describe('checkText', () => {
  it.each<[string, string, ReturnType<typeof checkText>]>([
    ['text, trimmed', '  Line of contact ', { ok: true, text: 'Line of contact' }],
    ['nothing where nothing is allowed', '   ', { ok: true, text: '' }],
    ['200 emoji: characters, not UTF-16 units', '🛡'.repeat(200), { ok: true, text: '🛡'.repeat(200) }],
  ])('takes %s', (_, raw, result) => {
    const field = raw.trim() === '' ? TEXT_FIELDS.description : TEXT_FIELDS.title;
    expect(checkText(raw, field)).toEqual(result);
  });

  it.each<[string, string, string]>([
    ['blank', '   ', 'a title'],
    ['escape and control characters only', '\u001b[2J\u0007', 'a title'],
    ['201 characters', 'x'.repeat(201), 'a title of at most 200 characters'],
  ])('refuses %s, as the loader says it', (_, raw, expected) => {
    expect(checkText(raw, TEXT_FIELDS.title)).toMatchObject({ ok: false, expected });
  });
});
