import { quoteForMessage } from '../text/sanitize.js';

/**
 * What a parsed JSON or YAML value is, as an error message shows it: numbers
 * as written (`200`, `Infinity`), strings quoted and sanitised, containers by
 * their size, never their whole content.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return quoteForMessage(value);
  if (Array.isArray(value)) return `an array of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
