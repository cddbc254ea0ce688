import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EffektkedjaError } from '../../src/findings/error.js';
import { parseDocument, parseDocumentOrThrow } from '../../src/io/parse.js';
import { writeDocument } from '../../src/io/write.js';
import { editable } from '../support/mutate.js';

const kronoberg = readFileSync(new URL('../../examples/kronoberg.yaml', import.meta.url), 'utf8');

const brief = (r: ReturnType<typeof parseDocument>) =>
  r.findings.map((f) => `${f.severity} ${f.code} ${f.location.line ?? '-'}:${f.location.column ?? '-'}`);

describe('parseDocument', () => {
  it('reads the Kronoberg example with no findings', () => {
    const r = parseDocument(kronoberg, { file: 'kronoberg.yaml' });
    expect(brief(r)).toEqual([]);
    expect(r.ok && r.value.plans?.map((p) => p.id)).toEqual(['sydostleden', 'destination-smaland']);
  });

  it('locates a misspelt level in YAML and suggests the right one', () => {
    const text = kronoberg.replace(
      'level: utfall\n        text: Deltagarna',
      'level: utfal\n        text: Deltagarna',
    );
    const r = parseDocument(text, { file: 'k.yaml' });
    expect(r.ok).toBe(false);
    const f = r.findings[0]!;
    expect(f.code).toBe('INVALID_VALUE');
    expect(f.details.suggestion).toBe('utfall');
    expect(f.location).toMatchObject({
      file: 'k.yaml',
      plan: 'sydostleden',
      box: 'vilja',
      path: ['plans', 0, 'boxes', 6, 'level'],
    });
    expect(text.split('\n')[f.location.line! - 1]).toContain('level: utfal');
  });

  it('reports unknown keys as warnings, keeps them, and does not report x- extensions', () => {
    const text = 'formatVersion: 1\nregion: X\nx-diarienummer: RK 2019/12\nplan: []\n';
    const r = parseDocument(text);
    expect(r.ok).toBe(true);
    expect(brief(r)).toEqual(['warning UNKNOWN_KEY 4:1']);
    expect(r.findings[0]!.details).toEqual({ key: 'plan', suggestion: 'plans' });
    expect(r.ok && (r.value as Record<string, unknown>)['x-diarienummer']).toBe('RK 2019/12');
  });

  it('reads text that starts with a byte-order mark, JSON and YAML alike', () => {
    for (const text of ['\uFEFF{"formatVersion": 1, "region": "Å"}', '\uFEFFformatVersion: 1\nregion: Å\n']) {
      const r = parseDocument(text);
      expect(r.ok && r.value.region, text).toBe('Å');
    }
  });

  it('reads a level written with å/ä/ö or as its label (Swedish or English) as the level id', () => {
    const t =
      'formatVersion: 1\nplans:\n  - { id: p, name: P, kind: projekt, boxes: [ { id: a, level: Kortsiktiga samhällseffekter, text: T }, { id: b, level: outputs, text: U }, { id: c, level: långsiktiga, text: V }, { id: d, level: LÅNGSIKTIGA  SAMHÄLLSEFFEKTER, text: W } ] }\n';
    const r = parseDocument(t);
    expect(r.findings).toEqual([]);
    expect(r.ok && r.value.plans![0]!.boxes.map((b) => b.level)).toEqual([
      'kortsiktiga',
      'prestationer',
      'langsiktiga',
      'langsiktiga',
    ]);
    // A level that is only close to one is still refused, with the suggestion.
    const typo = t.replace('level: outputs', 'level: aktivitet');
    expect(parseDocument(typo).findings.map((f) => [f.code, f.details.suggestion])).toEqual([
      ['INVALID_VALUE', 'aktiviteter'],
    ]);
  });

  it('names the repeated key, in YAML (plain and quoted) as in JSON', () => {
    for (const text of [
      'formatVersion: 1\nregion: A\nregion: B\n',
      'formatVersion: 1\n"region": A\n\'region\': B\n',
      '{"formatVersion": 1, "region": "A", "region": "B"}',
    ]) {
      const r = parseDocument(text);
      expect(
        r.findings.map((f) => [f.code, f.details.key]),
        text,
      ).toEqual([['DUPLICATE_KEY', 'region']]);
    }
  });

  it('gives located findings for bad input of every kind', () => {
    const cases: [string, string][] = [
      ['', 'EMPTY_DOCUMENT'],
      ['formatVersion: 1\nplans: [\n', 'SYNTAX_ERROR'],
      ['formatVersion: 1\nregion: A\nregion: B\n', 'DUPLICATE_KEY'],
      ['{"formatVersion": 1, "region": "A", "region": "B"}', 'DUPLICATE_KEY'],
      ['{"formatVersion": 1, "plans": [}', 'SYNTAX_ERROR'],
      ['formatVersion: 2\n', 'UNSUPPORTED_VERSION'],
      ['region: X\n', 'MISSING_KEY'],
      ['formatVersion: 1\nplans: {}\n', 'INVALID_TYPE'],
      ['formatVersion: 1\n__proto__: { polluted: true }\n', 'FORBIDDEN_KEY'],
      [
        'formatVersion: 1\nplans:\n  - { id: p, name: P, kind: projekt, period: { from: 2019-02-30, to: 2020 }, boxes: [] }\n',
        'INVALID_FORMAT',
      ],
      [
        'formatVersion: 1\nplans:\n  - { id: "has space", name: P, kind: projekt, boxes: [] }\n',
        'INVALID_FORMAT',
      ],
      [
        'formatVersion: 1\nplans:\n  - { id: p, name: P, kind: projekt, boxes: [ { id: a, level: aktiviteter, text: 5 } ] }\n',
        'INVALID_TYPE',
      ],
      ['- 1\n- 2\n', 'INVALID_TYPE'],
    ];
    for (const [text, code] of cases) {
      const r = parseDocument(text);
      expect(r.ok, text).toBe(false);
      expect(
        r.findings.map((f) => f.code),
        text,
      ).toContain(code);
      for (const f of r.findings) {
        expect(f.message.sv.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops exponential YAML aliases with a limit finding', () => {
    const lines = ['formatVersion: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`,
      );
    const r = parseDocument(lines.join('\n'));
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'LIMIT_EXCEEDED', details: { limit: 'maxAliasCount' } });
  });

  it('refuses text over the size limit without parsing it', () => {
    const r = parseDocument(`formatVersion: 1\nregion: ${'x'.repeat(2000)}\n`, {
      limits: { maxYamlChars: 1000 },
    });
    expect(r.findings.map((f) => f.details.limit)).toEqual(['maxYamlChars']);
  });

  it('reports deep nesting as a limit, not a crash', () => {
    const deep = `{"formatVersion": 1, "x-deep": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const r = parseDocument(deep);
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'LIMIT_EXCEEDED', details: { limit: 'maxDepth' } });
  });

  it('locates findings in JSON text too', () => {
    const json = JSON.stringify(
      { formatVersion: 1, plans: [{ id: 'p', name: 'P', kind: 'plan', boxes: [] }] },
      null,
      2,
    );
    const r = parseDocument(json, { file: 'p.json' });
    const f = r.findings[0]!;
    expect(f).toMatchObject({ code: 'INVALID_VALUE', location: { file: 'p.json', plan: 'p' } });
    expect(json.split('\n')[f.location.line! - 1]).toContain('"kind": "plan"');
  });

  it('throws an EffektkedjaError carrying all findings from the throwing form', () => {
    expect(() => parseDocumentOrThrow('formatVersion: 3')).toThrow(EffektkedjaError);
    try {
      parseDocumentOrThrow('formatVersion: 3', { file: 'f.yaml' });
    } catch (e) {
      expect((e as EffektkedjaError).findings[0]!.location.file).toBe('f.yaml');
    }
  });
});

describe('writeDocument', () => {
  it('round-trips the example through YAML and JSON', () => {
    const doc = parseDocumentOrThrow(kronoberg);
    for (const format of ['yaml', 'json'] as const) {
      expect(parseDocumentOrThrow(writeDocument(doc, { format }))).toEqual(doc);
    }
  });

  it('keeps comments and order of the original YAML when a value changes', () => {
    const r = parseDocument(kronoberg);
    if (!r.ok) throw new Error('example must parse');
    const changed = editable(r.value);
    changed.plans![0]!.name = 'Sydostleden – cykelled och företagande';
    changed.plans![0]!.boxes.splice(1, 1);
    const text = writeDocument(changed, { original: r.source! });
    expect(text).toContain('# Region Kronoberg: från RUS-mål');
    expect(text).toContain('name: Sydostleden – cykelled och företagande');
    expect(text).not.toContain('Projektledare och två företagsrådgivare');
    expect(parseDocumentOrThrow(text)).toEqual(changed);
  });
});
