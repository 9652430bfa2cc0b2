import { Box } from 'ink';
import type { Dispatch, ReactNode } from 'react';
import { FACTOR_NAMES, FIGURES, type Estimate, type FactorName, type FactorSettings, type Scenario } from '../../core/index.js';
import type { AppAction, Panel } from '../app/app-state.js';
import { FactorEditor } from '../factor-editor/factor-editor.js';
import type { FactorEditorAction, FactorEditorState } from '../factor-editor/factor-editor-state.js';
import { sourceEntries } from './figure-inputs.js';
import { FiguresPanel } from './figures-panel.js';
import { selectedFigure, type FiguresAction, type FiguresState } from './figures-state.js';
import type { Focus } from '../app/focus.js';
import { MapPanel } from '../map/map-panel.js';
import { CapabilitiesPanel } from '../capabilities/capabilities-panel.js';
import type { CapabilitiesAction, CapabilitiesState, CapabilityNeeds } from '../capabilities/capabilities-state.js';
import { useCapabilitiesKeys } from '../capabilities/use-capabilities-keys.js';
import { panelTitle } from './panel-tabs.js';
import { SectorsPanel } from './sectors-panel.js';
import { sourceLines, sourcesMaxScroll } from './source-lines.js';
import type { TableCursorAction, TableCursorState } from '../components/table-cursor-state.js';
import { StyledText } from '../components/styled-text.js';
import { useTheme } from '../components/theme-context.js';
import type { UncertaintyState } from '../uncertainty/uncertainty-state.js';
import { uncertaintyMaxScroll } from '../uncertainty/uncertainty-view.js';
import { useFactorEditorKeys } from '../factor-editor/use-factor-editor-keys.js';
import { useFiguresKeys } from './use-figures-keys.js';
import { TimelinePanel } from '../timeline/timeline-panel.js';
import type { ArrivalEdits, TimelineAction, TimelineState } from '../timeline/timeline-state.js';
import { useTimelineKeys } from '../timeline/use-timeline-keys.js';
import { useScenarioScreenKeys } from './use-scenario-screen-keys.js';
import { useTableKeys } from '../keys/use-table-keys.js';
import { CoalitionPanel } from '../coalition/coalition-panel.js';
import { cursorColumn, cursorRow } from '../components/table-cursor-state.js';
import { contributorColumnCount, contributorField, SECTOR_COLUMNS } from '../workbench/input-entry.js';
import type { WorkbenchAction } from '../workbench/workbench-state.js';

/** Props of the ScenarioScreen. */
export interface ScenarioScreenProps {
  /** The scenario as loaded: the map panel draws its sectors' geometry. */
  readonly scenario: Scenario;
  readonly estimate: Estimate;
  readonly panel: Panel;
  readonly focus: Focus;
  readonly dispatchApp: Dispatch<AppAction>;
  readonly editor: FactorEditorState;
  readonly dispatchEditor: Dispatch<FactorEditorAction>;
  readonly figures: FiguresState;
  readonly dispatchFigures: Dispatch<FiguresAction>;
  readonly sectors: TableCursorState;
  readonly dispatchSectors: Dispatch<TableCursorAction>;
  /** The cursor of the Pledges panel. */
  readonly coalition: TableCursorState;
  readonly dispatchCoalition: Dispatch<TableCursorAction>;
  /** Typing, removing, undoing and redoing the scenario's own inputs. */
  readonly dispatchWorkbench: Dispatch<WorkbenchAction>;
  readonly capabilities: CapabilitiesState;
  readonly dispatchCapabilities: Dispatch<CapabilitiesAction>;
  /** The needs the planner changed in the open scenario, by its capability's index. */
  readonly changedNeeds: CapabilityNeeds;
  /** The factors the planner set: a new need is checked against them. */
  readonly overrides: FactorSettings;
  readonly timeline: TimelineState;
  readonly dispatchTimeline: Dispatch<TimelineAction>;
  /** The arrivals the planner changed in the open scenario, by contributor. */
  readonly changedArrivals: ArrivalEdits;
  /** What the planner's arrivals change: the scenario as its file has it, or with its own inputs as edited. */
  readonly baseScenario: Scenario;
  /** The simulation and tornado of the current values, as far as computed (app.tsx runs them). */
  readonly uncertainty: UncertaintyState;
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
  const { estimate, panel, focus, editor, figures, sectors, uncertainty, width, height, wide } = props;
  const theme = useTheme();
  const changed = new Set<FactorName>(FACTOR_NAMES.filter((name) => estimate.factors[name].origin === 'override'));
  // The estimate panel's width and height: the whole body, or the right-hand column under its title.
  const estimateWidth = wide ? rightWidthOf(width) : width;
  const estimateHeight = wide ? height - 1 : height;

