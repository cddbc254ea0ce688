import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/findings/finding.js';
import { scanJson } from '../../src/io/json-scan.js';
import { pathKey } from '../../src/io/position.js';

// Every path of a JSON value, with the value there.
function paths(value: unknown, path: PathSegment[] = [], out: [PathSegment[], unknown][] = []) {
  out.push([path, value]);
  if (Array.isArray(value)) for (const [i, v] of value.entries()) paths(v, [...path, i], out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

const json = fc.jsonValue({ maxDepth: 4 });

describe('scanJson', () => {
  it('finds the offset of every wanted value and key, compact or indented', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const all = paths(value);
        const scan = scanJson(text, new Set(all.map(([p]) => pathKey(p))), false);
        for (const [p, v] of all) {
          const at = scan.values.get(pathKey(p));
          expect(at, pathKey(p)).toBeDefined();
          // The value starts there: its first line as JSON writes it.
          const shown = JSON.stringify(v, null, indent);
          const first = shown.split('\n')[0] ?? '';
          expect(text.startsWith(first, at)).toBe(true);
          const last = p[p.length - 1];
          if (typeof last === 'string') {
            const keyAt = scan.keys.get(pathKey(p));
            expect(keyAt).toBeDefined();
            expect(text.startsWith(`${JSON.stringify(last)}:`, keyAt)).toBe(true);
          }
        }
        expect(scan.duplicates).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('finds nothing when nothing is wanted', () => {
    const scan = scanJson('{"a": [1, {"b": "x\\"y"}], "c": null}', new Set(), true);
    expect(scan.values.size + scan.keys.size + scan.duplicates.length).toBe(0);
  });

  it('reports each duplicate key with the path of its object and its offset, in small and large objects', () => {
    const text = '{"a": {"x": 1, "y": 2, "x": 3}, "list": [{"k": 1, "k": 2}], "a": 4}';
    const scan = scanJson(text, new Set(), true);
    expect(
      scan.duplicates.map((d) => [d.path, d.key, text.indexOf(`"${d.key}"`, d.offset) === d.offset]),
    ).toEqual([
      [['a'], 'x', true],
      [['list', 0], 'k', true],
      [[], 'a', true],
    ]);
    // Over 32 keys an object switches to a set; a duplicate is still found, once.
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`);
    const big = `{${keys.join(', ')}, "k7": 0, "k39": 1}`;
    expect(scanJson(big, new Set(), true).duplicates.map((d) => d.key)).toEqual(['k7', 'k39']);
    expect(scanJson(big, new Set(), false).duplicates).toEqual([]);
  });

  it('reads escaped keys as JSON does', () => {
    const text = '{"a\\"b": {"\\u00e5": true}}';
    const scan = scanJson(text, new Set([pathKey(['a"b', 'å'])]), false);
    expect(scan.values.get(pathKey(['a"b', 'å']))).toBe(text.indexOf('true'));
  });

  it('walks deep nesting without overflowing the stack', () => {
    const depth = 20_000;
    const text = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    const scan = scanJson(text, new Set([pathKey(Array.from({ length: depth }, () => 0))]), false);
    expect([...scan.values.values()]).toEqual([depth]);
  });
});
