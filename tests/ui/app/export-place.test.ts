import { describe, expect, it } from 'vitest';
import { exportPlace, type ExportPlace } from '../../../src/ui/app/export-place.js';

const EXPORTS = '/work/planning/exports';
const WORKING = '/work/planning';

describe('exportPlace', () => {
  it.each<[string, string, ExportPlace]>([
    ['a plain name: the export folder, made if need be', 'brief.md', { dir: EXPORTS, fileName: 'brief.md', makeFolder: true }],
    ['a path from where forcecalc started', 'briefings/brief.md', { dir: '/work/planning/briefings', fileName: 'brief.md', makeFolder: false }],
    ['a path up a folder', '../shared/brief.json', { dir: '/work/shared', fileName: 'brief.json', makeFolder: false }],
    ['an absolute path', '/tmp/brief.md', { dir: '/tmp', fileName: 'brief.md', makeFolder: false }],
    ['the export folder by its path: still made if need be', 'exports/brief.md', { dir: EXPORTS, fileName: 'brief.md', makeFolder: true }],
    ['a folder and no file: no name, which the file name check refuses', 'briefings/', { dir: '/work/planning/briefings', fileName: '', makeFolder: false }],
  ])('%s', (_, typed, place) => {
    expect(exportPlace(typed, EXPORTS, WORKING)).toEqual(place);
  });
});
