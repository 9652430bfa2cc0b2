/**
 * `--format`, read the same way by every command that takes it (`--set` is
 * read in scenario-settings.ts); and the "a, b or c" of usage messages.
 */
import { quoteForMessage } from '../text/sanitize.js';
import { read, type CommandArguments, type OptionResult } from './command-definition.js';

/** "a, b or c" */
export function oneOf(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

/** `--format`, one of `formats` (table when absent). */
export function readFormat<Format extends string>(args: CommandArguments, formats: readonly Format[]): OptionResult<Format> {
  const format = args.last('--format') ?? 'table';
  const known = formats.find((candidate) => candidate === format);
  if (known !== undefined) return read(known);
  return { ok: false, message: `--format for ${args.command} must be ${oneOf(formats)}; got ${quoteForMessage(format)}` };
}
