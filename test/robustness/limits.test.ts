import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { countJson, countParsedKeys } from '../../src/io/json-count.js';
import { runHeapCapped } from '../support/heap-capped.js';

// Each limit is checked before the expensive step. The hostile inputs run in a child process
// with a capped heap: the child must answer with LIMIT_EXCEEDED, not die; the time and memory it
// reports are the figures in docs/security.md.
function child(heapMB: number, body: string) {
  const script = `
import { parseDocument } from './dist/esm/index.js';
import { readWorkbook } from './dist/esm/node/index.js';
let peak = 0;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 2);
const t0 = performance.now();
const findings = await (async () => { ${body} })();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(JSON.stringify({ ms: Math.round(performance.now() - t0), rssMB: Math.round(peak / 2 ** 20),
  findings: findings.map((f) => ({ code: f.code, location: f.location, details: f.details })) }));
`;
  const out = runHeapCapped<{
    ms: number;
    rssMB: number;
    findings: { code: string; location: Record<string, unknown>; details: Record<string, unknown> }[];
  }>(heapMB, script);
  console.info(`limits: ${out.findings[0]?.details.limit ?? 'ok'} ${out.ms} ms, ${out.rssMB} MB rss`);
  return out;
}

beforeAll(() => {
  if (!existsSync('dist/esm/node/index.js')) throw new Error('dist/ is missing: run npm run build');
});

describe('JSON: depth before anything else, duplicate keys at any size', () => {
  it('100,000 nested [ in 200 KB: LIMIT_EXCEEDED maxDepth at the bracket, in a 128 MB heap', () => {
    const out = child(
      128,
      `return parseDocument('{"formatVersion":1,"x-a":' + '['.repeat(100000) + ']'.repeat(100000) + '}').findings;`,
    );
    expect(out.findings).toEqual([
      {
        code: 'LIMIT_EXCEEDED',
        location: { line: 1, column: 89 },
        details: { limit: 'maxDepth', max: 64, found: 65 },
      },
    ]);
  }, 200_000);

  it('a duplicate key in a 1.3 MB text is found and located (no size skip)', () => {
    const plans = Array.from({ length: 4000 }, (_, i) => ({
      id: `p${i}`,
      name: 'P'.repeat(300),
      kind: 'insatsplan',
    }));
    const text = JSON.stringify({ formatVersion: 1, region: 'A', plans }).replace(
      '"region":"A"',
      '"region":"A","region":"B"',
    );
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const r = parseDocument(text, { format: 'json' });
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.location.line, f.location.column, f.details])).toEqual([
      ['DUPLICATE_KEY', 1, 33, { key: 'region' }],
    ]);
    const clean = parseDocument(text.replace(',"region":"B"', ''), { format: 'json' });
    expect(clean.findings.filter((f) => f.code === 'DUPLICATE_KEY')).toEqual([]);
  });

  it('the key count of the text equals the keys JSON.parse kept exactly when no key repeats', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'a"b', 'a\\\\', ':', '{', '[', '__proto__');
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.array(fc.tuple(key, tie('v')), { maxLength: 4 }),
      ),
    })).v;
    const write = (v: unknown): string =>
      Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string')
        ? `{ ${v.map(([k, x]) => `${JSON.stringify(k)} : ${write(x)}`).join(' ,\n')} }`
        : Array.isArray(v)
          ? `[${v.map(write).join(',')}]`
          : JSON.stringify(v);
    fc.assert(
      fc.property(value, (v) => {
        const text = write(v);
        const parsed = JSON.parse(text);
        const count = countJson(text, 1000);
        const duplicates = /"/.test(text) && count.keys !== countParsedKeys(parsed);
        // Same number of keys ⇔ no object holds a key twice.
        const repeats = (x: unknown): boolean =>
          Array.isArray(x) &&
          (x.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string')
            ? new Set(x.map((e) => e[0])).size < x.length || x.some((e) => repeats(e[1]))
            : x.some(repeats));
        expect(duplicates).toBe(repeats(v));
      }),
      { numRuns: 300 },
    );
  });
});

