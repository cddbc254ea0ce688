import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachLocations, parseDocument, validate } from '../../src/index.js';

const load = (name: string) => {
  const r = parseDocument(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'), {
    file: name,
  });
  if (!r.ok) throw new Error(r.findings.map((f) => f.message.en).join('\n'));
  return r;
};

describe('validate on the examples', () => {
  it('finds nothing wrong in Kronoberg', () => {
    const r = load('kronoberg.yaml');
    const report = validate(r.value, { locate: (f) => attachLocations(f, r.source) });
    expect(report.findings.map((f) => `${f.code} ${f.message.en}`)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, plans: 2, ok: true });
  });
});

describe('validate on the Gotland example', () => {
  it('finds nothing wrong in the Gotland insatsplan', () => {
    const r = load('gotland-besoksnaring.yaml');
    expect(validate(r.value).findings.map((f) => `${f.code} ${f.message.en}`)).toEqual([]);
  });
});
