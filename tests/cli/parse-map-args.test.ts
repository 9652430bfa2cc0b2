// The command line of `map` and of `estimate --format geojson`, parsed (no files read).
import { describe, expect, it } from 'vitest';
import type { Invocation } from '../../src/cli/command-table.js';
import { parseArgs } from '../../src/cli/parse-args.js';

describe('parseArgs: map', () => {
  it.each<[string[], Invocation]>([
    [['map', 'front'], { command: 'map', scenariosDir: null, ref: 'front', size: { width: 80, height: 23 } }],
    [['map', 'front', '--width', '120', '--height=40'], { command: 'map', scenariosDir: null, ref: 'front', size: { width: 120, height: 40 } }],
    [['map', '--scenarios', 's', 'a.yaml', '--width', '20', '--height', '8'], { command: 'map', scenariosDir: 's', ref: 'a.yaml', size: { width: 20, height: 8 } }],
    [['map', 'front', '--width', '1000', '--height', '1000'], { command: 'map', scenariosDir: null, ref: 'front', size: { width: 1000, height: 1000 } }],
    // A later value replaces an earlier one, as for every option.
    [['map', 'front', '--width', '30', '--width', '90'], { command: 'map', scenariosDir: null, ref: 'front', size: { width: 90, height: 23 } }],
  ])('%j', (argv, invocation) => {
    expect(parseArgs(argv)).toEqual({ ok: true, invocation });
  });

  it.each<[string[], string]>([
    [['map', 'a', '--width', '19'], '--width must be a whole number of columns from 20 to 1000; got "19"'],
    [['map', 'a', '--width', '1001'], '--width must be a whole number of columns from 20 to 1000; got "1001"'],
    [['map', 'a', '--width', '-80'], '--width must be a whole number of columns from 20 to 1000; got "-80"'],
    [['map', 'a', '--width', '8e1'], '--width must be a whole number of columns from 20 to 1000; got "8e1"'],
    // The smallest map block with its title: a 3-row map, its scale bar, one legend row and the title.
    [['map', 'a', '--height', '5'], '--height must be a whole number of rows from 6 to 1000; got "5"'],
    [['map', 'a', '--height', '99999999999'], '--height must be a whole number of rows from 6 to 1000; got "99999999999"'],
    [['map', 'a', '--height'], '--height needs a value, e.g. --height 40'],
    [['map', 'a', '--set', 'density=3'], '--set does not apply to map; it takes --scenarios, --width or --height'],
    [['compare', 'a', '--width', '90'], '--width does not apply to compare; it takes --scenarios or --format'],
  ])('%j is bad usage', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message });
  });
});

describe('parseArgs: estimate --format geojson', () => {
  it('is an estimate format', () => {
    expect(parseArgs(['estimate', 'a', '--format', 'geojson'])).toEqual({
      ok: true,
      invocation: { command: 'estimate', scenariosDir: null, ref: 'a', settings: { factors: {}, inputs: [] }, format: 'geojson' },
    });
  });

  it('is not a compare format', () => {
    expect(parseArgs(['compare', 'a', '--format', 'geojson'])).toEqual({ ok: false, message: '--format for compare must be table, json, csv or md; got "geojson"' });
  });
});
