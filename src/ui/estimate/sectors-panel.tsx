import { Text } from 'ink';
import { memo } from 'react';
import { type Estimate } from '../../core/index.js';
import { sanitizeText } from '../../text/sanitize.js';
import { formatInterval } from '../../report/number-format.js';
import { sectorRoundingNote } from '../../report/sector-rounding-note.js';
import { textWidth, wrap } from '../../text/text-width.js';
import { Bar } from '../components/bar.js';
import { Cell } from '../components/cell.js';
import { figureText } from './figure-text.js';
import { pledgeLine } from './pledge-line.js';
import { cursorRow, type TableCursorState } from '../components/table-cursor-state.js';
import { SECTOR_COLUMNS, type SectorColumn } from '../workbench/input-entry.js';
import { StyledText } from '../components/styled-text.js';
import { WrappedText } from '../components/wrapped-text.js';
import { visibleWindow } from '../components/visible-window.js';
import { ClippedColumn } from '../components/clipped-column.js';
import { Row } from '../components/row.js';

/** Props of the SectorsPanel. */
export interface SectorsPanelProps {
  readonly estimate: Estimate;
  /** The sector and the column (name, length, density) under the cursor. */
  readonly state: TableCursorState;
  readonly width: number;
  readonly height: number;
}

const CURSOR_WIDTH = 2;
const GAP = 2;
/** The narrowest number columns; wider when a value needs it, as numbers are never cut. */
const MIN_LENGTH_WIDTH = 9;
const MIN_DENSITY_WIDTH = 8;
const MIN_TROOPS_WIDTH = 9;
/** The bar keeps at least this many columns, and at least a quarter of what the numbers leave; names take the rest. */
const MIN_BAR_WIDTH = 10;
const MIN_BAR_SHARE = 4;
const LABEL_WIDTH = 9;
/** Lines under the sectors: total, blank, needed, pledged, shortfall and pledges. */
const COALITION_LINES = 5;

/**
 * The sectors with length, density and troops, a bar of troops per sector,
 * the total (and why the rows add up to more, where they do), then pledged
 * against needed.
 */
export function SectorsPanel({ estimate, state, width, height }: SectorsPanelProps) {
  const sectors = estimate.sectors.map((sector) => ({
    name: sanitizeText(sector.name),
    length: formatInterval(sector.lengthKm, 'length'),
    density: formatInterval(sector.density, 'density'),
    troops: formatInterval(sector.troops, 'count'),
    value: sector.troops,
  }));
  const { figures, coalition } = estimate;
  const totalLength = formatInterval(figures.coverageKm, 'length');
  const totalTroops = formatInterval(figures.troops, 'count');
  const lengthWidth = Math.max(MIN_LENGTH_WIDTH, totalLength.length, ...sectors.map((sector) => sector.length.length));
  const densityWidth = Math.max(MIN_DENSITY_WIDTH, ...sectors.map((sector) => sector.density.length));
  const troopsWidth = Math.max(MIN_TROOPS_WIDTH, totalTroops.length, ...sectors.map((sector) => sector.troops.length));
  const fixed = CURSOR_WIDTH + GAP + lengthWidth + GAP + densityWidth + GAP + troopsWidth + GAP;
  const headings = {
    name: columnHeading('SECTOR', 'name', state.column),
    length: columnHeading('KM', 'length', state.column),
    density: columnHeading('/KM', 'density', state.column),
  };
  const longestName = Math.max(textWidth(headings.name), ...sectors.map((sector) => textWidth(sector.name)));
  const minBarWidth = Math.max(MIN_BAR_WIDTH, Math.floor((width - fixed) / MIN_BAR_SHARE));
  const nameWidth = Math.max(5, Math.min(longestName, width - fixed - minBarWidth));
  const barWidth = Math.max(1, width - fixed - nameWidth);
  const scaleMax = Math.max(0, ...estimate.sectors.map((sector) => sector.troops.max));
  // Under the total where the rows add up to more than it: the same sentence as the printed reports.
  const roundingNote = wrap(sectorRoundingNote(estimate) ?? '', Math.max(1, width));
  const rowsHeight = Math.max(1, height - 1 - COALITION_LINES - 1 - roundingNote.length);
  const cursor = cursorRow(state, sectors.length);
  const window = visibleWindow(sectors.length, cursor, rowsHeight);

  const widths = { nameWidth, lengthWidth, densityWidth, troopsWidth };

  const needed = figures.deployedTroops;
  const pledged = coalition?.figures.pledgedTroops ?? null;
  const pledgeScale = Math.max(needed.max, pledged?.max ?? 0);
  const neededText = ` ${figureText('deployedTroops', needed)} deployed`;
  const pledgedText = pledged === null ? '' : ` ${figureText('pledgedTroops', pledged)}`;
  // The bars end under the sectors' bars, and leave room for their figures on the same line.
  const pledgeBarWidth = Math.max(1, Math.min(barWidth + troopsWidth + GAP, width - LABEL_WIDTH - Math.max(neededText.length, pledgedText.length)));

  return (
    <ClippedColumn width={width} height={height} linesFit={fixed + nameWidth + barWidth <= width}>
      <SectorLine {...widths} {...headings} troops="TROOPS" style="heading" />
      <ClippedColumn height={Math.min(rowsHeight, sectors.length)} rowsOnly>
        {sectors.slice(window.start, window.end).map((sector, offset) => {
          const index = window.start + offset;
          const atCursor = index === cursor;
          return (
            <SectorLine
              key={index}
              {...widths}
              name={sector.name}
              length={sector.length}
              density={sector.density}
              troops={sector.troops}
              style={atCursor ? 'cursor' : undefined}
              troopsMin={sector.value.min}
              troopsMax={sector.value.max}
              scaleMax={scaleMax}
              barWidth={barWidth}
            />
          );
        })}
      </ClippedColumn>
      <SectorLine {...widths} name="Total" length={totalLength} density="" troops={totalTroops} style="heading" />
      {roundingNote.map((line, index) => (
        <StyledText key={index} style="muted">
          {line}
        </StyledText>
      ))}
      <StyledText> </StyledText>
      {pledged === null ? (
        <StyledText style="muted">No coalition pledges in this scenario: {figureText('deployedTroops', needed)} needed on the ground.</StyledText>
      ) : (
        <>
          <Row>
            <Cell width={LABEL_WIDTH}>Needed</Cell>
            <Bar value={needed} scaleMax={pledgeScale} width={pledgeBarWidth} padded />
            <Text>{neededText}</Text>
          </Row>
          <Row>
            <Cell width={LABEL_WIDTH}>Pledged</Cell>
            <Bar value={pledged} scaleMax={pledgeScale} width={pledgeBarWidth} style="barPledged" padded />
            <Text>{pledgedText}</Text>
          </Row>
          <WrappedText text={pledgeLine(estimate)} width={width} />
        </>
      )}
    </ClippedColumn>
  );
}

