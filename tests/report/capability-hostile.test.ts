// A capability's name and a contributor's country are text from a file: no format lets an escape sequence, a
// control character or a bidirectional override through to a terminal, and Markdown keeps the name in its cell.
import { describe, expect, it } from 'vitest';
import { estimate, point } from '../../src/core/index.js';
import { sensitivity } from '../../src/core/analysis/sensitivity.js';
import { simulate } from '../../src/core/simulation/index.js';
import { formatComparison, formatEstimate, formatSensitivity, formatSimulation } from '../../src/report/index.js';
import { scenario } from './scenario-builder.js';

const HOSTILE = 'EW\u001b[2J te|am\u202E\nx';
const CLEAN = 'EW te|am x';
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const hostile = scenario({
  capabilities: [{ name: HOSTILE, per: { kind: 'force' }, need: { min: 1, max: 3 }, source: `source\u001b]0;title\u0007 text` }],
  coalition: [{ country: `Evil\u001b[31m land`, pledge: { kind: 'none' }, backstop: true, provides: [{ capability: HOSTILE, units: point(1) }] }],
});

describe('capability names from a file', () => {
  const result = estimate(hostile);

  it.each(['table', 'md', 'csv'] as const)('are sanitised in the estimate as %s', (format) => {
    const text = formatEstimate(result, format);
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain(format === 'md' ? 'EW te\\|am x' : CLEAN);
  });

  it('are sanitised in compare, sensitivity and simulate', () => {
    for (const text of [
      formatComparison([result], 'table'),
      formatComparison([result], 'md'),
      formatSensitivity(sensitivity(hostile), 'table'),
      formatSensitivity(sensitivity(hostile), 'csv'),
      formatSimulation(simulate(hostile, { samples: 10 }), 'table'),
      formatSimulation(simulate(hostile, { samples: 10 }), 'csv'),
    ]) {
      expect(text).not.toMatch(UNSAFE);
    }
  });

  it('are kept as written in JSON, where a reader escapes them', () => {
    const json = JSON.parse(formatEstimate(result, 'json')) as { capabilities: { name: string }[] };
    expect(json.capabilities[1]?.name).toBe(HOSTILE);
  });
});
