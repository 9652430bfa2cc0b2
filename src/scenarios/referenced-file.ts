/**
 * A file a scenario refers to (a sector's `geojson:`), read by whoever gave
 * the loader the scenario's text. `parseScenarioText` does no I/O: it calls the
 * reader it was handed, and without one such a reference is a problem.
 * `loadScenarioFile` hands it `referencedFileReader` (read-referenced-file.ts),
 * which reads relative to the scenario's folder.
 */
export type ReferencedFile =
  /** `file` names the file in problems, e.g. `scenarios/geo/front.geojson` for `geo/front.geojson`. */
  | { readonly ok: true; readonly file: string; readonly text: string }
  /** Why it cannot be read, for a problem at the reference: what was expected and what was found. */
  | { readonly ok: false; readonly expected: string; readonly received: string };

/** What sort of file the loader wants, for messages, and its size cap (checked before reading). */
export interface ReferencedFileKind {
  /** E.g. "GeoJSON file". */
  readonly noun: string;
  readonly maxBytes: number;
}

/**
 * Reads the file `reference` names (as the scenario writes it). Must never
 * throw: every failure is a `{ok: false}` value.
 */
export type ReadReferencedFile = (reference: string, kind: ReferencedFileKind) => ReferencedFile;
