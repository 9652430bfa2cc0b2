/** Figures and factors as the screen writes them, through the report's number formats. */
import { FIGURES, type FactorOrigin, type FigureName, type Interval } from '../../core/index.js';
import { formatInterval, unitFor } from '../../report/number-format.js';

/** A figure with its unit, "2..3 brigades"; "-" for a coalition figure without a coalition. */
export function figureText(name: FigureName, value: Interval | null): string {
  if (value === null) return '-';
  const figure = FIGURES[name];
  return `${formatInterval(value, figure.kind)} ${unitFor(value, figure.unit)}`;
}

/** Where a factor's value comes from, in a word. */
export function originWord(origin: FactorOrigin): string {
  switch (origin) {
    case 'default':
      return 'preset';
    case 'scenario':
      return 'file';
    case 'override':
      return 'edited';
  }
}
