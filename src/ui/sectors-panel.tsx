import { Text } from 'ink';
import { sanitizeText, type Estimate } from '../core/index.js';
import { formatInterval } from '../report/number-format.js';
import { Bar } from './bar.js';
import { Cell } from './cell.js';
import { figureText } from './figure-text.js';
import { pledgeLine } from './pledge-line.js';
import type { SectorsState } from './sectors-state.js';
import { StyledText } from './styled-text.js';
import { WrappedText } from './wrapped-text.js';
import { visibleWindow } from './visible-window.js';
import { ClippedColumn } from './clipped-column.js';
import { Row } from './row.js';

/** Props of the SectorsPanel. */
export interface SectorsPanelProps {
  readonly estimate: Estimate;
  readonly state: SectorsState;
  readonly width: number;
  readonly height: number;
}

const CURSOR_WIDTH = 2;
const GAP = 2;
/** The narrowest number columns; wider when a value needs it, as numbers are never cut. */
const MIN_LENGTH_WIDTH = 9;
const MIN_DENSITY_WIDTH = 8;
const MIN_TROOPS_WIDTH = 9;
const MIN_BAR_WIDTH = 10;
const LABEL_WIDTH = 9;
/** Lines under the sectors: total, blank, needed, pledged, shortfall and pledges. */
const COALITION_LINES = 5;

/** The sectors with length, density and troops, a bar of troops per sector, then pledged against needed. */
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
  const longestName = Math.max(5, ...sectors.map((sector) => sector.name.length));
  const nameWidth = Math.max(5, Math.min(longestName, 32, width - fixed - MIN_BAR_WIDTH));
  const barWidth = Math.max(1, width - fixed - nameWidth);
  const scaleMax = Math.max(0, ...estimate.sectors.map((sector) => sector.troops.max));
  const rowsHeight = Math.max(1, height - 1 - COALITION_LINES - 1);
  const window = visibleWindow(sectors.length, state.cursor, rowsHeight);

  const columns = (name: string, length: string, density: string, troops: string, style?: 'heading' | 'cursor') => (
    <>
      <Cell width={nameWidth} gap={GAP} style={style}>{name}</Cell>
      <Cell width={lengthWidth} align="right" gap={GAP} style={style}>{length}</Cell>
      <Cell width={densityWidth} align="right" gap={GAP} style={style}>{density}</Cell>
      <Cell width={troopsWidth} align="right" gap={GAP} style={style}>{troops}</Cell>
    </>
  );

  const needed = figures.deployedTroops;
  const pledged = coalition?.figures.pledgedTroops ?? null;
  const pledgeScale = Math.max(needed.max, pledged?.max ?? 0);
  const pledgeBarWidth = Math.max(1, Math.min(barWidth + troopsWidth + GAP, width - LABEL_WIDTH - 24));

  return (
    <ClippedColumn width={width} height={height}>
      <Row>
        <Cell width={CURSOR_WIDTH} />
        {columns('SECTOR', 'KM', '/KM', 'TROOPS', 'heading')}
      </Row>
      <ClippedColumn height={Math.min(rowsHeight, sectors.length)}>
        {sectors.slice(window.start, window.end).map((sector, offset) => {
          const index = window.start + offset;
          const atCursor = index === state.cursor;
          return (
            <Row key={index}>
              <Cell width={CURSOR_WIDTH} style={atCursor ? 'cursor' : undefined}>{atCursor ? '>' : ' '}</Cell>
              {columns(sector.name, sector.length, sector.density, sector.troops, atCursor ? 'cursor' : undefined)}
              <Bar value={sector.value} scaleMax={scaleMax} width={barWidth} />
            </Row>
          );
        })}
      </ClippedColumn>
      <Row>
        <Cell width={CURSOR_WIDTH} />
        {columns('Total', totalLength, '', totalTroops, 'heading')}
      </Row>
      <StyledText> </StyledText>
      {pledged === null ? (
        <StyledText style="muted">No coalition pledges in this scenario: {figureText('deployedTroops', needed)} needed on the ground.</StyledText>
      ) : (
        <>
          <Row>
            <Cell width={LABEL_WIDTH}>Needed</Cell>
            <Bar value={needed} scaleMax={pledgeScale} width={pledgeBarWidth} padded />
            <Text> {figureText('deployedTroops', needed)} deployed</Text>
          </Row>
          <Row>
            <Cell width={LABEL_WIDTH}>Pledged</Cell>
            <Bar value={pledged} scaleMax={pledgeScale} width={pledgeBarWidth} style="barPledged" padded />
            <Text> {figureText('pledgedTroops', pledged)}</Text>
          </Row>
          <WrappedText text={pledgeLine(estimate)} width={width} />
        </>
      )}
    </ClippedColumn>
  );
}
