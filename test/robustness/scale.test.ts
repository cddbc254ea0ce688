import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { append, maxOf, minOf } from '../../src/collections/append.js';

// Data-sized arrays are never spread into a call: `push(...x)` and `Math.max(...x)` pass every
// item as an argument and overflow the stack past about 120,000 items (the merge of located
// findings did so with 80,000 links to missing boxes). This test fails on the pattern in src/.
const SPREAD_CALL = /\b(push|unshift|max|min|fromCharCode|fromCodePoint|concat)\s*\(\s*\.\.\./;
const APPLY = /\.(push|max|min|fromCharCode|fromCodePoint)\.apply\(/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(path));
    else if (e.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

// Comments may name the pattern; code may not.
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('no spread of data-sized arrays into calls', () => {
  it('src/ has no push(...x), Math.max(...x), fromCharCode(...x) or .apply of them', () => {
    const bad: string[] = [];
    for (const file of sources('src')) {
      // The whole text, not line by line: a spread on the line after the call (`push(⏎ ...x)`) counts too.
      const text = code(readFileSync(file, 'utf8'));
      for (const pattern of [SPREAD_CALL, APPLY]) {
        for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) {
          const line = text.slice(0, m.index).split('\n').length;
          bad.push(`${file}:${line}: ${m[0].replace(/\s+/g, ' ')}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the pattern is caught (the test can fail)', () => {
    expect(SPREAD_CALL.test('out.push(...group);')).toBe(true);
    expect(SPREAD_CALL.test('Math.max(...rows.map((r) => r.length))')).toBe(true);
    expect(SPREAD_CALL.test('const all = [...a, ...b];')).toBe(false);
    expect(SPREAD_CALL.test('out.push(\n  ...group,\n);')).toBe(true);
  });

  it('append, maxOf and minOf take 10^6 items', () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(append([-1], big)).toHaveLength(1_000_001);
    expect(maxOf(big)).toBe(999_999);
    expect(minOf(big)).toBe(0);
    expect(maxOf([], 0)).toBe(0);
  });
});

// 10^6 findings through the merge of located findings, sorting, text and JSON formatting, in a
// child process with a capped heap (the default stack): it must finish, not overflow.
const CHILD = `
import { createFinding, formatFindings, compareFindings, mergeDocuments, parseDocument } from './dist/esm/index.js';
const n = 1_000_000;
const text = JSON.stringify({ formatVersion: 1, plans: [{ id: 'p', name: 'P', kind: 'insatsplan',
  boxes: [{ id: 'a', level: 'aktiviteter', text: 'A' }], links: [{ from: 'a', to: 'b' }] }] });
const parsed = parseDocument(text, { file: 'a.json' });
const set = mergeDocuments([{ document: parsed.value, file: 'a.json', source: parsed.source },
  { document: { formatVersion: 1, plans: [{ id: 'q', name: 'Q', kind: 'projekt' }] }, file: 'b.json' }]);
const base = createFinding('LINK_UNKNOWN_BOX', { plan: 'p', path: ['plans', 1, 'links', 0] }, { from: 'a', to: 'b', missing: 'b' });
const findings = [];
for (let i = 0; i < n; i++) findings.push({ ...base, location: { plan: i % 2 ? 'p' : 'q', path: ['plans', i % 2, 'links', 0] } });
const t0 = performance.now();
const located = set.locate(findings);
const sorted = [...located].sort(compareFindings);
const textOut = formatFindings(sorted, { language: 'sv' });
let json = 0;
for (const f of sorted) json += JSON.stringify(f).length;
process.stdout.write(JSON.stringify({ located: located.length, withLine: located.filter((f) => f.location.line !== undefined).length,
  lines: textOut.split('\\n').length, json, ms: Math.round(performance.now() - t0),
  heapMB: Math.round(process.memoryUsage().rss / 2 ** 20) }));
`;

describe('10^6 findings in a child process', () => {
  it('merge, sort and format 10^6 located findings within a 3 GB heap', () => {
    if (!existsSync('dist/esm/index.js')) throw new Error('dist/ is missing: run npm run build');
    const r = spawnSync(process.execPath, ['--max-old-space-size=3072', '--input-type=module', '-e', CHILD], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      timeout: 240_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.located).toBe(1_000_000);
    // Half the findings point into a.json, which has a source map: they get a line.
    expect(out.withLine).toBe(500_000);
    expect(out.lines).toBeGreaterThan(1_000_000);
  }, 300_000);

  it('validate of 130,000 links to missing boxes: exit 1 with every finding, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ek-scale-'));
    const links = Array.from({ length: 130_000 }, (_, i) => ({ from: 'a', to: `m${i}` }));
    const file = join(dir, 'links.json');
    writeFileSync(
      file,
      JSON.stringify({
        formatVersion: 1,
        plans: [
          {
            id: 'p',
            name: 'P',
            kind: 'insatsplan',
            boxes: [{ id: 'a', level: 'aktiviteter', text: 'A' }],
            links,
          },
        ],
      }),
    );
    expect(statSync(file).size).toBeGreaterThan(2_000_000);
    const r = spawnSync(
      process.execPath,
      [resolve('dist/cli/cli.js'), 'validate', file, '--format', 'json'],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        timeout: 240_000,
      },
    );
    expect(r.stderr).not.toMatch(/internal error|RangeError/);
    expect(r.status).toBe(1);
    // Every missing box is reported, plus the plan's PLAN_WITHOUT_GOAL_LINKS (validated without a strategy).
    expect(
      JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === 'LINK_UNKNOWN_BOX'),
    ).toHaveLength(130_000);
  }, 300_000);
});
