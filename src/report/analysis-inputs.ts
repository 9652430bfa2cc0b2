/**
 * A scenario input (a factor, a sector's length or density, a pledge) as
 * display text, for the sensitivity printers: its label and its values in the
 * units a planner writes. Names from files are sanitised here.
 */
import type { ScenarioInput } from '../core/analysis/scenario-inputs.js';
import { FACTORS } from '../core/factors.js';
import type { Interval } from '../core/interval.js';
import { sanitizeText } from '../text/sanitize.js';
import { formatFactor, formatInterval, formatQuantity, unitFor } from './number-format.js';

/** "Brigade size", "Length: Line of contact", "Density: Hot spot", "Pledge: France", "Need: EW team", "Air cover: France". */
export function inputLabel(input: ScenarioInput): string {
  const { ref } = input;
  const name = sanitizeText(input.name ?? '');
  switch (ref.kind) {
    case 'factor':
      return FACTORS[ref.factor].label;
    case 'sectorLength':
      return `Length: ${name}`;
    case 'sectorDensity':
      return `Density: ${name}`;
    case 'pledge':
      return `Pledge: ${name}`;
    case 'capabilityNeed':
      return `Need: ${name}`;
    case 'provides':
      return `${sanitizeText(input.capability ?? '')}: ${name}`;
    case 'arrival':
      return `Arrival: ${name}`;
    case 'departure':
      return `Departure: ${name}`;
    case 'tour':
      return `Tour: ${name}`;
  }
}

/** A value of the input (its range, or one point of it) with its unit: "3,000..5,000 troops", "2..4 /km", "1.5 brigades". */
export function inputValueText(input: ScenarioInput, value: Interval): string {
  const { ref } = input;
  switch (ref.kind) {
    case 'factor':
      return formatFactor(ref.factor, value);
    case 'sectorLength':
      return `${formatInterval(value, 'length')} km`;
    case 'sectorDensity':
      return `${formatInterval(value, 'density')} /km`;
    case 'pledge':
      return input.pledgeKind === 'brigades'
        ? `${formatQuantity(value)} ${unitFor(value, 'brigades')}`
        : `${formatInterval(value, 'count')} ${unitFor(value, 'troops')}`;
    case 'capabilityNeed':
      return `${formatQuantity(value)} ${unitFor(value, 'units')}`;
    case 'provides':
      return `${formatInterval(value, 'count')} ${unitFor(value, 'units')}`;
    case 'arrival':
    case 'departure':
      return `day ${formatQuantity(value)}`;
    case 'tour':
      return `${formatQuantity(value)} ${unitFor(value, 'days')}`;
  }
}

/** The input's range with, for a distribution other than a plain range, its kind: "3,000..5,000 troops (pert)". */
export function inputRangeText(input: ScenarioInput): string {
  const range = inputValueText(input, input.value);
  const kind = input.value.distribution?.kind;
  return kind === undefined || kind === 'uniform' ? range : `${range} (${kind})`;
}
