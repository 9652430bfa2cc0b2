/**
 * The capabilities in `estimate --format json` (docs/formats.md): air cover
 * first, then the scenario's in file order, each with its need, pledged units
 * and both shortfalls as `{min, max}` (the three pledge figures null without a
 * coalition), keys derived from the capability figure table.
 */
import { CAPABILITY_FIGURE_NAMES, type CapabilityFigureName } from '../core/capability-figures.js';
import { capabilityFigureValue, type CapabilityEstimate } from '../core/estimate.js';
import type { CapabilityPer } from '../core/scenario.js';
import { intervalJson, type IntervalJson } from './interval-json.js';

/** `per` in JSON: "brigade", "force", or `{km}` for a need per length of line. */
export type CapabilityPerJson = 'brigade' | 'force' | { readonly km: number };

/** One capability in JSON, keys in this order. */
export type CapabilityJson = {
  readonly name: string;
  readonly per: CapabilityPerJson;
} & { readonly [K in CapabilityFigureName]: IntervalJson | null } & {
  /** Where the need comes from; null where the scenario gives none. */
  readonly source: string | null;
  /** The need per brigade, per `per.km` of line or for the force, as the file (or the factor airCoverPerBrigade) gives it. */
  readonly needPer: IntervalJson;
};

/** `per` as JSON writes it. */
export function capabilityPerJson(per: CapabilityPer): CapabilityPerJson {
  return per.kind === 'length' ? { km: per.km } : per.kind;
}

/** One capability's JSON object. */
export function capabilityJson(capability: CapabilityEstimate): CapabilityJson {
  const figures = Object.fromEntries(
    CAPABILITY_FIGURE_NAMES.map((name) => {
      const value = capabilityFigureValue(capability, name);
      return [name, value === null ? null : intervalJson(value)];
    }),
  ) as { [K in CapabilityFigureName]: IntervalJson | null };
  return {
    name: capability.name,
    per: capabilityPerJson(capability.per),
    ...figures,
    source: capability.source,
    needPer: intervalJson(capability.needPer),
  };
}
