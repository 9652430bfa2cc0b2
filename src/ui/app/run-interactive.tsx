/**
 * The entry point of the interactive calculator, and the only UI file that
 * touches `process`: the CLI imports it (dynamically, so the non-interactive
 * commands never load Ink or React) when stdin and stdout are both terminals.
 */
import { render } from 'ink';
import { existsSync, mkdirSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../core/index.js';
import type { Problem } from '../../scenarios/problem.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import { exportText, saveRecoveryCopy, saveScenarioFile } from '../../scenarios/save.js';
import { App, type UnsavedScenario } from './app.js';
import type { FileActions } from './file-actions.js';
import { themeFor } from '../components/theme.js';
import { ThemeContext } from '../components/theme-context.js';
import { inThreadRunner } from '../uncertainty/uncertainty-runner.js';
import { workerRunner } from '../uncertainty/worker-runner.js';

/** What the CLI hands the UI. */
export interface InteractiveOptions {
  /** The folder the scenarios came from. */
  readonly scenariosDir: string;
  /** Where `s` saves new scenario files. */
  readonly saveDir: string;
  readonly scenarios: readonly Scenario[];
  /** Problems of files that did not load, shown in the list. */
  readonly problems: readonly Problem[];
  /** False for NO_COLOR, TERM=dumb and CI (the CLI decides): markers only, ASCII only. */
  readonly color: boolean;
  /**
   * The built worker script (dist/uncertainty-worker.mjs) the uncertainty is
   * computed in, so that `q` quits at once even while a large scenario's is
   * under way; when it is absent or missing, it is computed on this thread.
   */
  readonly uncertaintyWorker?: string | undefined;
}

const FILES: FileActions = {
  // The folder is made on the first save (./scenarios, when the list is the shipped folder).
  saveScenario: (dir, name, scenario, overrides, options) => {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      // saveScenarioFile reports the missing or unwritable folder itself.
    }
    return saveScenarioFile(dir, name, scenario, overrides, options);
  },
  // ./exports is made on the first export: the working folder (a repository's root, often) is never written unasked.
  exportText: (dir, fileName, text, options) => {
    try {
      if (options.makeFolder) mkdirSync(dir, { recursive: true });
    } catch {
      // exportText reports the missing or unwritable folder itself.
    }
    return exportText(dir, fileName, text, options);
  },
  loadScenario: loadScenarioFile,
};

/** Signals that end the UI as a quit does (the screen cleared, the terminal restored). */
const ENDING_SIGNALS = ['SIGTERM', 'SIGHUP'] as const;

/**
 * Runs the UI until the planner quits; resolves with the exit code: 0 after
 * `q`, Esc or Ctrl-C, 128 + the signal's number after SIGTERM or SIGHUP, 1
 * when the UI failed (Ink has printed the error).
 *
 * Ctrl-C reaches the app as a key (the terminal is in raw mode) and takes the
 * same way out as `q`; a signal unmounts Ink. Either way Ink shows the cursor
 * again and takes the terminal out of raw mode before this resolves.
 */
export async function runInteractive(options: InteractiveOptions): Promise<number> {
  // The edits not saved, as the app last reported them: what a signal writes as recovery copies.
  let unsaved: readonly UnsavedScenario[] = [];
  const worker = options.uncertaintyWorker;
  const uncertaintyRunner = worker !== undefined && existsSync(worker) ? workerRunner(worker) : inThreadRunner;
  const instance = render(
    <ThemeContext.Provider value={themeFor(options.color)}>
      <App
        scenarios={options.scenarios}
        problems={options.problems}
        scenariosDir={options.scenariosDir}
        saveDir={options.saveDir}
        exportDir={join(process.cwd(), 'exports')}
        files={FILES}
        uncertaintyRunner={uncertaintyRunner}
        onUnsavedChange={(edited) => {
          unsaved = edited;
        }}
      />
    </ThemeContext.Provider>,
    // Not `incrementalRendering`: in Ink 6.8 it left stale lines on screen (tmux, after a few steps of a factor).
    { exitOnCtrlC: false, patchConsole: true },
  );

  let endedBy: (typeof ENDING_SIGNALS)[number] | null = null;
  const onSignal = (signal: (typeof ENDING_SIGNALS)[number]) => {
    endedBy = signal;
    // Edits not saved are written beside where `s` saves, as <id>.recovered.yaml (never over a scenario's own file);
    // the next start lists them and says so. A copy that cannot be written is lost with the session, as before.
    for (const { scenario, overrides } of unsaved) {
      try {
        mkdirSync(options.saveDir, { recursive: true });
      } catch {
        // saveRecoveryCopy reports the missing folder itself.
      }
      saveRecoveryCopy(options.saveDir, scenario, overrides);
    }
    // As a quit does: the screen cleared, then Ink restores the cursor and the terminal mode.
    instance.clear();
    instance.unmount();
  };
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  try {
    await instance.waitUntilExit();
    return endedBy === null ? 0 : 128 + constants.signals[endedBy];
  } catch {
    return 1;
  } finally {
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
    uncertaintyRunner.close();
  }
}