  useScenarioScreenKeys(props.dispatchApp, {
    isActive:
      focus === 'estimate' ||
      focus === 'sources' ||
      focus === 'uncertainty' ||
      focus === 'sectors' ||
      focus === 'factors' ||
      focus === 'map' ||
      focus === 'capabilities' ||
      focus === 'timeline' ||
      focus === 'coalition',
    onReset: props.onReset,
    onUndo: () => props.dispatchWorkbench({ type: 'undo' }),
    onRedo: () => props.dispatchWorkbench({ type: 'redo' }),
    onEditTitle: () => props.dispatchWorkbench({ type: 'startEntry', field: { kind: 'title' } }),
    onEditDescription: () => props.dispatchWorkbench({ type: 'startEntry', field: { kind: 'description' } }),
    onSave: props.onSave,
    onExport: props.onExport,
    onToggleUncertainty: () => {
      props.dispatchFigures({ type: 'toggleUncertainty' });
      // Shown only in the estimate panel: go there, unless it is on screen beside the others.
      if (figures.uncertainty === null && (!wide || panel === 'map' || panel === 'timeline')) props.dispatchApp({ type: 'showPanel', panel: 'estimate' });
    },
  });
  useFiguresKeys(props.dispatchFigures, {
    isActive: focus === 'estimate' || focus === 'sources' || focus === 'uncertainty',
    view: figures.sources !== null ? 'sources' : figures.uncertainty !== null ? 'uncertainty' : 'table',
    maxScroll:
      figures.sources !== null
        ? sourcesMaxScroll(sourceLines(sourceEntries(estimate, FIGURES[selectedFigure(figures)].inputs), estimateWidth).length, estimateHeight)
        : figures.uncertainty !== null
          ? uncertaintyMaxScroll(estimate, uncertainty, estimateWidth, estimateHeight, theme.glyphs.barSolid, props.timeline.day)
          : 0,
  });
  const sectorCount = estimate.sectors.length;
  useTableKeys(props.dispatchSectors, {
    isActive: focus === 'sectors',
    rowCount: sectorCount,
    columnCount: SECTOR_COLUMNS.length,
    pageSize: Math.max(1, height - 8),
    onEdit: () =>
      props.dispatchWorkbench({ type: 'startEntry', field: { kind: 'sector', sector: cursorRow(sectors, sectorCount), column: SECTOR_COLUMNS[sectors.column] ?? 'name' } }),
    onAdd: () => props.dispatchWorkbench({ type: 'startEntry', field: { kind: 'newSector', name: null } }),
    onRemove: () => props.dispatchWorkbench({ type: 'remove', list: 'sectors', index: cursorRow(sectors, sectorCount) }),
  });
  const contributorCount = estimate.coalition?.contributors.length ?? 0;
  const coalitionCursor = props.coalition;
  useTableKeys(props.dispatchCoalition, {
    isActive: focus === 'coalition',
    rowCount: contributorCount,
    columnCount: contributorColumnCount(props.scenario),
    pageSize: Math.max(1, height - 6),
    // With no contributor yet, Enter adds the first.
    onEdit: () =>
      props.dispatchWorkbench({
        type: 'startEntry',
        field:
          contributorCount === 0
            ? { kind: 'newContributor', country: null }
            : contributorField(props.scenario, cursorRow(coalitionCursor, contributorCount), cursorColumn(coalitionCursor, contributorColumnCount(props.scenario))),
      }),
    onAdd: () => props.dispatchWorkbench({ type: 'startEntry', field: { kind: 'newContributor', country: null } }),
    onRemove: () => props.dispatchWorkbench({ type: 'remove', list: 'coalition', index: cursorRow(coalitionCursor, contributorCount) }),
  });
  useFactorEditorKeys(props.dispatchEditor, { isActive: focus === 'factors' || focus === 'entry', typing: focus === 'entry' });
  useCapabilitiesKeys(props.dispatchCapabilities, {
    isActive: focus === 'capabilities' || focus === 'capabilityEntry',
    typing: focus === 'capabilityEntry',
    overrides: props.overrides,
    pageSize: Math.max(1, Math.floor((height - 4) / 3)),
    onAdd: () => props.dispatchWorkbench({ type: 'startEntry', field: { kind: 'newCapability', name: null, per: null } }),
    // Row 0 is air cover (index -1, which stays); row 1 + i the scenario's capability i.
    onRemove: () => props.dispatchWorkbench({ type: 'remove', list: 'capabilities', index: props.capabilities.cursor - 1 }),
  });

  useTimelineKeys(props.dispatchTimeline, {
    isActive: focus === 'timeline' || focus === 'timelineEntry',
    typing: focus === 'timelineEntry',
    scenario: props.baseScenario,
    horizonDays: estimate.coalition?.timeline.horizonDays ?? 0,
    stepDays: estimate.coalition?.timeline.steps.map((step) => step.day) ?? [],
    contributorCount: estimate.coalition?.contributors.length ?? 0,
  });

  // The map takes the whole body at any width: it is a picture, and wider is better.
  // So does the timeline: a chart of the days.
  if (panel === 'timeline') {
    return (
      <TimelinePanel
        estimate={estimate}
        state={props.timeline}
        changed={props.changedArrivals}
        coverage={uncertainty.simulation?.coverage ?? null}
        width={width}
        height={height}
      />
    );
  }
  if (panel === 'coalition') return <CoalitionPanel estimate={estimate} state={props.coalition} width={width} height={height} />;
  if (panel === 'map') return <MapPanel scenario={props.scenario} width={width} height={height} />;
  // So do the capabilities: a bar per need and per pledge wants the width, and the factors are a key away.
  if (panel === 'capabilities') {
    const changedRows = new Set([...props.changedNeeds.keys()].map((index) => index + 1));
    return <CapabilitiesPanel estimate={estimate} state={props.capabilities} changed={changedRows} width={width} height={height} />;
  }

  if (!wide) {
    switch (panel) {
      case 'estimate':
        return <FiguresPanel estimate={estimate} state={figures} changed={changed} uncertainty={uncertainty} width={width} height={height} timelineDay={props.timeline.day} />;
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
          <FiguresPanel estimate={estimate} state={figures} changed={changed} uncertainty={uncertainty} width={rightWidth} height={height - 1} timelineDay={props.timeline.day} />
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