/** A column's heading, in brackets where Enter types into it. */
function columnHeading(text: string, column: SectorColumn, selected: number): string {
  return SECTOR_COLUMNS[selected] === column ? `[${text}]` : text;
}

/** Props of a SectorLine: texts and widths as plain values, so an unchanged line is not drawn again. */
interface SectorLineProps {
  readonly name: string;
  readonly length: string;
  readonly density: string;
  readonly troops: string;
  /** 'cursor' marks the line with `>`. */
  readonly style?: 'heading' | 'cursor' | undefined;
  readonly nameWidth: number;
  readonly lengthWidth: number;
  readonly densityWidth: number;
  readonly troopsWidth: number;
  /** The bar of troops, on sector lines only. */
  readonly troopsMin?: number;
  readonly troopsMax?: number;
  readonly scaleMax?: number;
  readonly barWidth?: number;
}

/**
 * One line of the sectors table. Memoised: a factor change redraws only the
 * sectors whose figures or bar changed (a sector with its own density keeps
 * its line), which matters on a wide screen showing all 20 sectors.
 */
const SectorLine = memo(function SectorLine(props: SectorLineProps) {
  const { style, troopsMin, troopsMax, scaleMax, barWidth } = props;
  return (
    <Row>
      <Cell width={CURSOR_WIDTH} style={style === 'cursor' ? style : undefined}>{style === 'cursor' ? '>' : ' '}</Cell>
      <Cell width={props.nameWidth} gap={GAP} style={style}>{props.name}</Cell>
      <Cell width={props.lengthWidth} align="right" gap={GAP} style={style}>{props.length}</Cell>
      <Cell width={props.densityWidth} align="right" gap={GAP} style={style}>{props.density}</Cell>
      <Cell width={props.troopsWidth} align="right" gap={GAP} style={style}>{props.troops}</Cell>
      {troopsMin === undefined || troopsMax === undefined || scaleMax === undefined || barWidth === undefined ? null : (
        <Bar value={{ min: troopsMin, max: troopsMax }} scaleMax={scaleMax} width={barWidth} />
      )}
    </Row>
  );
});
