/**
 * The two things the UI writes to disk, handed in by the entry point so that
 * views and tests never touch the file system (tests pass a fake).
 */
import type { FactorSettings, Scenario } from '../../core/index.js';
import type { LoadResult } from '../../scenarios/load.js';
import type { SaveResult } from '../../scenarios/save.js';

/** What the UI may write (a new scenario file, an export) and read back (a saved scenario, for the list). */
export interface FileActions {
  /** `saveScenarioFile` of src/scenarios/save.ts. */
  readonly saveScenario: (
    dir: string,
    name: string,
    scenario: Scenario,
    overrides: FactorSettings,
    options: { overwrite: boolean },
  ) => SaveResult;
  /** `exportText` of src/scenarios/save.ts; `makeFolder` for the export folder alone (a folder the planner typed must exist). */
  readonly exportText: (dir: string, fileName: string, text: string, options: { overwrite: boolean; makeFolder: boolean }) => SaveResult;
  /** `loadScenarioFile` of src/scenarios/load.ts: a saved file read as `forcecalc` would read it. */
  readonly loadScenario: (path: string) => LoadResult;
}
