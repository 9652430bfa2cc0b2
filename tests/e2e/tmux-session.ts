/**
 * Drives the built executable in a real terminal: a detached tmux session of a
 * fixed size, keys typed with send-keys, the screen read with capture-pane.
 * Used by the end-to-end tests only; `.ci/run` installs tmux.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { TERMINAL_VARIABLES } from '../cli/run-cli.js';

export const EXECUTABLE = resolve('dist/forcecalc.mjs');

/** True when tmux can be run here. */
export function haveTmux(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
}

/** Named keys as tmux's send-keys spells them. */
export const KEY = { down: 'Down', up: 'Up', home: 'Home', enter: 'Enter', escape: 'Escape', tab: 'Tab', ctrlC: 'C-c', ctrlU: 'C-u' } as const;

export interface TmuxSessionOptions {
  readonly cwd: string;
  readonly columns: number;
  readonly rows: number;
  /** Extra environment, e.g. NO_COLOR; the TERMINAL_VARIABLES of the test run are unset. */
  readonly env?: Readonly<Record<string, string>>;
  /** Arguments after `forcecalc`. */
  readonly args?: readonly string[];
}

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * A forcecalc process in its own tmux server (a private socket, so tests never
 * touch a user's sessions). After forcecalc exits, the shell prints its exit
 * code and whether the terminal is back in canonical mode, then waits.
 */
export class TmuxSession {
  private readonly socket: string;
  private readonly name = 'forcecalc';

  constructor(private readonly options: TmuxSessionOptions) {
    this.socket = `forcecalc-e2e-${process.pid}-${Math.random().toString(36).slice(2)}`;
  }

  private tmux(args: readonly string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  start(): void {
    const env = Object.entries({ TERM: 'xterm-256color', ...this.options.env })
      .map(([key, value]) => `${key}=${quote(value)}`)
      .join(' ');
    const command = [
      `cd ${quote(this.options.cwd)}`,
      // The test run's own CI and colour variables are not the planner's: a test that wants one sets it in options.env.
      `env ${TERMINAL_VARIABLES.map((name) => `-u ${name}`).join(' ')} ${env} node ${quote(EXECUTABLE)} ${(this.options.args ?? []).map(quote).join(' ')}`,
      'echo "EXITED:$?"',
      // After the UI: is the terminal back in canonical (cooked) mode with echo?
      `stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '`,
      'echo',
      'sleep 600',
    ].join('; ');
    this.tmux([
      'new-session', '-d', '-s', this.name,
      '-x', String(this.options.columns), '-y', String(this.options.rows),
      'bash', '--norc', '--noprofile', '-c', command,
    ]);
  }

  /**
   * Whether the terminal is in raw mode, as forcecalc sets it once it reads
   * keys: keys typed before that can be lost (a loaded machine draws the
   * first frame well before Ink takes its input).
   */
  private rawMode(): boolean {
    const tty = this.tmux(['display-message', '-p', '-t', this.name, '#{pane_tty}']).trim();
    const settings = execFileSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' });
    return /(^|\s)-icanon(\s|$)/.test(settings);
  }

  /** Waits until forcecalc reads keys (the terminal in raw mode); throws after `timeoutMs`. */
  private waitForRawMode(timeoutMs = 10_000): void {
    const deadline = Date.now() + timeoutMs;
    while (!this.rawMode()) {
      if (Date.now() > deadline) throw new Error('forcecalc never put the terminal in raw mode to read keys');
      execFileSync('sleep', ['0.05']);
    }
  }

  /** Types keys: named keys (KEY) or literal text, once forcecalc reads them. */
  send(...keys: readonly string[]): void {
    this.waitForRawMode();
    for (const key of keys) {
      const named = (Object.values(KEY) as string[]).includes(key);
      // Escape goes alone: tmux would send it and the next key as one chunk (read as Alt+key).
      this.tmux(named ? ['send-keys', '-t', this.name, key] : ['send-keys', '-t', this.name, '-l', key]);
    }
  }

  /** The visible screen as text, trailing spaces removed. */
  screen(withEscapes = false): string {
    const args = ['capture-pane', '-p', '-t', this.name, ...(withEscapes ? ['-e'] : [])];
    return this.tmux(args)
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n');
  }

  /** Whether tmux shows the cursor (1) or forcecalc has hidden it (0). */
  cursorVisible(): boolean {
    return this.tmux(['display-message', '-p', '-t', this.name, '#{cursor_flag}']).trim() === '1';
  }

  /** Polls the screen until it contains `text`; throws with the last screen after `timeoutMs`. */
  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`screen never showed ${String(text)}; last screen:\n${last}`);
  }

  /** Sends SIGTERM to forcecalc (the node process in the pane). */
  terminate(): void {
    const shellPid = this.tmux(['display-message', '-p', '-t', this.name, '#{pane_pid}']).trim();
    execFileSync('pkill', ['-TERM', '-P', shellPid, '-f', 'forcecalc.mjs']);
  }

  stop(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
  }
}
