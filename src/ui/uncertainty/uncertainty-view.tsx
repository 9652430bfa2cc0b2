import { Text } from 'ink';
import type { Estimate } from '../../core/index.js';
import { formatCount } from '../../report/number-format.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { sourcesMaxScroll } from '../estimate/source-lines.js';
import { StyledText } from '../components/styled-text.js';
import { useTheme } from '../components/theme-context.js';
import { isComputing, type UncertaintyState } from './uncertainty-state.js';
import { uncertaintyLines, type UncertaintyLine } from './uncertainty-lines.js';
import { UI_SAMPLES, UI_SEED } from './use-uncertainty.js';

/** Props of the UncertaintyView. */
export interface UncertaintyViewProps {
  /** The exact figures under the same values. */
  readonly estimate: Estimate;
  readonly uncertainty: UncertaintyState;
  /** The first line shown. */
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
  /** The Timeline panel's cursor: the view says the chance of being covered by that day. */
  readonly coveredDay?: number;
}

/** "Uncertainty: 2,000 samples, seed 20250409" and where the view is scrolled to. */
function titleText(scroll: number, below: number, computing: boolean): string {
  const from = scroll > 0 ? `, from line ${scroll + 1}` : '';
  const more = below > 0 ? ` (${below} more ${below === 1 ? 'line' : 'lines'}: Down)` : '';
  return `Uncertainty: ${formatCount(UI_SAMPLES)} samples, seed ${UI_SEED}${computing ? ', simulating…' : ''}${from}${more}`;
}

/**
 * The uncertainty of the estimate over the estimate panel: p5, p50 and p95
 * beside each simulated figure, whether the pledges suffice, the brigade
 * histogram and the tornado, scrolled a line at a time. Until the simulation
 * of the current values is done it says "simulating…"; the exact figures
 * stay in the table (`u` or Esc goes back to it).
 */
export function UncertaintyView({ estimate, uncertainty, scroll, width, height, coveredDay }: UncertaintyViewProps) {
  const theme = useTheme();
  const lines = linesOf(estimate, uncertainty, width, theme.glyphs.barSolid, coveredDay);
  const maxScroll = sourcesMaxScroll(lines.length, height);
  const from = Math.min(scroll, maxScroll);
  return (
    <ClippedColumn width={width} height={height} linesFit>
      <StyledText style="heading">{titleText(from, maxScroll - from, isComputing(uncertainty))}</StyledText>
      {lines.slice(from, from + height - 1).map((line, index) => (
        <UncertaintyRow key={from + index} line={line} />
      ))}
    </ClippedColumn>
  );
}

/** One line: its spans in their styles, cut at the panel's width. */
function UncertaintyRow({ line }: { readonly line: UncertaintyLine }) {
  return (
    <Text wrap="truncate-end">
      {line.length === 0 || line.every((span) => span.text === '')
        ? ' '
        : line.map((span, index) => (
            <StyledText key={index} style={span.style}>
              {span.text}
            </StyledText>
          ))}
    </Text>
  );
}

/** How far the uncertainty view scrolls at this size. */
export function uncertaintyMaxScroll(estimate: Estimate, uncertainty: UncertaintyState, width: number, height: number, barGlyph: string, coveredDay?: number): number {
  return sourcesMaxScroll(linesOf(estimate, uncertainty, width, barGlyph, coveredDay).length, height);
}

/** The inputs of the lines computed last, and the lines. */
interface LinesComputed {
  readonly estimate: Estimate;
  readonly uncertainty: UncertaintyState;
  readonly width: number;
  readonly barGlyph: string;
  readonly coveredDay: number | undefined;
  readonly lines: readonly UncertaintyLine[];
}

let lastLines: LinesComputed | null = null;

/**
 * The view's lines, computed once for the same inputs: the scenario screen's
 * keys (how far to scroll) and the view ask for them in the same render, and
 * a scroll asks again for unchanged ones.
 */
function linesOf(estimate: Estimate, uncertainty: UncertaintyState, width: number, barGlyph: string, coveredDay: number | undefined): readonly UncertaintyLine[] {
  const last = lastLines;
  if (last !== null && last.estimate === estimate && last.uncertainty === uncertainty && last.width === width && last.barGlyph === barGlyph && last.coveredDay === coveredDay) {
    return last.lines;
  }
  const lines = uncertaintyLines(estimate, uncertainty, { width, barGlyph, ...(coveredDay === undefined ? {} : { coveredDay }) });
  lastLines = { estimate, uncertainty, width, barGlyph, coveredDay, lines };
  return lines;
}
