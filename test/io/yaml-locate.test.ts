import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument as parseYaml, stringify } from 'yaml';
import type { PathSegment } from '../../src/findings/finding.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import type { LocateRequest } from '../../src/io/position.js';
import { yamlSourceMap } from '../../src/io/source-map.js';
import { lazyYamlSourceMap, readYamlFast, YAML_READ_OPTIONS } from '../../src/io/yaml-fast.js';

// Every path of a value, every key, and one missing step under each: what findings ask for.
function requests(value: unknown): LocateRequest[] {
  const out: LocateRequest[] = [];
  const walk = (v: unknown, path: PathSegment[]) => {
    out.push({ path }, { path: [...path, 'saknas'] }, { path: [...path, 99] });
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
    } else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push({ path: [...path, k], key: true });
        walk(x, [...path, k]);
      }
  };
  walk(value, []);
  return out;
}

/** The light locator gives every position the `yaml` tree gives, on every text the fast reader takes. */
function sameAsTree(text: string): boolean {
  const fast = readYamlFast(text, DEFAULT_LIMITS);
  if (fast === undefined) return false;
  const lineCounter = new LineCounter();
  const tree = yamlSourceMap(parseYaml(text, { ...YAML_READ_OPTIONS, lineCounter }), lineCounter);
  const asked = requests(fast.value);
  expect(lazyYamlSourceMap(text, undefined).locateAll(asked), text).toStrictEqual(tree.locateAll(asked));
  return true;
}

const TRICKY = ['no', '~', '', 'null', '0x1F', '1.5', 'true', 'a #b', '#x', "it's", 'å: ä', '- x', '2024'];

describe('locating findings of a fast-read YAML text without yaml’s tree', () => {
  it('gives the positions yaml gives on the examples', () => {
    for (const file of ['kronoberg', 'gotland-besoksnaring', 'forsta-timmen']) {
      expect(sameAsTree(readFileSync(`examples/${file}.yaml`, 'utf8'))).toBe(true);
    }
  });

  it('gives the positions yaml gives on hand-written shapes: empty values, comments, quotes, nested lists', () => {
    const texts = [
      'a:\nb: 1\n',
      'a: \nb:   # c\n  \nc: 2\n',
      'a:\n  - 1\n  -   x\n  - [1, 2]\n  - {x: 1, "y": 2}\n',
      'a:\n- 1\n- b: 2\n  c:\n  - 3\n',
      '# top\n\nformatVersion: 1   # v\nplans:\n  # a plan\n  - id: p\n    name: "Plan # 1"\n    boxes: []\n',
      'a: \'x\'\n"b": |\n  text\n  more\nc: >-\n  folded\n  text\nd: plain\n  continued\n',
      'a:\n  [1, 2]\nb:\n  {c: 3}\n',
      '2024: 1\ntrue: 2\n1.5: 3\nx: { 2025: 4 }\n',
      'list: [ a, [ b, c ], { d: e } ]\nm: { a: , b: 1 }\n',
      '{ a: 1, b: [2, 3] }\n',
      '- - 1\n  - 2\n- - 3\n',
      '---\na: 1\n',
      'a: 1\n...\n',
      'a: {\n  b: 1,\n  c: [\n    2\n    ]\n  }\n',
      'x: [a: 1, b]\n',
      'x: {(}\ny: { a, b: 1, c }\n',
    ];
    for (const text of texts) expect(sameAsTree(text), text).toBe(true);
  });

  it('gives the positions yaml gives on any data written in any style (property)', () => {
    const key = fc.oneof(fc.constantFrom(...TRICKY.filter((s) => s !== '')), fc.string({ maxLength: 6 }));
    const leaf = fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    })).map;
    const style = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom(
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_LITERAL',
        'BLOCK_FOLDED',
      ),
      lineWidth: fc.constantFrom(0, 20, 80),
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
    });
    fc.assert(
      fc.property(value, style, (v, options) => {
        sameAsTree(stringify(v, options));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the positions yaml gives on texts as people type them (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.constantFrom("'", '"', ':', ' ', '#', '- ', '\n', '  ', '{', '}', '[', ']', ',', '|', '>', '\n  - '),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        sameAsTree(`formatVersion: 1\nplans:\n  - id: p\n    name: ${pieces.join('')}\n    boxes: []\n`);
        sameAsTree(`a:\n  ${pieces.join('')}\n`);
        sameAsTree(`- ${pieces.join('')}\n- x\n`);
      }),
      { numRuns: 3000 },
    );
  });
});
