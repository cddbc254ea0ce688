import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, validate } from '../../src/index.js';

const dir = new URL('../fixtures/hostile/', import.meta.url);

// The codes each fixture must produce (and the document must not be accepted).
const expected: Record<string, string[]> = {
  'billion-laughs.yaml': ['LIMIT_EXCEEDED'],
  'proto-pollution.json': ['FORBIDDEN_KEY'],
  'constructor-key.yaml': ['FORBIDDEN_KEY'],
  'bad-date-and-string-number.yaml': ['INVALID_FORMAT'],
  'duplicate-key.yaml': ['DUPLICATE_KEY'],
  'nan-infinity.yaml': ['INVALID_TYPE', 'INVALID_VALUE'],
  'two-documents.yaml': ['SYNTAX_ERROR'],
  'rtl-zero-width-id.yaml': ['INVALID_FORMAT'],
};

describe('hostile fixture corpus', () => {
  const files = readdirSync(dir).filter((f) => f !== 'README.md');
  it('lists every fixture', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });
  it.each(files)('%s gives its findings and nothing else breaks', (file) => {
    const r = parseDocument(readFileSync(new URL(file, dir), 'utf8'), { file });
    expect(r.ok).toBe(false);
    expect([...new Set(r.findings.map((f) => f.code))].sort()).toEqual(expected[file]);
    for (const f of r.findings) expect(f.location.file).toBe(file);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB YAML file at once, and reads a 50 MB JSON file', () => {
    const t = performance.now();
    const yaml = parseDocument(`formatVersion: 1\nregion: ${'x'.repeat(50 * 1024 * 1024)}\n`);
    expect(yaml.findings.map((f) => f.details.limit)).toEqual(['maxYamlChars']);
    expect(performance.now() - t).toBeLessThan(1000);
    const box = { id: 'b', level: 'utfall', text: 'x'.repeat(90_000) };
    const plans = Array.from({ length: 580 }, (_, i) => ({
      id: `p${i}`,
      name: 'P',
      kind: 'projekt',
      boxes: [box],
    }));
    const json = JSON.stringify({ formatVersion: 1, plans });
    expect(json.length).toBeGreaterThan(50_000_000);
    const r = parseDocument(json);
    expect(r.ok).toBe(true);
    expect(r.ok && validate(r.value).summary.plans).toBe(580);
  });
});
