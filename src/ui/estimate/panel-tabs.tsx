import { Box } from 'ink';
import { memo } from 'react';
import { PANELS, type Panel } from '../app/app-state.js';
import { StyledText } from '../components/styled-text.js';

const PANEL_TITLES: Readonly<Record<Panel, string>> = { estimate: 'Estimate', sectors: 'Sectors', factors: 'Factors', map: 'Map', capabilities: 'Capabilities', timeline: 'Timeline', coalition: 'Pledges' };

/** The title of a panel as its tab and its heading show it. */
export function panelTitle(panel: Panel): string {
  return PANEL_TITLES[panel];
}

/**
 * The scenario screen's panels as tabs, the one with the focus in brackets: "[1 Estimate] 2 Sectors  3 Factors ... 7 Pledges"; they fit 80 columns.
 * Memoised, like the rest of the frame around the panels: a factor step does not draw them again.
 */
export const PanelTabs = memo(function PanelTabs({ panel, width }: { readonly panel: Panel; readonly width: number }) {
  return (
    <Box width={width}>
      {PANELS.map((each, index) => (
        <Box key={each} flexShrink={0}>
          <StyledText style={each === panel ? 'focus' : 'muted'}>
            {/* No space after the last tab: in colour it would sit inside the style and outlast the line's trimming. */}
            {each === panel ? `[${index + 1} ${PANEL_TITLES[each]}]` : ` ${index + 1} ${PANEL_TITLES[each]}${index === PANELS.length - 1 ? '' : ' '}`}
          </StyledText>
        </Box>
      ))}
    </Box>
  );
});
