import { Box, Static, Text, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { localDateOf, type FactorSettings, type Scenario } from '../../core/index.js';
import { escapePath, sanitizeText } from '../../text/sanitize.js';
import { formatProblem, type Problem } from '../../scenarios/problem.js';
import { appReducer, initialAppState, type AppState } from './app-state.js';
import { RECOVERED_SUFFIX } from '../../scenarios/save.js';
import { CompareScreen } from '../compare/compare-screen.js';
import type { CompareColumn } from '../compare/compare-rows.js';
import { compareReducer, initialCompareState } from '../compare/compare-state.js';
import type { FactorEditorAction } from '../factor-editor/factor-editor-state.js';
import { figuresReducer, initialFiguresState } from '../estimate/figures-state.js';
import { needsFor, type CapabilitiesAction } from '../capabilities/capabilities-state.js';
import { arrivalsFor, type TimelineAction } from '../timeline/timeline-state.js';
import type { FileActions } from './file-actions.js';
import { currentFocus, escapeQuits, isTyping } from './focus.js';
import { Footer } from './footer.js';
import { helpMaxScroll } from '../help/help-layout.js';
import { HelpOverlay } from '../help/help-overlay.js';
import { KeyRouter } from '../keys/key-router.js';
import { ListScreen } from '../list/list-screen.js';
import { PanelTabs } from '../estimate/panel-tabs.js';
import { promptReducer } from '../prompt/prompt-state.js';
import { promptHeight, PromptView } from '../prompt/prompt-view.js';
import { replaceById } from './replace-by-id.js';
import { Rule } from '../components/rule.js';
import { ScenarioScreen } from '../estimate/scenario-screen.js';
import { initialScenarioListState, scenarioListReducer } from '../list/scenario-list-state.js';
import { listItem, scenarioRow } from '../list/scenario-rows.js';
import { screenLayout } from './screen-layout.js';
import { initialTableCursor, tableCursorReducer } from '../components/table-cursor-state.js';
import { InputEntryView, INPUT_ENTRY_LINES } from '../workbench/input-entry-view.js';
import { useInputEntryKeys } from '../workbench/use-input-entry-keys.js';
import {
  baseScenario,
  editedIds,
  editedScenario,
  initialWorkbenchState,
  isEdited as isEditedIn,
  overridesOf,
  workbenchReducer,
  type WorkbenchAction,
} from '../workbench/workbench-state.js';
import { StatusLine } from './status-line.js';
import { TitleBar } from './title-bar.js';
import { useAppKeys } from './use-app-keys.js';
import { useHelpKeys } from '../help/use-help-keys.js';
import { useConfirmQuitKeys } from './use-confirm-quit-keys.js';
import { useEstimates } from './use-estimates.js';
import { useInterruptKey } from './use-interrupt-key.js';
import { usePromptKeys } from '../prompt/use-prompt-keys.js';
import { useSaveExport } from './use-save-export.js';
import { useTerminalSize } from '../components/use-terminal-size.js';
import type { UncertaintyRunner } from '../uncertainty/uncertainty-runner.js';
import { useUncertainty } from '../uncertainty/use-uncertainty.js';
import { ClippedColumn } from '../components/clipped-column.js';

/** What the status line asks when the planner quits with edits not saved. */
const UNSAVED_QUIT_STATUS = { tone: 'error', text: 'Quit with edits not saved? s save them, d discard them and quit, Esc stay.' } as const;

/** The factor editor's and the Capabilities panel's actions that change a value. */
const VALUE_CHANGES: ReadonlySet<FactorEditorAction['type'] | CapabilitiesAction['type']> = new Set(['stepUp', 'stepDown', 'applyEntry']);

/** Who changed a factor, as each estimate's provenance records it. */
export const OVERRIDE_SOURCE = 'edited in forcecalc';

/** Props of the App. */
export interface AppProps {
  /** The scenarios that loaded, in list order (a scenario saved with `s` joins them). */
  readonly scenarios: readonly Scenario[];
  /** Problems of the files that did not load; the list shows them. */
  readonly problems: readonly Problem[];
  /** Where scenarios come from. */
  readonly scenariosDir: string;
  /** Where `s` saves scenario files. @default scenariosDir */
  readonly saveDir?: string;
  /** Where `e` writes exports. */
  readonly exportDir: string;
  /** Where forcecalc was started: a path typed at the export prompt starts from it. @default process.cwd() */
  readonly workingDir?: string;
  /** Saving and exporting (a fake in tests). */
  readonly files: FileActions;
  /** Where the uncertainty (`u`) is computed: a worker thread in the calculator, so that quitting never waits for it. @default inThreadRunner */
  readonly uncertaintyRunner?: UncertaintyRunner;
  /** Today, for the mark a saved description gets (tests fix it). @default () => new Date() */
  readonly today?: () => Date;
  /** Told the scenarios edited and not saved, with their factors, whenever that changes: what a signal leaves as recovery copies. */
  readonly onUnsavedChange?: (edited: readonly UnsavedScenario[]) => void;
}

/** A scenario with edits not saved: its inputs as edited, and the factors the planner set. */
export interface UnsavedScenario {
  readonly scenario: Scenario;
  readonly overrides: FactorSettings;
}

/** The ids of recovery copies in the folder (`<id>.recovered`), which the status line points to at the start. */
function recoveredStatus(scenarios: readonly Scenario[]): AppState['status'] {
  const recovered = scenarios.filter((scenario) => scenario.id.endsWith(RECOVERED_SUFFIX)).map((scenario) => escapePath(scenario.id));
  if (recovered.length === 0) return null;
  return { tone: 'info', text: `Edits recovered from a session a signal ended: ${recovered.join(', ')}. Open, check and save them.` };
}

/**
 * The interactive calculator. It holds the state of every part, decides which
 * part has the focus, and gets every number from the core's `estimate`.
 */
export function App(props: AppProps) {
  return (
    <KeyRouter>
      <AppScreens {...props} />
    </KeyRouter>
  );
}

/** The scenarios and the problems of the folder, as loaded at the start and after each save. */
interface Folder {
  readonly scenarios: readonly Scenario[];
  readonly problems: readonly Problem[];
}

/** The folder after `scenario` was saved to `path`: it replaces the scenario of its id, or joins the end. */
function withSavedScenario(folder: Folder, scenario: Scenario, path: string): Folder {
  return { scenarios: replaceById(folder.scenarios, scenario), problems: folder.problems.filter((problem) => problem.file !== path) };
}

function AppScreens(props: AppProps) {
  const { scenariosDir, exportDir, files } = props;
  const saveDir = props.saveDir ?? scenariosDir;
  const size = useTerminalSize();
  const { exit } = useApp();
  const [folder, setFolder] = useState<Folder>({ scenarios: props.scenarios, problems: props.problems });
  const { scenarios, problems } = folder;
  const [app, dispatchApp] = useReducer(appReducer, props.scenarios, (all): AppState => ({ ...initialAppState, status: recoveredStatus(all) }));
  const [list, dispatchList] = useReducer(scenarioListReducer, props.scenarios, (all) => initialScenarioListState(all.map(listItem)));
  // Every edit of a scenario's values, and their undo and redo (src/ui/workbench/workbench-state.ts).
  const [workbench, dispatchWorkbenchState] = useReducer(workbenchReducer, initialWorkbenchState);
  const { editor, capabilities, timeline } = workbench;
  // A value the planner changes makes the status line's news old ("Saved ...", "Factors reset"): it is cleared.
  const dispatchWorkbench = useCallback((action: WorkbenchAction) => {
    dispatchWorkbenchState(action);
    if (action.type === 'submitEntry' || action.type === 'remove' || action.type === 'undo' || action.type === 'redo') dispatchApp({ type: 'clearStatus' });
  }, []);
  const dispatchEdit = useCallback((action: FactorEditorAction) => {
    dispatchWorkbenchState({ type: 'editor', action });
    if (VALUE_CHANGES.has(action.type)) dispatchApp({ type: 'clearStatus' });
  }, []);
  const dispatchCapabilities = useCallback((action: CapabilitiesAction) => {
    dispatchWorkbenchState({ type: 'capabilities', action });
    if (VALUE_CHANGES.has(action.type)) dispatchApp({ type: 'clearStatus' });
  }, []);
  const dispatchTimeline = useCallback((action: TimelineAction) => {
    dispatchWorkbenchState({ type: 'timeline', action });
    if (action.type === 'shiftArrival' || action.type === 'applyEntry') dispatchApp({ type: 'clearStatus' });
  }, []);
  const [figures, dispatchFigures] = useReducer(figuresReducer, initialFiguresState);
  const [sectors, dispatchSectors] = useReducer(tableCursorReducer, initialTableCursor);
  const [coalitionCursor, dispatchCoalitionCursor] = useReducer(tableCursorReducer, initialTableCursor);
  const [compare, dispatchCompare] = useReducer(compareReducer, initialCompareState);
  const [prompt, dispatchPrompt] = useReducer(promptReducer, null);

  const { needsById } = capabilities;
  const { arrivalsById } = timeline;
  const { inputsById } = workbench;
  // Each scenario with every edit of the planner's but the factors: what every figure, save and simulation reads.
  const byId = useMemo(
    () => new Map(scenarios.map((scenario) => [scenario.id, editedScenario({ inputsById, capabilities: { needsById }, timeline: { arrivalsById } }, scenario)])),
    [scenarios, inputsById, needsById, arrivalsById],
  );
  const { overridesById } = editor;
  const estimates = useEstimates(byId, overridesById, OVERRIDE_SOURCE);
  const isEdited = useCallback((id: string) => isEditedIn(workbench, id), [workbench]);
  const rows = useMemo(
    () =>
      new Map(
        scenarios.flatMap((scenario) => {
          const result = estimates.get(scenario.id);
          return result === undefined ? [] : [[scenario.id, scenarioRow(scenario, result, isEdited(scenario.id))] as const];
        }),
      ),
    [scenarios, estimates, isEdited],
  );

  const scenario = app.scenarioId === null ? null : (byId.get(app.scenarioId) ?? null);
  const current = scenario === null ? null : (estimates.get(scenario.id) ?? null);
  const overrides = scenario === null ? {} : overridesOf(workbench, scenario.id);
  const typingInput = workbench.entry !== null && app.screen === 'scenario';
  const focus = currentFocus({ app, list, editor, figures, capabilities, timeline, prompt, typingInput });
  const bottomLines = prompt !== null ? promptHeight(prompt, Math.max(1, size.columns), saveDir, exportDir) : typingInput ? INPUT_ENTRY_LINES : 1;
  const layout = screenLayout(size, bottomLines);
  const uncertainty = useUncertainty({
    scenario,
    overrides,
    overrideSource: OVERRIDE_SOURCE,
    runner: props.uncertaintyRunner,
    // Only while it is on screen: the estimate panel shown, alone or beside the others, and no help over it.
    enabled: app.screen === 'scenario' && app.help === null && figures.uncertainty !== null && (layout.wide || app.panel === 'estimate'),
  });

  // A saved file is read back as forcecalc reads any scenario, so the list shows what the file says.
  const addSavedScenario = useCallback(
    (path: string, from: string) => {
      const loaded = files.loadScenario(path);
      if (!loaded.ok) {
        const first = loaded.problems[0];
        const why = first === undefined ? 'it does not load' : formatProblem(first);
        dispatchApp({ type: 'showStatus', status: { tone: 'error', text: `Saved, but not listed: ${sanitizeText(why)}` } });
        return;
      }
      setFolder((current) => withSavedScenario(current, loaded.scenario, path));
      dispatchList({ type: 'addItem', item: listItem(loaded.scenario) });
      // The edits are in the saved file now: the scenario they were made to shows its own file again, and the screen the saved one.
      dispatchWorkbenchState({ type: 'saved', from, scenario: loaded.scenario });
      dispatchWorkbenchState({ type: 'open', scenario: loaded.scenario });
      dispatchApp({ type: 'openScenario', id: loaded.scenario.id });
      const text = `Saved ${escapePath(path)}, listed as ${escapePath(loaded.scenario.id)}`;
      dispatchApp({ type: 'showStatus', status: { tone: 'success', text } });
    },
    [files],
  );

  const saveExport = useSaveExport({
    prompt,
    dispatchPrompt,
    dispatchApp,
    files,
    scenariosDir: saveDir,
    sourceDir: scenariosDir,
    exportDir,
    workingDir: props.workingDir ?? process.cwd(),
    scenario,
    fileScenario: scenario === null ? null : (scenarios.find((each) => each.id === scenario.id) ?? null),
    today: localDateOf((props.today ?? (() => new Date()))()),
    overrides,
    estimate: current,
    onScenarioSaved: addSavedScenario,
  });

  // Edits of any scenario not saved yet: quitting asks first (a second Ctrl-C quits all the same).
  const editedScenarioIds = useMemo(() => editedIds(workbench), [workbench]);
  const unsaved = editedScenarioIds.length > 0;
  const { onUnsavedChange } = props;
  useEffect(() => {
    if (onUnsavedChange === undefined) return;
    const edited = editedScenarioIds.flatMap((id) => {
      const scenario = byId.get(id);
      return scenario === undefined ? [] : [{ scenario, overrides: overridesById.get(id) ?? {} }];
    });
    onUnsavedChange(edited);
  }, [onUnsavedChange, byId, overridesById, editedScenarioIds]);
  useInterruptKey(useCallback(() => dispatchApp({ type: 'quit', unsaved }), [unsaved]));
  useAppKeys(dispatchApp, {
    isActive: !isTyping(focus) && focus !== 'help' && focus !== 'confirmQuit' && prompt === null,
    escapeQuits: escapeQuits(focus, list),
    unsaved,
  });
  useConfirmQuitKeys(dispatchApp, { isActive: focus === 'confirmQuit', onSave: saveExport.openSave });
  useHelpKeys(dispatchApp, { isActive: focus === 'help', maxScroll: helpMaxScroll(layout.columns, layout.bodyHeight), unsaved });
  useInputEntryKeys(dispatchWorkbench, { isActive: focus === 'inputEntry' });
  usePromptKeys(prompt, dispatchPrompt, {
    isActive: prompt !== null,
    onSubmit: saveExport.submit,
    onChooseFormat: saveExport.chooseFormat,
    onConfirmName: saveExport.confirmName,
  });

  useEffect(() => {
    if (app.quitting) exit();
  }, [app.quitting, exit]);

  // A sector, contributor or capability added: the cursor goes to it, the last row, so the next keys act on it.
  const { added, notice } = workbench;
  useEffect(() => {
    if (added === null) return;
    if (added.list === 'capabilities') dispatchWorkbenchState({ type: 'capabilities', action: { type: 'move', move: { type: 'last' } } });
    else (added.list === 'sectors' ? dispatchSectors : dispatchCoalitionCursor)({ type: 'move', move: { type: 'last' }, count: added.count });
  }, [added]);
  // What an undo, a redo or a refused removal says goes to the status line, where newer news replaces it.
  useEffect(() => {
    if (notice === null) return;
    dispatchApp({ type: 'showStatus', status: notice });
    dispatchWorkbenchState({ type: 'clearNotice' });
  }, [notice]);

  const openScenario = (id: string) => {
    const loaded = scenarios.find((each) => each.id === id);
    if (loaded === undefined) return;
    dispatchWorkbenchState({ type: 'open', scenario: loaded });
    dispatchSectors({ type: 'reset' });
    dispatchCoalitionCursor({ type: 'reset' });
    dispatchFigures({ type: 'hideSources' });
    dispatchFigures({ type: 'hideUncertainty' });
    dispatchApp({ type: 'openScenario', id });
  };

  const openCompare = () => {
    if (list.marked.length < 2) {
      dispatchApp({ type: 'showStatus', status: { tone: 'info', text: 'Mark at least two scenarios with Space, then press c.' } });
      return;
    }
    dispatchCompare({ type: 'open', ids: list.marked });
    dispatchApp({ type: 'openCompare' });
  };

  const resetEdits = () => {
    dispatchWorkbenchState({ type: 'reset' });
    dispatchApp({ type: 'showStatus', status: { tone: 'info', text: "Every edit reset to the file's values: z undoes it." } });
  };

  // Cleared before Ink exits, so the terminal is left as it was, bar the files written.
  if (app.quitting) return <WrittenFiles paths={app.written} />;

  const compareColumns: CompareColumn[] = compare.ids.flatMap((id) => {
    const result = estimates.get(id);
    return result === undefined ? [] : [{ estimate: result, edited: isEdited(id) }];
  });

  const title =
    app.screen === 'scenario' && current !== null
      ? `${sanitizeText(current.scenario.id)}: ${sanitizeText(current.scenario.title)}`
      : app.screen === 'compare'
        ? `compare ${compareColumns.length} scenarios`
        : `${scenarios.length} ${scenarios.length === 1 ? 'scenario' : 'scenarios'} in ${escapePath(scenariosDir)}`;
  const edited = app.screen === 'scenario' && scenario !== null && isEdited(scenario.id);

  const body =
    app.help !== null ? (
      <HelpOverlay width={layout.columns} height={layout.bodyHeight} scroll={app.help.scroll} />
    ) : app.screen === 'scenario' && scenario !== null && current !== null ? (
      <ScenarioScreen
        scenario={scenario}
        estimate={current}
        panel={app.panel}
        focus={focus}
        dispatchApp={dispatchApp}
        editor={editor}
        dispatchEditor={dispatchEdit}
        figures={figures}
        dispatchFigures={dispatchFigures}
        sectors={sectors}
        dispatchSectors={dispatchSectors}
        coalition={coalitionCursor}
        dispatchCoalition={dispatchCoalitionCursor}
        dispatchWorkbench={dispatchWorkbench}
        capabilities={capabilities}
        dispatchCapabilities={dispatchCapabilities}
        changedNeeds={scenario === null ? new Map() : needsFor(capabilities, scenario.id)}
        overrides={overrides}
        timeline={timeline}
        dispatchTimeline={dispatchTimeline}
        changedArrivals={arrivalsFor(timeline, scenario.id)}
        baseScenario={baseScenario(workbench, scenarios.find((each) => each.id === scenario.id) ?? scenario)}
        uncertainty={uncertainty}
        width={layout.columns}
        height={layout.bodyHeight}
        wide={layout.wide}
        onReset={resetEdits}
        onSave={saveExport.openSave}
        onExport={saveExport.openExport}
      />
    ) : app.screen === 'compare' ? (
      <CompareScreen
        state={compare}
        dispatch={dispatchCompare}
        dispatchApp={dispatchApp}
        columns={compareColumns}
        focus={focus}
        width={layout.columns}
        height={layout.bodyHeight}
      />
    ) : (
      <ListScreen
        state={list}
        dispatch={dispatchList}
        rows={rows}
        problems={problems}
        focus={focus}
        width={layout.columns}
        height={layout.bodyHeight}
        onOpen={openScenario}
        onCompare={openCompare}
      />
    );

  return (
    <>
      <WrittenFiles paths={app.written} />
      <ClippedColumn width={layout.columns} height={layout.liveHeight}>
        <TitleBar text={title} marker={edited ? '* edited' : undefined} width={layout.columns} />
        {app.screen === 'scenario' && app.help === null ? <PanelTabs panel={app.panel} width={layout.columns} /> : <Rule width={layout.columns} />}
        <Box height={layout.bodyHeight} overflow="hidden">
          {body}
        </Box>
        {prompt === null && typingInput && workbench.entry !== null && scenario !== null ? (
          <InputEntryView entry={workbench.entry} scenario={scenario} width={layout.columns} />
        ) : prompt === null ? (
          <StatusLine status={app.confirmingQuit ? UNSAVED_QUIT_STATUS : app.status} />
        ) : (
          <PromptView prompt={prompt} scenariosDir={saveDir} exportDir={exportDir} width={layout.columns} height={layout.bottomHeight} />
        )}
        <Footer focus={focus} width={layout.columns} />
      </ClippedColumn>
    </>
  );
}

/** The files saved or exported, printed once above the screen so they stay in the terminal after quitting. */
function WrittenFiles({ paths }: { readonly paths: readonly string[] }) {
  return <Static items={[...paths]}>{(path, index) => <Text key={index}>forcecalc: wrote {escapePath(path)}</Text>}</Static>;
}
