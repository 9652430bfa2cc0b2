import { Box, Text } from 'ink';
import { memo, useMemo } from 'react';
import { naturalEarthBaseMap, naturalEarthLand } from '../../atlas/natural-earth.js';
import type { Scenario } from '../../core/index.js';
import { MIN_MAP_WIDTH, minimumMapHeight, renderScenarioMap, type MapRow } from '../../report/scenario-map.js';
import { wrap } from '../../text/text-width.js';
import { StyledText } from '../components/styled-text.js';
import { useTheme } from '../components/theme-context.js';
import { WrappedText } from '../components/wrapped-text.js';
import { mapNotes } from './map-notes.js';

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
 * small for any map says how many columns or rows it needs. Under the
 * sectors, Natural Earth's borders and coasts (dim in colour, "." in ASCII),
 * read the first time a map is drawn, never at startup; under the map, a
 * warning for a line whose points look written as [latitude, longitude]
 * (map-notes.ts), taking rows from the map as long as the smallest map still
 * fits. Memoised: the map depends on the scenario and the size only, so a
 * factor change does not draw it again.
 */
export const MapPanel = memo(function MapPanel({ scenario, width, height }: MapPanelProps) {
  const theme = useTheme();
  const unicode = theme.color;
  const minimumHeight = minimumMapHeight(false);
  const tooSmall = width < MIN_MAP_WIDTH || height < minimumHeight;
  const drawn = scenario.sectors.some((sector) => sector.geometry !== undefined);
  const notes = useMemo(() => (drawn ? mapNotes(scenario, naturalEarthBaseMap(), naturalEarthLand()) : []), [scenario, drawn]);
  const noteLines = useMemo(() => notes.flatMap((note) => wrap(note, Math.max(1, width))), [notes, width]);
  // The notes give way to the map: only as many rows as leave the smallest map its room.
  const shownNotes = noteLines.slice(0, Math.max(0, height - minimumHeight));
  const map = useMemo(() => {
    if (tooSmall || !drawn) return null;
    const base = naturalEarthBaseMap();
    return renderScenarioMap(scenario, {
      width,
      height: height - shownNotes.length,
      unicode,
      title: false,
      colour: theme.color,
      ...(base.ok ? { baseMap: base.value } : {}),
    });
  }, [scenario, width, height, unicode, tooSmall, drawn, shownNotes.length, theme.color]);
  if (!drawn) return <WrappedText text={NO_DRAWN_SECTOR} width={width} style="muted" />;
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
      {shownNotes.map((line, index) => (
        <StyledText key={`note-${index}`} style="warning">
          {line}
        </StyledText>
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
            // Borders and coasts stay behind the sectors: dim where the theme has colours.
            const dim = span.baseMap === true && colours.length > 0;
            return (
              <Text key={index} {...(colour === undefined ? {} : { color: colour })} {...(dim ? { dimColor: true } : {})}>
                {span.text}
              </Text>
            );
          })}
    </Text>
  );
}
