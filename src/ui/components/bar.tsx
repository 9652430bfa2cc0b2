import { Text } from 'ink';
import type { Interval } from '../../core/index.js';
import { barCells } from './bar-cells.js';
import type { StyleName } from './theme.js';
import { useTheme } from './theme-context.js';

/** Props of a Bar. */
export interface BarProps {
  readonly value: Interval;
  /** The value that fills the whole width. */
  readonly scaleMax: number;
  readonly width: number;
  /** @default 'barNeeded' */
  readonly style?: StyleName;
  /** Fill the rest of `width` with spaces, so that text after the bar lines up. @default false */
  readonly padded?: boolean;
}

/** A horizontal bar: solid up to the range's minimum, shaded up to its maximum. */
export function Bar({ value, scaleMax, width, style = 'barNeeded', padded = false }: BarProps) {
  const theme = useTheme();
  const { solid, range } = barCells(value, scaleMax, width);
  return (
    <>
      <Text {...theme.styles[style]}>
        {theme.glyphs.barSolid.repeat(solid)}
        {theme.glyphs.barRange.repeat(range)}
      </Text>
      {padded ? <Text>{' '.repeat(Math.max(0, width - solid - range))}</Text> : null}
    </>
  );
}
