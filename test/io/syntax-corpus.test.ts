import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { FUZZ } from '../robustness/fuzz.js';

// Broken texts of every kind a person or a broken exporter writes.
const JSON_TEXTS = [
  '[1,]',
  '{"formatVersion": 1,}',
  "{'formatVersion': 1}",
  '{"formatVersion" 1}',
  '{"formatVersion": 1 "region": "x"}',
  '{"formatVersion": 1, "plans": [1,]}',
  '{"formatVersion": tru}',
  '{"formatVersion": NaN}',
  '{"formatVersion": undefined}',
  '{"formatVersion": Infinity}',
  '{"region": "x',
  '{',
  '[',
  '{"formatVersion": 1}x',
  '{"formatVersion": 01}',
  '{"formatVersion": -}',
  '{"formatVersion": 1.}',
  '{"formatVersion": .5}',
  '{"formatVersion": 0x1}',
  '{"plans": [1, 2,\n  ]\n}',
  '{"region": "\\x"}',
  '{"region": "\\u12"}',
  '{"region": "a\tb"}',
  '{\n"formatVersion": 1 // comment\n}',
  '{\n  /* comment */ "formatVersion": 1\n}',
  '{"a": [}',
  '{"a": {]}',
  '{"a": 1}}',
  '{,}',
  '{"a":: 1}',
  '{"a": +1}',
];
const YAML_TEXTS = [
  'formatVersion: [1,',
  'region: "x',
  "region: 'x''",
  'formatVersion: 1\nplans:\n\t- id: p',
  'region: a: b',
  'formatVersion: 1\n---\nregion: x',
  '{',
  'a: &x 1\nb: *y',
  'region: @x',
  'region: `x',
  'plans:\n  - id: p\n name: x',
  'plans: [a, b]]',
  '- a\nb: c',
  'a: {b: 1',
  'a: !<tag:x> [',
  '? [a\n',
  'a:\n  b: 1\n   c: 2',
  '"a": "b" "c"',
];

function expectLocated(text: string, format: 'json' | 'yaml'): void {
  const r = parseDocument(text, { format });
  expect(r.ok, text).toBe(false);
  for (const f of r.findings) {
    if (f.code !== 'SYNTAX_ERROR') continue;
    expect(f.location.line, `${format} ${JSON.stringify(text)}`).toBeTypeOf('number');
    expect(f.location.column, `${format} ${JSON.stringify(text)}`).toBeTypeOf('number');
    const lines = text.split('\n');
    expect(f.location.line!).toBeGreaterThanOrEqual(1);
    expect(f.location.line!).toBeLessThanOrEqual(lines.length);
  }
}

describe('every JSON and YAML syntax error has a line and a column', () => {
  it.each(JSON_TEXTS)('JSON %j', (text) => {
    const r = parseDocument(text, { format: 'json' });
    expect(r.findings.map((f) => f.code)).toContain('SYNTAX_ERROR');
    expectLocated(text, 'json');
  });

  it.each(YAML_TEXTS)('YAML %j', (text) => {
    expectLocated(text, 'yaml');
  });

  it('points at the place, for the errors JSON.parse does not place itself', () => {
    const at = (text: string) => {
      const f = parseDocument(text, { format: 'json' }).findings[0]!;
      return [f.location.line, f.location.column];
    };
    expect(at('[1,]')).toEqual([1, 4]);
    expect(at('{"plans": [1, 2,\n  ]\n}')).toEqual([2, 3]);
    expect(at('{"formatVersion": tru}')).toEqual([1, 19]);
    const alias = parseDocument('a: &x 1\nb: *y').findings[0]!;
    expect([alias.code, alias.location.line, alias.location.column]).toEqual(['SYNTAX_ERROR', 2, 4]);
  });

  it('a valid text cut, spliced or with a character replaced: any syntax error is located', () => {
    const json = JSON.stringify(
      {
        formatVersion: 1,
        region: 'Region X',
        plans: [{ id: 'p', name: 'P', kind: 'projekt', boxes: [{ id: 'a', level: 'utfall', text: 'A' }] }],
      },
      null,
      2,
    );
    const yaml =
      'formatVersion: 1\nregion: Region X\nplans:\n  - id: p\n    name: "P"\n    kind: projekt\n    boxes:\n      - { id: a, level: utfall, text: A }\n';
    const junk = fc.constantFrom(
      ',',
      ']',
      '}',
      '[',
      '{',
      "'",
      '"',
      ':',
      '\t',
      '\n',
      '#',
      '&',
      '*',
      '!',
      '|',
      '>',
      '-',
      ' ',
      'x',
      '\\',
      '%',
      '@',
      '`',
    );
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        junk,
        fc.constantFrom('cut', 'insert', 'replace'),
        (useJson, a, b, c, how) => {
          const text = useJson ? json : yaml;
          const i = a % text.length;
          const j = b % text.length;
          const broken =
            how === 'cut'
              ? text.slice(0, Math.min(i, j)) + text.slice(Math.max(i, j))
              : how === 'insert'
                ? text.slice(0, i) + c + text.slice(i)
                : text.slice(0, i) + c + text.slice(i + 1);
          if (broken.trim() === '') return;
          const r = parseDocument(broken, { format: useJson ? 'json' : 'yaml' });
          for (const f of r.findings) {
            if (f.code === 'SYNTAX_ERROR') {
              expect(f.location.line, JSON.stringify(broken)).toBeTypeOf('number');
              expect(f.location.column, JSON.stringify(broken)).toBeTypeOf('number');
            }
          }
        },
      ),
      { ...FUZZ, numRuns: Math.ceil(FUZZ.numRuns! / 2) },
    );
  });
});
