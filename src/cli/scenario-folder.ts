/**
 * Which folder the scenarios come from: `--scenarios DIR`; else `scenarios`
 * in the current directory; else the folder shipped with forcecalc, so that
 * an installed `forcecalc` works from anywhere.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The folder `./scenarios` is taken from, as the user would write it. */
export const LOCAL_SCENARIOS = 'scenarios';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The scenarios folder: `option` when given (a missing folder is then the
 * loader's problem to report), else `scenarios` when it exists under `cwd`,
 * else `shipped`.
 */
export function resolveScenarioFolder(option: string | null, cwd: string, shipped: string): string {
  if (option !== null) return option;
  return isDirectory(join(cwd, LOCAL_SCENARIOS)) ? LOCAL_SCENARIOS : shipped;
}
