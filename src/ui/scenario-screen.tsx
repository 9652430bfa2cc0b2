import { Box } from 'ink';
import type { Dispatch, ReactNode } from 'react';
import { FACTOR_NAMES, FIGURES, type Estimate, type FactorName } from '../core/index.js';
import type { AppAction, Panel } from './app-state.js';
import { FactorEditor } from './factor-editor.js';
import type { FactorEditorAction, FactorEditorState } from './factor-editor-state.js';
import { sourceEntries } from './figure-inputs.js';
import { FiguresPanel } from './figures-panel.js';
import { selectedFigure, type FiguresAction, type FiguresState } from './figures-state.js';
import type { Focus } from './focus.js';
import { panelTitle } from './panel-tabs.js';
import { SectorsPanel } from './sectors-panel.js';
import { sourceLines, sourcesMaxScroll } from './source-lines.js';
import type { SectorsAction, SectorsState } from './sectors-state.js';
import { StyledText } from './styled-text.js';
import { useFactorEditorKeys } from './use-factor-editor-keys.js';
import { useFiguresKeys } from './use-figures-keys.js';
import { useScenarioScreenKeys } from './use-scenario-screen-keys.js';
import { useSectorsKeys } from './use-sectors-keys.js';

/** Props of the ScenarioScreen. */
export interface ScenarioScreenProps {
  readonly estimate: Estimate;
  readonly panel: Panel;
  readonly focus: Focus;
  readonly dispatchApp: Dispatch<AppAction>;
  readonly editor: FactorEditorState;
  readonly dispatchEditor: Dispatch<FactorEditorAction>;
  readonly figures: FiguresState;
  readonly dispatchFigures: Dispatch<FiguresAction>;
  readonly sectors: SectorsState;
  readonly dispatchSectors: Dispatch<SectorsAction>;
  readonly width: number;
  readonly height: number;
  /** Panels side by side rather than one at a time. */
  readonly wide: boolean;
  readonly onReset: () => void;
  readonly onSave: () => void;
  readonly onExport: () => void;
}

/** Lines the factor editor takes when it shares a column with the sectors. */
const FACTOR_EDITOR_LINES = 12;
const COLUMN_GAP = 2;

const leftWidthOf = (width: number): number => Math.floor((width - COLUMN_GAP) / 2);
const rightWidthOf = (width: number): number => width - leftWidthOf(width) - COLUMN_GAP;

/** One scenario: its estimate, sectors and factors, one panel at a time or side by side. */
export function ScenarioScreen(props: ScenarioScreenProps) {
  const { estimate, panel, focus, editor, figures, sectors, width, height, wide } = props;
  const changed = new Set<FactorName>(FACTOR_NAMES.filter((name) => estimate.factors[name].origin === 'override'));

  useScenarioScreenKeys(props.dispatchApp, {
    isActive: focus === 'estimate' || focus === 'sources' || focus === 'sectors' || focus === 'factors',
    onReset: props.onReset,
    onSave: props.onSave,
    onExport: props.onExport,
  });
  useFiguresKeys(props.dispatchFigures, {
    isActive: focus === 'estimate' || focus === 'sources',
    showingSources: figures.sources !== null,
    // The estimate panel's width and height: the whole body, or the right-hand column.
    sourcesMaxScroll: sourcesMaxScroll(
      sourceLines(sourceEntries(estimate, FIGURES[selectedFigure(figures)].inputs), wide ? rightWidthOf(width) : width).length,
      wide ? height - 1 : height,
    ),
  });
  useSectorsKeys(props.dispatchSectors, {
    isActive: focus === 'sectors',
    sectorCount: estimate.sectors.length,
    pageSize: Math.max(1, height - 8),
  });
  useFactorEditorKeys(props.dispatchEditor, { isActive: focus === 'factors' || focus === 'entry', typing: focus === 'entry' });

  if (!wide) {
    switch (panel) {
      case 'estimate':
        return <FiguresPanel estimate={estimate} state={figures} changed={changed} width={width} height={height} />;
      case 'sectors':
        return <SectorsPanel estimate={estimate} state={sectors} width={width} height={height} />;
      case 'factors':
        return <FactorEditor state={editor} estimate={estimate} width={width} height={height} showSummary />;
    }
  }

  const leftWidth = leftWidthOf(width);
  const rightWidth = rightWidthOf(width);
  const editorHeight = Math.min(FACTOR_EDITOR_LINES, height - 1);
  const sectorsHeight = Math.max(1, height - editorHeight - 2);
  return (
    <Box width={width} height={height}>
      <Box flexDirection="column" width={leftWidth} marginRight={COLUMN_GAP}>
        <Titled panel="factors" focused={panel === 'factors'}>
          <FactorEditor state={editor} estimate={estimate} width={leftWidth} height={editorHeight} showSummary={false} />
        </Titled>
        <Titled panel="sectors" focused={panel === 'sectors'}>
          <SectorsPanel estimate={estimate} state={sectors} width={leftWidth} height={sectorsHeight} />
        </Titled>
      </Box>
      <Box flexDirection="column" width={rightWidth}>
        <Titled panel="estimate" focused={panel === 'estimate'}>
          <FiguresPanel estimate={estimate} state={figures} changed={changed} width={rightWidth} height={height - 1} />
        </Titled>
      </Box>
    </Box>
  );
}

/** A panel under its title; the title of the panel with the focus is marked `>`. */
function Titled({ panel, focused, children }: { readonly panel: Panel; readonly focused: boolean; readonly children: ReactNode }) {
  return (
    <Box flexDirection="column">
      <StyledText style={focused ? 'focus' : 'heading'}>
        {focused ? '> ' : '  '}
        {panelTitle(panel)}
      </StyledText>
      {children}
    </Box>
  );
}
