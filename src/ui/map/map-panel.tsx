import { Box, Text } from 'ink';
import { memo, useMemo } from 'react';
import type { Scenario } from '../../core/index.js';
import { MIN_MAP_WIDTH, minimumMapHeight, renderScenarioMap, type MapRow } from '../../report/scenario-map.js';
import { StyledText } from '../components/styled-text.js';
import { useTheme } from '../components/theme-context.js';
import { WrappedText } from '../components/wrapped-text.js';

/** Props of the MapPanel. */
export interface MapPanelProps {
  /** The scenario whose drawn sectors are mapped: geometry only, so factor edits change nothing here. */
  readonly scenario: Scenario;
  readonly width: number;
  readonly height: number;
}

/** What the panel says for a scenario with no drawn sector. */
export const NO_DRAWN_SECTOR = 'No sector of this scenario is drawn: give a sector a path: or geojson: to see it here.';

/**
 * The scenario's drawn sectors as a terminal map the size of the panel, with
 * the renderer's scale bar and legend (src/report/scenario-map.ts). Sectors
 * are told apart by their markers; with colour each also takes a colour of
 * its own. The UI theme has no Unicode flag of its own: the monochrome theme
 * (NO_COLOR, TERM=dumb, CI) draws in ASCII, as its bars do, the colour theme
 * in braille. The map, legend and method fit the panel's height (the
 * renderer shortens the legend of a scenario with many sectors); a panel too
 * small for any map says how many columns or rows it needs. Memoised: the map
 * depends on the scenario and the size only, so a factor change does not draw
 * it again.
 */
export const MapPanel = memo(function MapPanel({ scenario, width, height }: MapPanelProps) {
  const theme = useTheme();
  const unicode = theme.color;
  const minimumHeight = minimumMapHeight(false);
  const tooSmall = width < MIN_MAP_WIDTH || height < minimumHeight;
  const map = useMemo(
    () => (tooSmall ? null : renderScenarioMap(scenario, { width, height, unicode, title: false })),
    [scenario, width, height, unicode, tooSmall],
  );
  if (!scenario.sectors.some((sector) => sector.geometry !== undefined)) return <WrappedText text={NO_DRAWN_SECTOR} width={width} style="muted" />;
  if (map === null) {
    return (
      <StyledText style="muted">
        The map needs {MIN_MAP_WIDTH} columns and {minimumHeight} rows.
      </StyledText>
    );
  }
  // The renderer keeps to the panel's height; overflow="hidden" is only a guard.
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {map.rows.map((row, index) => (
        <MapLine key={index} row={row} colours={theme.sectorColours} />
      ))}
    </Box>
  );
});

/** One row of the map, each sector's span in its colour when the theme has colours. */
function MapLine({ row, colours }: { readonly row: MapRow; readonly colours: readonly string[] }) {
  return (
    <Text wrap="truncate-end">
      {row.length === 0
        ? ' '
        : row.map((span, index) => {
            const colour = span.sectorIndex === null || colours.length === 0 ? undefined : colours[span.sectorIndex % colours.length];
            return (
              <Text key={index} {...(colour === undefined ? {} : { color: colour })}>
                {span.text}
              </Text>
            );
          })}
    </Text>
  );
}
