/**
 * What produced a figure, as the screen lists it: the sectors, the pledges,
 * the line density (for a figure that turns troops into km) and each factor
 * with its current value. Data for the views; no numbers are
 * computed here beyond counting the sectors and pledges the estimate holds.
 */
import { FACTORS, FIGURES, isFactorName, type Estimate, type FigureInput } from '../../core/index.js';
import { sanitizeText } from '../../text/sanitize.js';
import { formatFactor, formatInterval } from '../../report/number-format.js';
import { figureText, originWord } from './figure-text.js';
import { pledgeTexts } from './pledge-line.js';

/** The short name of an input, as the wide estimate panel lists it. */
export function inputName(input: FigureInput): string {
  if (input === 'sectors') return 'sectors';
  if (input === 'coalition') return 'pledges';
  if (input === 'lineDensity') return FIGURES.lineDensity.label.toLowerCase();
  return FACTORS[input].label.toLowerCase();
}

/** An input with its value: "2 sectors, 1,350 km", "Density 3 /km", "Line density 13.75 /km". */
export function inputWithValue(result: Estimate, input: FigureInput): string {
  if (isFactorName(input)) return `${FACTORS[input].label} ${formatFactor(input, result.factors[input].value)}`;
  if (input === 'lineDensity') return `${FIGURES.lineDensity.label} ${figureText('lineDensity', result.figures.lineDensity)}`;
  if (input === 'sectors') {
    const count = result.sectors.length;
    return `${count} ${count === 1 ? 'sector' : 'sectors'}, ${formatInterval(result.figures.coverageKm, 'length')} km`;
  }
  const count = result.coalition?.contributors.length ?? 0;
  return `${count} ${count === 1 ? 'pledge' : 'pledges'}`;
}

/** One entry of a figure's sources: what it is, then where it comes from. */
export interface SourceEntry {
  readonly heading: string;
  readonly text: string;
}

/** The sources behind a figure: each input's, then the scenario's own. Text from files is sanitised. */
export function sourceEntries(result: Estimate, inputs: readonly FigureInput[]): SourceEntry[] {
  const pledges = pledgeTexts(result);
  const entries: SourceEntry[] = inputs.map((input): SourceEntry => {
    if (isFactorName(input)) {
      const factor = result.factors[input];
      return { heading: `${inputWithValue(result, input)} (${originWord(factor.origin)})`, text: sanitizeText(factor.source) };
    }
    if (input === 'sectors') {
      return { heading: `Sectors: ${inputWithValue(result, input)}`, text: 'Lengths and sector densities from the scenario file (its sources below).' };
    }
    if (input === 'lineDensity') {
      return {
        heading: inputWithValue(result, input),
        text: `${FIGURES.lineDensity.formula}: the length-weighted mean of the sector densities, the density of this line as a whole.`,
      };
    }
    return { heading: `Pledges: ${inputWithValue(result, input)}`, text: pledges.length === 0 ? 'The scenario has no coalition pledges.' : pledges.join('; ') };
  });
  const scenarioSources = result.sources.map(
    (source, index): SourceEntry => ({ heading: `Scenario source ${index + 1}`, text: sanitizeText(source) }),
  );
  return [...entries, ...(scenarioSources.length > 0 ? scenarioSources : [{ heading: 'Scenario sources', text: 'The scenario file names none.' }])];
}
