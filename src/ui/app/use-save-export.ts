import { useCallback, type Dispatch } from 'react';
import { type Estimate, type FactorSettings, type Scenario } from '../../core/index.js';
import { escapePath, sanitizeText } from '../../text/sanitize.js';
import { formatEstimate } from '../../report/index.js';
import { scenarioFileName, type SaveResult } from '../../scenarios/save.js';
import { checkText, TEXT_FIELDS } from '../../scenarios/index.js';
import { savedDescription } from '../workbench/saved-description.js';
import { exportPlace, type ExportPlace } from './export-place.js';
import type { AppAction } from './app-state.js';
import type { FileActions } from './file-actions.js';
import type { ExportFormat, PromptAction, PromptState } from '../prompt/prompt-state.js';

/** What saving and exporting need: the prompt, the file actions and the open scenario. */
export interface SaveExportInputs {
  readonly prompt: PromptState | null;
  readonly dispatchPrompt: Dispatch<PromptAction>;
  readonly dispatchApp: Dispatch<AppAction>;
  readonly files: FileActions;
  /** Where `s` saves scenario files. */
  readonly scenariosDir: string;
  /** Where the scenarios were read from: a drawn scenario naming GeoJSON files can be saved only beside them. */
  readonly sourceDir: string;
  /** Where `e` writes exports (not the scenarios folder: a JSON export there would read as a broken scenario). */
  readonly exportDir: string;
  /** Where forcecalc was started: a path typed at the export prompt starts from it. */
  readonly workingDir: string;
  /** The open scenario, the planner's values and their estimate; null outside the scenario screen. */
  readonly scenario: Scenario | null;
  /** The open scenario as its file has it: the default title and the description's mark say what changed from it. */
  readonly fileScenario: Scenario | null;
  /** Today, YYYY-MM-DD, for the description's mark. */
  readonly today: string;
  readonly overrides: FactorSettings;
  readonly estimate: Estimate | null;
  /** Called with the path of each scenario file saved and the id of the scenario saved; it reads the file back and sets the status line. */
  readonly onScenarioSaved: (path: string, from: string) => void;
}

/** What the keys can ask of saving and exporting. */
export interface SaveExportCommands {
  readonly openSave: () => void;
  readonly openExport: () => void;
  readonly chooseFormat: (format: ExportFormat) => void;
  /** Enter on a save's name: a name that could not be a file is refused there; else the title is asked. */
  readonly confirmName: () => void;
  readonly submit: (overwrite: boolean) => void;
}

const EDITED = ' (edited)';

/** `title` marked edited, once, cut so that it stays within the titles a file may hold. */
export function editedTitle(title: string): string {
  if (title.endsWith(EDITED)) return title;
  const room = TEXT_FIELDS.title.maxLength - EDITED.length;
  const characters = [...title];
  return `${characters.length > room ? `${characters.slice(0, room - 1).join('')}…` : title}${EDITED}`;
}

/** The part of a scenario id a file name may hold. */
function fileStem(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { md: '.md', json: '.json' };

/**
 * Saving and exporting: the only place the UI writes files. Views ask for a
 * save; this hook calls the file actions with the core's estimate (the same
 * text `forcecalc estimate --format md|json` prints) and reports the outcome
 * to the prompt and the status line.
 */
export function useSaveExport(inputs: SaveExportInputs): SaveExportCommands {
  const { prompt, dispatchPrompt, dispatchApp, files, scenariosDir, sourceDir, exportDir, workingDir, scenario, fileScenario, today, overrides, estimate, onScenarioSaved } = inputs;

  const openSave = useCallback(() => {
    if (scenario === null) return;
    // Its geojson: paths are relative to its own folder: a copy elsewhere would name files that are not there.
    const file = scenario.sectors.find((sector) => sector.geometry?.file !== undefined)?.geometry?.file;
    if (file !== undefined && scenariosDir !== sourceDir) {
      const text = `Not saved: it reads ${escapePath(file)} from ${escapePath(sourceDir)}; copy that folder to ${escapePath(scenariosDir)} to save edited copies.`;
      dispatchApp({ type: 'showStatus', status: { tone: 'error', text } });
      return;
    }
    // A title the planner typed is theirs; else the file's, marked once, so the list never shows two alike.
    const fileTitle = fileScenario?.title ?? scenario.title;
    const title = scenario.title !== fileTitle ? scenario.title : editedTitle(fileTitle);
    dispatchPrompt({ type: 'openSave', name: `${fileStem(scenario.id)}-edited`, title });
  }, [scenario, fileScenario, scenariosDir, sourceDir, dispatchPrompt, dispatchApp]);

  const openExport = useCallback(() => {
    if (scenario !== null) dispatchPrompt({ type: 'openExport' });
  }, [scenario, dispatchPrompt]);

  const chooseFormat = useCallback(
    (format: ExportFormat) => {
      if (scenario !== null) dispatchPrompt({ type: 'chooseFormat', format, name: `${fileStem(scenario.id)}${EXTENSIONS[format]}` });
    },
    [scenario, dispatchPrompt],
  );

  const confirmName = useCallback(() => {
    if (prompt === null) return;
    const fileName = scenarioFileName(prompt.text);
    dispatchPrompt(fileName.ok ? { type: 'confirmName' } : { type: 'outcome', result: fileName });
  }, [prompt, dispatchPrompt]);

  const submit = useCallback(
    (overwrite: boolean) => {
      if (prompt === null || scenario === null || estimate === null) return;
      let saved = scenario;
      if (prompt.kind === 'save') {
        const title = checkText(prompt.title, TEXT_FIELDS.title);
        if (!title.ok) {
          dispatchPrompt({ type: 'refuseTitle', message: `expected ${title.expected}, found ${title.received}` });
          return;
        }
        saved = { ...scenario, title: title.text, description: savedDescription(fileScenario ?? scenario, scenario, overrides, today) };
      }
      const exportTo = (place: ExportPlace): SaveResult =>
        files.exportText(place.dir, place.fileName, formatEstimate(estimate, prompt.format ?? 'md'), { overwrite, makeFolder: place.makeFolder });
      const result: SaveResult =
        prompt.kind === 'save'
          ? files.saveScenario(scenariosDir, prompt.text, saved, overrides, { overwrite })
          : exportTo(exportPlace(prompt.text, exportDir, workingDir));
      dispatchPrompt({ type: 'outcome', result });
      const done = prompt.kind === 'save' ? 'Saved' : 'Exported';
      const failed = prompt.kind === 'save' ? 'Not saved' : 'Not exported';
      if (result.ok) {
        dispatchApp({ type: 'fileWritten', path: result.path });
        // A saved scenario is read back and listed first; onScenarioSaved says how that went.
        if (prompt.kind === 'save') onScenarioSaved(result.path, scenario.id);
        else dispatchApp({ type: 'showStatus', status: { tone: 'success', text: `${done} ${escapePath(result.path)}` } });
      } else if (result.reason === 'io') {
        dispatchApp({ type: 'showStatus', status: { tone: 'error', text: `${failed}: ${sanitizeText(result.message)}` } });
      }
    },
    [prompt, scenario, fileScenario, today, estimate, files, scenariosDir, exportDir, workingDir, overrides, dispatchPrompt, dispatchApp, onScenarioSaved],
  );

  return { openSave, openExport, chooseFormat, confirmName, submit };
}
