/**
 * `forcecalc sensitivity --format json`: one object, numbers exact. Each
 * uncertain input (largest swing first) with its range, its central value and,
 * per figure, the figure at the input's low and high end.
 */
import { sensitivityFigureInterval, type FigureSwing, type Sensitivity, type SensitivityFigure } from '../core/analysis/sensitivity.js';
import type { Distribution } from '../core/distribution.js';
import type { InputRef } from '../core/input-ref.js';
import { inputLabel } from './analysis-inputs.js';
import { intervalJson, type IntervalJson } from './interval-json.js';
import { jsonText } from './json-text.js';

/** The position an input's `index` key gives (see SensitivityInputJson). */
function inputIndex(ref: InputRef): number | null {
  switch (ref.kind) {
    case 'factor':
      return null;
    case 'sectorLength':
    case 'sectorDensity':
      return ref.sector;
    case 'pledge':
    case 'provides':
    case 'arrival':
    case 'departure':
    case 'tour':
      return ref.contributor;
    case 'capabilityNeed':
      return ref.capability;
  }
}

/** What one input does to one figure: the core's swing, keyed by its figure instead of naming it. */
export type SwingJson = Omit<FigureSwing, 'figure'>;

/** One uncertain input. */
export interface SensitivityInputJson {
  /** factor, sectorLength, sectorDensity, pledge, capabilityNeed or provides. */
  readonly kind: string;
  /** The factor's name, for a factor; else null. */
  readonly factor: string | null;
  /**
   * The sector's, contributor's or capability's position in the scenario
   * (from 0; a capability's among the scenario's `capabilities`, air cover
   * not counted); for units provided, the contributor's; null for a factor.
   */
  readonly index: number | null;
  /** The sector's name, the contributor's country or the capability's name; null for a factor. */
  readonly name: string | null;
  /** For units provided: the capability they are units of; else null. */
  readonly capability: string | null;
  /** As the table prints it: "Brigade size", "Length: Line of contact". */
  readonly label: string;
  readonly range: IntervalJson;
  /** The distribution given in the scenario, or null for a plain range. */
  readonly distribution: Distribution | null;
  readonly central: number;
  /** For the scenario density: the sectors that use it; else null. */
  readonly sectorsUsing: number | null;
  readonly figures: Partial<Record<SensitivityFigure, SwingJson>>;
}

/** The object `sensitivity --format json` prints. */
export interface SensitivityJson {
  readonly scenario: { readonly id: string; readonly title: string };
  /** The figures reported, the order the inputs are sorted by. */
  readonly figures: readonly SensitivityFigure[];
  /** Each figure with every input at its central value. */
  readonly central: Partial<Record<SensitivityFigure, number>>;
  /** Each figure's interval from `estimate` (every input over its whole range). */
  readonly estimate: Partial<Record<SensitivityFigure, IntervalJson>>;
  /** Largest swing first; empty when no input is uncertain. */
  readonly inputs: readonly SensitivityInputJson[];
}

/** The sensitivity as the plain object `sensitivity --format json` prints. */
export function sensitivityToJson(result: Sensitivity): SensitivityJson {
  const byFigure = <T>(make: (figure: SensitivityFigure, index: number) => T): Partial<Record<SensitivityFigure, T>> =>
    Object.fromEntries(result.figures.map((figure, index) => [figure, make(figure, index)]));
  return {
    scenario: { id: result.scenario.id, title: result.scenario.title },
    figures: [...result.figures],
    central: byFigure((_, index) => result.central[index] ?? 0),
    estimate: byFigure((figure) => intervalJson(sensitivityFigureInterval(result.estimate, figure) ?? { min: 0, max: 0 })),
    inputs: result.rows.map((row) => {
      const { ref } = row.input;
      return {
        kind: ref.kind,
        factor: ref.kind === 'factor' ? ref.factor : null,
        index: inputIndex(ref),
        name: row.input.name,
        capability: row.input.capability,
        label: inputLabel(row.input),
        range: intervalJson(row.input.value),
        distribution: row.input.value.distribution ?? null,
        central: row.central,
        sectorsUsing: row.input.sectorsUsing,
        figures: Object.fromEntries(
          row.swings.map((swing) => [
            swing.figure,
            { atLow: swing.atLow, atHigh: swing.atHigh, low: swing.low, high: swing.high, swing: swing.swing, opposite: swing.opposite },
          ]),
        ),
      };
    }),
  };
}

/** `sensitivity --format json`: one object. */
export function formatSensitivityJson(result: Sensitivity): string {
  return jsonText(sensitivityToJson(result));
}
