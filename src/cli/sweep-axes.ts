/**
 * The axes of `sweep` on the scenario it runs on: each `--vary` of a
 * scenario's input found by name in the file as `--set` finds it (the closest
 * name when none matches), and refused when it varies an input another
 * `--vary` or a `--set` already gives (which of the two would a cell use?).
 * Names are found in the file as written, before `--set` applies: a
 * contributor `--set` withdraws is named, and refused, rather than not found.
 */
import { isFactorAxis, sweptInputEdit, type SweepAxis, type SweptInput } from '../core/analysis/sweep.js';
import type { ScenarioEdit } from '../core/scenario-edit.js';
import type { Scenario } from '../core/scenario.js';
import { formatProblem, resolveInputTarget } from '../scenarios/index.js';
import { quoteForMessage } from '../text/sanitize.js';
import { sweptInputOf, type VaryAxis } from './analysis-options.js';

/** Which input of the file an edit or an axis sets, as a key: a pledge is one input, in troops or in brigades. */
function editKey(edit: ScenarioEdit): string {
  switch (edit.kind) {
    case 'sectorLength':
    case 'sectorDensity':
      return `${edit.kind} ${edit.sector}`;
    case 'pledge':
    case 'withdraw':
      return `pledge ${edit.contributor}`;
    case 'capabilityNeed':
      return `capabilityNeed ${edit.capability}`;
    // Edits no axis sets (names, additions, removals, the title: the UI's, not --set's) collide with none.
    default:
      return edit.kind;
  }
}

/** The input an axis varies in the edited scenario: a contributor's index moves down past those `--set` withdrew. */
function afterWithdrawals(input: SweptInput, withdrawn: readonly number[]): SweptInput {
  if (!('contributor' in input)) return input;
  return { ...input, contributor: input.contributor - withdrawn.filter((index) => index < input.contributor).length };
}

/** The core's axes, or the message of a usage error. */
export type SweepAxesResult = { readonly ok: true; readonly axes: SweepAxis[] } | { readonly ok: false; readonly message: string };

/**
 * The axes of `vary` on `loaded` (the scenario as its file has it), `edits`
 * being what `--set` makes of it: each input's index is that of the edited
 * scenario, the one the sweep runs on. Every name the file does not have is
 * reported at once.
 */
export function resolveSweepAxes(loaded: Scenario, edits: readonly ScenarioEdit[], vary: readonly VaryAxis[]): SweepAxesResult {
  const problems: string[] = [];
  const found: { axis: VaryAxis; input: SweptInput | null }[] = [];
  for (const axis of vary) {
    if ('factor' in axis) {
      found.push({ axis, input: null });
      continue;
    }
    const index = resolveInputTarget(loaded, axis.target, '--vary');
    if (typeof index === 'number') found.push({ axis, input: sweptInputOf(axis.target, index) });
    else problems.push(formatProblem(index));
  }
  if (problems.length > 0) return { ok: false, message: problems.join('\n') };
  const withdrawn = edits.flatMap((edit) => (edit.kind === 'withdraw' ? [edit.contributor] : []));
  const setKeys = new Set(edits.map(editKey));
  const seen = new Map<string, string>();
  const axes: SweepAxis[] = [];
  for (const { axis, input } of found) {
    if ('factor' in axis) {
      axes.push(axis);
      continue;
    }
    if (input === null) throw new RangeError(`--vary ${axis.name} was not found`);
    const key = editKey(sweptInputEdit(input, { min: 0, max: 0 }));
    const other = seen.get(key);
    // The names as written are the command line's text: quoted and escaped, never raw.
    const name = quoteForMessage(axis.name);
    if (other !== undefined) {
      return { ok: false, message: `--vary ${name} varies the input --vary ${quoteForMessage(other)} varies; vary each input once (two --vary make rows and columns)` };
    }
    if (setKeys.has(key)) {
      const what = 'contributor' in input && withdrawn.includes(input.contributor) ? 'that contributor leaves the coalition by --set' : 'that input is given with --set too';
      return { ok: false, message: `--vary ${name}: ${what}; give it once` };
    }
    seen.set(key, axis.name);
    axes.push({ input: afterWithdrawals(input, withdrawn), name: axis.name, from: axis.from, to: axis.to, steps: axis.steps });
  }
  return { ok: true, axes };
}

/** What each input axis sets over its whole range: the edits under which the sweep's totals are checked to be countable. */
export function axesEnvelope(axes: readonly SweepAxis[]): ScenarioEdit[] {
  return axes.flatMap((axis) => (isFactorAxis(axis) ? [] : [sweptInputEdit(axis.input, { min: axis.from, max: axis.to })]));
}
