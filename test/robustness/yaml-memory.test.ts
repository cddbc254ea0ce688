import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { runHeapCapped } from '../support/heap-capped.js';
import { YAML_INPUT } from './yaml-memory.js';

// Peak memory of reading YAML, as a ratio to the text's size (docs/security.md, "YAML memory"):
// each input is read in a child process whose heap is capped at the bound itself, 20× the text
// plus a 64 MB floor, so a reader that needs more dies there instead of passing.
function child(kind: string, size: number) {
  const heapMB = Math.ceil((20 * size) / 2 ** 20) + 64;
  const script = `
import { parseDocument } from './dist/esm/index.js';
${YAML_INPUT}
const text = input(${JSON.stringify(kind)}, ${size});
const base = process.memoryUsage().rss;
let peak = base;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 2);
const t0 = performance.now();
const r = parseDocument(text);
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(JSON.stringify({ ms: Math.round(performance.now() - t0), aboveMB: Math.round((peak - base) / 2 ** 20),
  findings: r.findings.map((f) => ({ code: f.code, location: f.location, details: f.details })) }));
`;
  const out = runHeapCapped<{
    ms: number;
    aboveMB: number;
    findings: { code: string; location: Record<string, unknown>; details: Record<string, unknown> }[];
  }>(heapMB, script);
  console.info(`yaml memory: ${kind} ${size / 1e6} MB: ${out.ms} ms, ${out.aboveMB} MB above the process`);
  return out;
}

beforeAll(() => {
  if (!existsSync('dist/esm/index.js')) throw new Error('dist/ is missing: run npm run build');
});

// The large version (npm run fuzz) adds the 16 MB inputs.
const SIZES = Number(process.env.FUZZ_RUNS ?? 0) > 10_000 ? [1e6, 4e6, 16e6] : [1e6, 4e6];

describe('YAML memory within 20× the text plus 64 MB, for the worst text of each kind', () => {
  for (const size of SIZES) {
    it(`${size / 1e6} MB, 499,000 nodes, read the fast way: accepted`, () => {
      expect(child('plain', size).findings).toEqual([]);
    }, 200_000);

    it(`${size / 1e6} MB, 499,000 nodes, with findings that need a line: located without yaml's tree`, () => {
      const out = child('findings', size);
      expect(out.findings.map((f) => [f.code, f.location.line, f.location.column])).toEqual([
        ['INVALID_TYPE', 3, 9],
        ['UNKNOWN_KEY', 2, 1],
      ]);
    }, 200_000);

    it(`${size / 1e6} MB, 499,000 nodes, with an anchor: YAML_TREE_TOO_LARGE at the anchor`, () => {
      expect(child('anchors', size).findings).toEqual([
        {
          code: 'YAML_TREE_TOO_LARGE',
          location: { line: 2, column: 6 },
          details: { max: 50_000, found: 499_002, reason: 'anchors' },
        },
      ]);
    }, 200_000);

    it(`${size / 1e6} MB, 50,000 nodes, with an anchor: read by yaml within the bound`, () => {
      expect(child('anchors-within', size).findings).toEqual([]);
    }, 200_000);
  }
});

describe('texts over maxYamlTreeNodes that the fast reader refuses are still located', () => {
  const big = `x-a: [${Array(60_000).fill('1').join(',')}]\n`;

  it('a repeated key: DUPLICATE_KEY at the second key, from js-yaml', () => {
    const r = parseDocument(`formatVersion: 1\nregion: A\nregion: B\n${big}`);
    expect(r.findings.map((f) => [f.code, f.location.line, f.location.column, f.details])).toEqual([
      ['DUPLICATE_KEY', 3, 1, { key: 'region' }],
    ]);
  });

  it('a quote left open: SYNTAX_ERROR with a line and a column', () => {
    const r = parseDocument(`formatVersion: 1\n${big}region: "A\n`);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'SYNTAX_ERROR', location: { line: 3 } });
    expect(r.findings[0]!.location.column).toBeGreaterThan(0);
  });

  it('a tag: YAML_TREE_TOO_LARGE with reason tags; the limit can be raised', () => {
    const text = `formatVersion: 1\nx-b: !!str 12\n${big}`;
    const r = parseDocument(text, { file: 'a.yaml' });
    expect(r.findings.map((f) => [f.code, f.location, f.details])).toEqual([
      [
        'YAML_TREE_TOO_LARGE',
        { file: 'a.yaml', line: 2, column: 6 },
        { max: 50_000, found: 60_008, reason: 'tags' },
      ],
    ]);
    expect(parseDocument(text, { limits: { maxYamlTreeNodes: 70_000 } }).ok).toBe(true);
  });

  it('within the limit, the full path reads anchors as before', () => {
    const r = parseDocument('formatVersion: 1\nx-b: &a 1\nx-c: *a\n');
    expect(r.ok).toBe(true);
  });
});