describe('YAML: a node budget before the parser', () => {
  it('16 MB of 5.2 million scalars: LIMIT_EXCEEDED maxYamlNodes in a 256 MB heap', () => {
    const out = child(
      256,
      `return parseDocument('formatVersion: 1\\nx-a: [' + Array(5_200_000).fill('1').join(',') + ']\\n', { format: 'yaml' }).findings;`,
    );
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      location: { line: 2 },
      details: { limit: 'maxYamlNodes', max: 500_000 },
    });
  }, 200_000);

  it('100,000 nested [ in YAML: LIMIT_EXCEEDED maxDepth, located, in a 128 MB heap', () => {
    const out = child(
      128,
      `return parseDocument('formatVersion: 1\\nx-a: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\\n', { format: 'yaml' }).findings;`,
    );
    expect(out.findings.map((f) => [f.code, f.details.limit])).toEqual([['LIMIT_EXCEEDED', 'maxDepth']]);
    expect(out.findings[0]?.location).toMatchObject({ line: 2 });
    expect(out.findings[0]?.location.column).toEqual(expect.any(Number));
  }, 200_000);

  // Block nesting costs its indentation: 800 levels are 0.64 MB of text.
  const blockNest = (levels: number) =>
    `return parseDocument('formatVersion: 1\\nx-a:\\n' + Array.from({ length: ${levels} }, (_, i) => ' '.repeat(2 * i + 2) + 'a:').join('\\n') + ' 1\\n', { format: 'yaml' }).findings;`;

  it('800 levels of block mappings: LIMIT_EXCEEDED maxDepth at level 65, in a 128 MB heap', () => {
    const out = child(128, blockNest(800));
    expect(out.findings.map((f) => [f.code, f.details.limit])).toEqual([['LIMIT_EXCEEDED', 'maxDepth']]);
    expect(out.findings[0]?.location).toMatchObject({ line: 66, column: 129 });
  }, 200_000);

  // Past about 1 MB of indentation the parser runs out of stack before the depth limit can count:
  // a located SYNTAX_ERROR whose cause says the nesting is too deep (docs/security.md).
  it('2,000 levels of block mappings (4 MB): a located finding, in a 128 MB heap', () => {
    const out = child(128, blockNest(2000));
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      code: 'SYNTAX_ERROR',
      details: { parserCode: 'RESOURCE_EXHAUSTION', cause: 'nesting' },
    });
    expect(out.findings[0]?.location.line).toEqual(expect.any(Number));
    expect(out.findings[0]?.location.column).toEqual(expect.any(Number));
  }, 200_000);

  it('an alias bomb (10 levels of 10 aliases, 10^10 values): LIMIT_EXCEEDED maxAliasCount in a 128 MB heap', () => {
    const out = child(
      128,
      `const lines = ['formatVersion: 1', 'x-a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
for (let i = 1; i < 10; i++) lines.push('x-a' + i + ': &a' + i + ' [' + Array(10).fill('*a' + (i - 1)).join(', ') + ']');
return parseDocument(lines.join('\\n') + '\\n', { format: 'yaml' }).findings;`,
    );
    expect(out.findings.map((f) => [f.code, f.details.limit])).toEqual([['LIMIT_EXCEEDED', 'maxAliasCount']]);
  }, 200_000);

  it('a block list one node over a small budget is refused; at the budget it is read', () => {
    const text = `formatVersion: 1\nx-a:\n${'  - 1\n'.repeat(100)}`;
    const marks = 2 + 2 + 1 + 200; // 2 line breaks, 2 colons, the dash of x-a, 100 dashes and line breaks
    const within = parseDocument(text, { limits: { maxYamlNodes: marks } });
    expect(within.findings.filter((f) => f.code === 'LIMIT_EXCEEDED')).toEqual([]);
    const r = parseDocument(text, { limits: { maxYamlNodes: marks - 1 } });
    expect(r.findings.map((f) => [f.code, f.details.limit])).toEqual([['LIMIT_EXCEEDED', 'maxYamlNodes']]);
  });
});

// A workbook whose sheet is replaced by the given XML after <sheetData>.
const WORKBOOK = (sheetXml: string) => `
const { readFileSync } = await import('node:fs');
const { createRequire } = await import('node:module');
const JSZip = createRequire(process.cwd() + '/package.json')('jszip');
const zip = await JSZip.loadAsync(readFileSync('examples/spreadsheet/kronoberg.xlsx'));
const name = Object.keys(zip.files).find((n) => /^xl\\/worksheets\\/sheet\\d+\\.xml$/.test(n));
const xml = await zip.file(name).async('string');
zip.file(name, xml.replace('</sheetData>', '</sheetData>' + ${sheetXml}));
const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
return (await readWorkbook(bytes, { file: 'x.xlsx' })).findings;`;

describe('xlsx: cells and merged ranges counted before exceljs expands them', () => {
  it('<mergeCell ref="A2:XFD1048576"/>: LIMIT_EXCEEDED maxMergedCells in a 512 MB heap', () => {
    const out = child(512, WORKBOOK(`'<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'`));
    expect(out.findings).toEqual([
      {
        code: 'LIMIT_EXCEEDED',
        location: { file: 'x.xlsx' },
        details: { limit: 'maxMergedCells', max: 250_000, found: 16_384 * 1_048_575 },
      },
    ]);
  }, 200_000);

  it('200,000 merge ranges: LIMIT_EXCEEDED maxMergedCells', () => {
    const out = child(
      512,
      WORKBOOK(
        `'<mergeCells count="200000">' + Array.from({ length: 200000 }, (_, i) => '<mergeCell ref="Z' + (i * 2 + 2) + ':AA' + (i * 2 + 3) + '"/>').join('') + '</mergeCells>'`,
      ),
    );
    expect(out.findings.map((f) => f.details)).toEqual([
      { limit: 'maxMergedCells', max: 250_000, found: 800_000 },
    ]);
  }, 200_000);

  it('2,000,001 cells in 24 MB of sheet XML: LIMIT_EXCEEDED maxCells in a 512 MB heap', () => {
    const out = child(512, WORKBOOK(`'<c r="A1"/>'.repeat(2_000_001)`));
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      location: { file: 'x.xlsx' },
      details: { limit: 'maxCells', max: 2_000_000 },
    });
    expect(out.findings[0]?.details.found).toBeGreaterThan(2_000_000);
  }, 200_000);

  it('the example workbook reads as before', () => {
    const out = child(512, WORKBOOK(`''`));
    expect(out.findings.filter((f) => f.code === 'LIMIT_EXCEEDED')).toEqual([]);
  }, 200_000);
});
