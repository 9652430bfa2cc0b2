/**
 * Writing a finished result to stdout and stderr, once each. A reader that
 * goes away early (`forcecalc list | head -1`) closes the pipe: the write then
 * fails with EPIPE, which is no error of ours, so it ends the run quietly
 * instead of as an uncaught exception with a stack trace.
 */

/** The part of a stream this module uses (process.stdout, process.stderr, or a test double). */
export interface OutputStream {
  write(text: string): boolean;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Handles write errors on the stream: a closed pipe (EPIPE) is ignored; any
 * other write error is reported through `onOtherError` (it cannot go to the
 * stream that failed).
 */
export function ignoreClosedPipe(stream: OutputStream, onOtherError: (error: NodeJS.ErrnoException) => void): void {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') onOtherError(error);
  });
}

/** Writes the whole text in one call; nothing for an empty text. */
export function writeAll(stream: OutputStream, text: string): void {
  if (text !== '') stream.write(text);
}
