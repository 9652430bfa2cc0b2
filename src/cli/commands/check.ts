/**
 * `forcecalc check [<id|file>...]`: evaluates each scenario's `expect:` block
 * (every scenario of the folder when none is named). The report goes to
 * stdout, invalid files to stderr; exit code 1 on any mismatch or problem.
 */
import { estimate } from '../../core/estimate.js';
import { checkExpectations } from '../../core/expectations.js';
import { checkPassed, formatCheckReport, type ScenarioCheck } from '../../report/index.js';
import { escapePath } from '../../text/sanitize.js';
import { read, type NamedCommandDefinition } from '../command-definition.js';
import { EXIT_CODE, problemLines, type CommandResult } from '../command-result.js';
import { loadScenarioFolder, loadScenarioRefs } from '../load-scenarios.js';
import { warningLines } from '../warning-lines.js';

/** Checks the named scenarios, or all of `scenariosDir` when `refs` is empty. */
export function runCheck(refs: readonly string[], scenariosDir: string): CommandResult {
  const { scenarios, problems } = refs.length === 0 ? loadScenarioFolder(scenariosDir) : loadScenarioRefs(refs, scenariosDir);
  const checks: ScenarioCheck[] = scenarios.map((scenario) => ({
    id: scenario.id,
    expectations: scenario.expect,
    results: checkExpectations(estimate(scenario), scenario.expect),
  }));
  const failed = problems.length > 0 || !checks.every(checkPassed);
  const invalidFiles = new Set(problems.map((problem) => problem.file)).size;
  // A summary whenever a file was asked about, also when none loaded ("0 passed, 0 failed, 0 without expect:, 2 invalid").
  const report =
    checks.length > 0 || invalidFiles > 0 ? formatCheckReport(checks, invalidFiles) : `No scenarios in ${escapePath(scenariosDir)}.\n`;
  return {
    stdout: report,
    stderr: problemLines(problems) + warningLines(scenarios),
    exitCode: failed ? EXIT_CODE.invalid : EXIT_CODE.ok,
  };
}

/** What `check` was asked: the scenarios, or none for the whole folder. */
export interface CheckRequest {
  readonly refs: readonly string[];
}

/** `forcecalc check` in the command table (command-table.ts). */
export const checkCommand: NamedCommandDefinition<CheckRequest> = {
  options: [],
  operands: { min: 0, max: Infinity, what: 'scenario ids or files' },
  synopsis: ['check [<id|file>...]'],
  summary: ['evaluate expect: blocks (all scenarios', 'when none is given)'],
  help: `Usage: forcecalc check [<id|file>...] [--scenarios DIR]

Evaluates the expect: block of each scenario (all scenarios of the folder when
none is given) and prints PASS or FAIL per scenario, with each mismatch.
Exit code 1 on any mismatch or invalid scenario.
`,
  parse: (args) => read({ refs: args.operands }),
  run: (request, scenariosDir) => runCheck(request.refs, scenariosDir),
};
