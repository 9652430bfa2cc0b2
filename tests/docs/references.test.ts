// The project documents itself: every Markdown file its text names is in the
// repository, every "(docs/sources.md, section)" reference has its section,
// and every link of the docs leads to a file and a heading that exist.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages, readRepoFile, repoPathExists, ROOT } from './doc-pages.js';
import { headingAnchors, headingSlug, markdownLinks } from './markdown.js';

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage', '.git']);

/** Every file under a folder of the repository, by its path from the root. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    if (SKIPPED_FOLDERS.has(name)) return [];
    const path = folder === '.' ? name : `${folder}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The text a user or a reader of the code sees: the docs, the source and the shipped scenarios. */
const TEXT_FILES = [...docPages(), ...filesUnder('src'), ...filesUnder('scenarios')];
const REPO_FILES = filesUnder('.');
const REPO_BASENAMES = new Set(REPO_FILES.map((path) => path.split('/').at(-1)));

/** True when a `.md` name, as written in `file`, is a file of the repository. */
function markdownFileExists(name: string, file: string): boolean {
  if (!name.includes('/')) return REPO_BASENAMES.has(name);
  return repoPathExists(name) || repoPathExists(normalize(join(dirname(file), name)));
}

/** Every `.md` file name (with its path, if written) a text names, with its line. */
function markdownNames(text: string): { line: number; name: string }[] {
  return text.split('\n').flatMap((line, index) =>
    [...line.matchAll(/(?:[A-Za-z0-9._-]+\/)*[A-Za-z][A-Za-z0-9._-]*\.md\b/g)].map((match) => ({ line: index + 1, name: match[0] })),
  );
}

describe('names of Markdown files', () => {
  it('every .md file named in README.md, docs/, src/ and scenarios/ is in the repository', () => {
    const missing = TEXT_FILES.flatMap((file) =>
      markdownNames(readRepoFile(file))
        .filter(({ name }) => !markdownFileExists(name, file))
        .map(({ line, name }) => `${file}:${line} names ${name}, which the repository does not have`),
    );
    expect(missing.join('\n')).toBe('');
  });

  it('no text points outside the repository', () => {
    const outside = TEXT_FILES.flatMap((file) =>
      readRepoFile(file)
        .split('\n')
        .flatMap((line, index) => (/\.\.\/shared\b/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(outside.join('\n')).toBe('');
  });

  it('sees a missing file (the check itself)', () => {
    expect(markdownNames('see DESIGN.md section 1 and docs/model.md').map(({ name }) => name)).toEqual(['DESIGN.md', 'docs/model.md']);
    expect(markdownFileExists('DESIGN.md', 'src/core/figures.ts')).toBe(false);
    expect(markdownFileExists('docs/model.md', 'src/core/figures.ts')).toBe(true);
    expect(markdownFileExists('sources.md', 'docs/model.md')).toBe(true);
  });
});

describe('references to a section of docs/sources.md', () => {
  const anchors = headingAnchors(readRepoFile('docs/sources.md'));

  it('"(docs/sources.md, section)" names a heading of docs/sources.md', () => {
    const unknown = TEXT_FILES.flatMap((file) =>
      [...readRepoFile(file).matchAll(/docs\/sources\.md, ([^)"]+)\)/g)]
        .map((match) => match[1]!.trim())
        .filter((section) => !anchors.has(headingSlug(section)))
        .map((section) => `${file}: "(docs/sources.md, ${section})" has no heading "${section}" in docs/sources.md`),
    );
    expect(unknown.join('\n')).toBe('');
  });
});

describe('links in the docs', () => {
  it('lead to files and headings that exist', () => {
    const broken = docPages().flatMap((page) =>
      markdownLinks(readRepoFile(page)).flatMap(({ line, target }) => {
        if (/^[a-z]+:/.test(target)) return []; // https: and mailto: go outside, on purpose
        const [path = '', anchor] = target.split('#');
        const file = path === '' ? page : relative(ROOT, join(ROOT, dirname(page), path));
        if (!repoPathExists(file)) return [`${page}:${line}: ${target} leads to ${file}, which does not exist`];
        if (anchor === undefined || !file.endsWith('.md')) return [];
        return headingAnchors(readRepoFile(file)).has(anchor) ? [] : [`${page}:${line}: ${target}: ${file} has no heading #${anchor}`];
      }),
    );
    expect(broken.join('\n')).toBe('');
  });
});

describe('docs/scenarios.md', () => {
  it('lists every shipped scenario, and only those', () => {
    const shipped = filesUnder('scenarios')
      .filter((path) => /^scenarios\/[^/]+\.yaml$/.test(path))
      .map((path) => path.slice('scenarios/'.length, -'.yaml'.length))
      .sort();
    const listed = [...readRepoFile('docs/scenarios.md').matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!).sort();
    expect(listed).toEqual(shipped);
  });
});
