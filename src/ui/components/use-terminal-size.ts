import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Columns and rows of the terminal the app draws in. */
export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

/** Used where the stream does not know its size (not a TTY). */
export const DEFAULT_TERMINAL_SIZE: TerminalSize = { columns: 80, rows: 24 };

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  // `columns` and `rows` are undefined (or 0) on a stream that is not a terminal.
  return {
    columns: stdout.columns > 0 ? stdout.columns : DEFAULT_TERMINAL_SIZE.columns,
    rows: stdout.rows > 0 ? stdout.rows : DEFAULT_TERMINAL_SIZE.rows,
  };
}

/**
 * The terminal size, following resizes. Ink 6.8 has no size hook and only
 * re-lays out on `resize` outside CI, so the app listens to the stdout Ink
 * renders to (never to `process` directly).
 */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = () => {
      setSize((previous) => {
        const next = sizeOf(stdout);
        return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
      });
    };
    onResize();
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
