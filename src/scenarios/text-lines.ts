import { LineCounter } from 'yaml';

/**
 * A LineCounter filled from `text` itself, for positions found before the
 * YAML parser runs (a NUL byte, nesting too deep).
 */
export function lineCounterFor(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) {
    counter.addNewLine(offset + 1);
  }
  return counter;
}
