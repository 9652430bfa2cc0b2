import { type ContributorEstimate, type Estimate } from '../../core/index.js';
import { sanitizeText } from '../../text/sanitize.js';
import { formatInterval, formatQuantity, unitFor } from '../../report/number-format.js';
import { figureText } from './figure-text.js';

/** A contributor's pledge as it was written: "1 brigade", "5,000 troops". */
export function pledgeAmount(contributor: ContributorEstimate): string {
  return contributor.pledgedBrigades === null
    ? `${formatInterval(contributor.troops, 'count')} ${unitFor(contributor.troops, 'troops')}`
    : `${formatQuantity(contributor.pledgedBrigades)} ${unitFor(contributor.pledgedBrigades, 'brigades')}`;
}

/** Each contributor's pledge as it was written: "France 1 brigade", "United Kingdom 5,000 troops". */
export function pledgeTexts(result: Estimate): string[] {
  return (result.coalition?.contributors ?? []).map((contributor) => `${sanitizeText(contributor.country)} ${pledgeAmount(contributor)}`);
}

/** "Shortfall 0..2,050 troops. France 1 brigade, United Kingdom 5,000 troops." Empty without a coalition. */
export function pledgeLine(result: Estimate): string {
  const coalition = result.coalition;
  if (coalition === null) return '';
  return `Shortfall ${figureText('shortfallTroops', coalition.figures.shortfallTroops)}. ${pledgeTexts(result).join(', ')}.`;
}
