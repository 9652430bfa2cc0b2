/**
 * The project's own documentation as the tests read it: README.md and every
 * page of docs/, by their path from the repository's root.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The pages: README.md, then docs/*.md in name order. */
export function docPages(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

/** A file's text by its path from the root. */
export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** True when the path (from the root) names a file or folder of the repository. */
export function repoPathExists(path: string): boolean {
  return existsSync(join(ROOT, path));
}
