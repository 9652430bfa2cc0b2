/**
 * The app as a test renders it: scenarios built in code, a fake file system
 * that records what would be written, and a terminal of a fixed size.
 */
import type { FactorSettings, Scenario } from '../../src/core/index.js';
import type { LoadResult } from '../../src/scenarios/load.js';
import type { Problem } from '../../src/scenarios/problem.js';
import type { SaveResult } from '../../src/scenarios/save.js';
import { App } from '../../src/ui/app/app.js';
import type { FileActions } from '../../src/ui/app/file-actions.js';
import { themeFor } from '../../src/ui/components/theme.js';
import { ThemeContext } from '../../src/ui/components/theme-context.js';
import type { UncertaintyRunner } from '../../src/ui/uncertainty/uncertainty-runner.js';
import { border, ceasefire, coast } from './build-scenarios.js';
import { renderTerminal, STANDARD_TERMINAL, type RenderedTerminal, type TerminalSize } from './terminal.js';

/** A file the fake would have written. */
export interface WrittenFile {
  readonly path: string;
  /** The scenario and the planner's values, for a save. */
  readonly scenarioId?: string;
  readonly overrides?: FactorSettings;
  /** The text, for an export. */
  readonly text?: string;
}

/**
 * File actions that write nothing: a name is taken when it is in `existing`
 * (until overwritten), refused when it is not a plain name, and `failWith`
 * makes every write fail as the system would. A saved scenario reads back as
 * the loader would read the saved file: the id from the name, the planner's
 * values as the file's factors; `unreadable` paths read back with a problem.
 * `saved` holds each saved scenario by path, as it reads back.
 */
export function fakeFiles(options: { existing?: readonly string[]; failWith?: string; unreadable?: readonly string[] } = {}) {
  const written: WrittenFile[] = [];
  const saved = new Map<string, Scenario>();
  const existing = new Set(options.existing ?? []);
  const write = (path: string, name: string, overwrite: boolean, file: WrittenFile): SaveResult => {
    if (!/^[A-Za-z0-9_.-]+$/.test(name)) return { ok: false, reason: 'invalid-name', message: `"${name}" is not a plain file name` };
    if (existing.has(path) && !overwrite) return { ok: false, reason: 'exists', message: `${path} already exists` };
    if (options.failWith !== undefined) return { ok: false, reason: 'io', message: `${options.failWith}, writing ${path}` };
    written.push(file);
    existing.add(path);
    return { ok: true, path };
  };
  const files: FileActions = {
    saveScenario: (dir, name, scenario, overrides, { overwrite }) => {
      const path = `${dir}/${name}.yaml`;
      const result = write(path, name, overwrite, { path, scenarioId: scenario.id, overrides });
      if (result.ok) saved.set(path, { ...scenario, id: name, factors: { ...scenario.factors, ...overrides } });
      return result;
    },
    exportText: (dir, fileName, text, { overwrite }) => {
      const path = `${dir}/${fileName}`;
      return write(path, fileName, overwrite, { path, text });
    },
    loadScenario: (path): LoadResult => {
      const scenario = saved.get(path);
      if (scenario !== undefined && !(options.unreadable ?? []).includes(path)) return { ok: true, scenario };
      return { ok: false, problems: [{ file: path, line: 1, column: 1, path: '', expected: 'a scenario', received: 'nothing' }] };
    },
  };
  return { files, written, saved };
}

export interface AppOptions {
  readonly scenarios?: readonly Scenario[];
  readonly problems?: readonly Problem[];
  readonly files?: FileActions;
  readonly size?: TerminalSize;
  /** @default false: the monochrome theme, so frames are plain text. */
  readonly color?: boolean;
  /** Where the uncertainty is computed. @default the App's own (in-thread) */
  readonly uncertaintyRunner?: UncertaintyRunner;
  /** Today, for the mark a saved description gets. @default 2026-12-04 */
  readonly today?: () => Date;
}

/** The app over ceasefire, border and coast (build-scenarios.ts) in an 80 x 24 terminal, unless told otherwise. */
export function renderApp(options: AppOptions = {}): Promise<RenderedTerminal> {
  return renderTerminal(
    <ThemeContext.Provider value={themeFor(options.color ?? false)}>
      <App
        scenarios={options.scenarios ?? [ceasefire, border, coast]}
        problems={options.problems ?? []}
        scenariosDir="scenarios"
        exportDir="/home/planner"
        files={options.files ?? fakeFiles().files}
        today={options.today ?? (() => new Date('2026-12-04T12:00:00Z'))}
        {...(options.uncertaintyRunner === undefined ? {} : { uncertaintyRunner: options.uncertaintyRunner })}
      />
    </ThemeContext.Provider>,
    options.size ?? STANDARD_TERMINAL,
  );
}
