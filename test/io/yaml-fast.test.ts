import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument as parseYaml, stringify } from 'yaml';
import { parseDocument, writeDocument } from '../../src/index.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { compactFastReads, readYamlFast, YAML_READ_OPTIONS } from '../../src/io/yaml-fast.js';

/** What the full path of the `yaml` library makes of a text: its value, or that it has errors. */
function full(text: string): { readonly errors: boolean; readonly value?: unknown } {
  const doc = parseYaml(text, YAML_READ_OPTIONS);
  if (doc.errors.length > 0) return { errors: true };
  try {
    return { errors: false, value: doc.toJS({ maxAliasCount: DEFAULT_LIMITS.maxAliasCount }) };
  } catch {
    return { errors: true };
  }
}

/**
 * The fast reader agrees with the full path, or hands the text back to it; and it reads the
 * same, and hands back the same texts, without compacting (as a worker thread reads).
 */
function agrees(text: string): void {
  const fast = readYamlFast(text, DEFAULT_LIMITS);
  compactFastReads(false);
  try {
    expect(readYamlFast(text, DEFAULT_LIMITS), text).toStrictEqual(fast);
  } finally {
    compactFastReads(true);
  }
  if (fast === undefined) return;
  const slow = full(text);
  expect(slow.errors, text).toBe(false);
  expect(fast.value, text).toStrictEqual(slow.value);
}

// Plain scalars where YAML 1.1, js-yaml's default schema and YAML 1.2 core disagree.
const TRICKY = [
  'no',
  'yes',
  'on',
  'off',
  'No',
  'NO',
  'y',
  'n',
  'true',
  'True',
  'TRUE',
  'tRue',
  'false',
  'False',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  '',
  '0o17',
  '0O17',
  '0x1F',
  '0X1F',
  '0b11',
  '017',
  '012',
  '+12',
  '-0',
  '1_000',
  '1 000',
  '5,5',
  '1.',
  '.5',
  '-.5',
  '1.5e3',
  '1e3',
  '1E-3',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  '.NAN',
  'nan',
  'inf',
  '2025-01-01',
  '2025-01-01T10:00:00Z',
  '12:30',
  '1:30:00',
  '<<',
  '=',
  '0.1.2',
  '99999999999999999999',
  'Ja',
  'Nej',
  'ö',
  'å: ä',
  '#kommentar',
  'a #b',
  'a#b',
];

describe('the fast YAML reader (js-yaml) and the full one (yaml)', () => {
  it('reads YAML 1.2 core: no, yes and on are text, 0o and 0x are numbers, dates and 1_000 stay text', () => {
    const text =
      'a: no\nb: yes\nc: on\nd: 0o17\ne: 0x1F\nf: 0b11\ng: 1_000\nh: 2025-01-01\ni: .inf\nj: ~\nk: True\nl: 1.\nm: "no"\n';
    const fast = readYamlFast(text, DEFAULT_LIMITS);
    expect(fast?.value).toStrictEqual({
      a: 'no',
      b: 'yes',
      c: 'on',
      d: 15,
      e: 31,
      f: '0b11',
      g: '1_000',
      h: '2025-01-01',
      i: Number.POSITIVE_INFINITY,
      j: null,
      k: true,
      l: 1,
      m: 'no',
    });
    agrees(text);
  });

  it('gives every tricky plain scalar the value the yaml library gives it, as value, key and list item', () => {
    for (const s of TRICKY) {
      agrees(`v: ${s}\n`);
      agrees(`${s}: 1\n`);
      agrees(`- ${s}\n- x\n`);
      agrees(`{ v: ${s}, w: 2 }\n`);
      agrees(`[${s}, 2]\n`);
    }
  });

  it('hands back anchors, aliases, tags, explicit keys, null keys and decimal commas in { }', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 12\n',
      'a: !egen 12\n',
      '? [a, b]\n: 1\n',
      'null: 1\n',
      '~: 1\n',
      'm: { value: 5,5, year: 2025 }\n',
      '%TAG ! tag:example.com,2000:\n---\na: 1\n',
    ]) {
      expect(readYamlFast(text, DEFAULT_LIMITS), text).toBeUndefined();
    }
    // Prose with the same characters is read the fast way.
    expect(readYamlFast('a: R&D, 5 * 3, Varför? Hej!\n', DEFAULT_LIMITS)?.value).toStrictEqual({
      a: 'R&D, 5 * 3, Varför? Hej!',
    });
  });

  it('reads a core tag right after a flow colon, which the text check lets through, as the yaml library does', () => {
    for (const [text, value] of [
      ['a: {"n":!!int 7}\n', { a: { n: 7 } }],
      ['a: {"n":!!float 1.5, "b":!!bool true, "z":!!null ~}\n', { a: { n: 1.5, b: true, z: null } }],
    ] as const) {
      expect(readYamlFast(text, DEFAULT_LIMITS)?.value, text).toStrictEqual(value);
      expect(parseYaml(text, YAML_READ_OPTIONS).toJS(), text).toStrictEqual(value);
    }
    // A text too large for the full reader is read too, not refused.
    const big = `formatVersion: 1\nregion: R\nplans: []\nx-extra: {"n":!!int 7}\n`;
    const read = parseDocument(big, { limits: { maxYamlTreeNodes: 3 } });
    expect(read.ok && (read.value as Record<string, unknown>)['x-extra']).toStrictEqual({ n: 7 });
  });

  it('hands back an escaped line break followed by an empty line, and a carriage return alone', () => {
    // js-yaml reads "x\⏎⏎  y" as 'xy', `yaml` as 'x y'; a lone CR is a line break to js-yaml only.
    for (const text of [
      'a: "x\\\n\n  y"\n',
      'a: ["x\\\r\n  \r\n  y"]\n',
      'a: "x\\\n\n\n  y"\n',
      'a: x\r  y\n',
    ]) {
      expect(readYamlFast(text, DEFAULT_LIMITS), JSON.stringify(text)).toBeUndefined();
      agrees(text);
    }
    const read = parseDocument('formatVersion: 1\nregion: "Region\\\n\n  Kronoberg"\nplans: []\n');
    expect(read.ok && read.value.region).toBe('Region Kronoberg');
  });

  it('keeps a backslash at the end of a line on the fast path where both read it alike', () => {
    // A comment or a path ending in one, and PyYAML's wrapped double-quoted text (`\⏎  \ `).
    for (const [text, value] of [
      ['# Källa: G:\\Planer\\\na: "C:\\\\mappar"\n', { a: 'C:\\mappar' }],
      ['a: G:\\Planer\\\nb: 2\n', { a: 'G:\\Planer\\', b: 2 }],
      [
        'a: "Ökad samverkan mellan lärosäten\\\r\n  \\ och näringsliv"\r\n',
        { a: 'Ökad samverkan mellan lärosäten och näringsliv' },
      ],
    ] as const) {
      expect(readYamlFast(text, DEFAULT_LIMITS)?.value, JSON.stringify(text)).toStrictEqual(value);
      agrees(text);
    }
  });

  it('hands back every text the yaml library refuses (duplicate keys, tabs, several documents, depth)', () => {
    for (const text of [
      'a: 1\na: 2\n',
      'a:\n\tb: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: "open\n',
      'a: [1, 2\n',
      `${'['.repeat(80)}${']'.repeat(80)}\n`,
      'text: Mål: öka\n',
    ]) {
      expect(full(text).errors || readYamlFast(text, DEFAULT_LIMITS) === undefined, text).toBe(true);
      agrees(text);
    }
  });

  it('reads every copy of a repeated text, short or long, as written, and an edit of one leaves the others', () => {
    // The fast reader lets equal texts share one string: nothing of that may show.
    const long = 'Fler företag i länet exporterar';
    // Longer than any shared string, and one past the length V8 hashes by length alone.
    const longer = `${'Beskrivning av insatsen. '.repeat(700)}slut`;
    const text = [
      'plans:',
      ...Array.from({ length: 40 }, (_, i) =>
        [
          `  - id: p${i}`,
          `    level: utfall`,
          `    label: ${long}`,
          `    unit: st`,
          `    tags: [${long}, utfall, st]`,
          `    description: ${longer}`,
        ].join('\n'),
      ),
    ].join('\n');
    agrees(text);
    const value = readYamlFast(text, DEFAULT_LIMITS)!.value as {
      plans: {
        id: string;
        level: string;
        label: string;
        unit: string;
        tags: string[];
        description: string;
      }[];
    };
    expect(value.plans.every((p) => p.description === longer)).toBe(true);
    expect(value.plans.every((p) => p.label === long && p.level === 'utfall' && p.unit === 'st')).toBe(true);
    expect(value.plans.every((p) => p.tags.join('|') === `${long}|utfall|st`)).toBe(true);
    value.plans[0]!.label += ' och fler';
    value.plans[1]!.tags[1] = 'kortsiktiga';
    expect(value.plans[0]!.label).toBe(`${long} och fler`);
    expect(value.plans.slice(1).every((p) => p.label === long)).toBe(true);
    expect(value.plans.filter((p) => p.tags[1] === 'utfall')).toHaveLength(39);
  });

  it('agrees with the yaml library on any data written in any style (property)', () => {
    const key = fc.oneof(fc.constantFrom(...TRICKY.filter((s) => s !== '')), fc.string({ maxLength: 8 }));
    const leaf = fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.constantFrom('Fler företag i länet exporterar', 'Ökad samverkan mellan lärosäten'),
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.double({ noNaN: true }),
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
    });
    fc.assert(
      fc.property(value, style, (v, options) => {
        agrees(stringify(v, options));
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees on texts as people type them: any tricky scalar, quote or comment in a plan (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.constantFrom("'", '"', ':', ' ', '#', '- ', '\n', '  ', '{', '}', '[', ']', ',', '|', '>', '\\'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        agrees(`formatVersion: 1\nplans:\n  - id: p\n    name: ${pieces.join('')}\n    boxes: []\n`);
        agrees(`a:\n  ${pieces.join('')}\n`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseDocument on the fast path', () => {
  const plan = [
    'formatVersion: 1',
    'plans:',
    '  - id: p',
    '    name: Plan',
    '    kind: projekt',
    '    boxes:',
    '      - { id: a, level: aktiviteter, text: Kurser }',
    '      - id: b',
    '        level: prestationer',
    '        text: no',
    '        okänd: 1',
    '',
  ].join('\n');

  it('locates a finding of a fast-read text at its line and column', () => {
    const r = parseDocument(plan, { file: 'p.yaml' });
    const unknown = r.findings.find((f) => f.code === 'UNKNOWN_KEY');
    expect(unknown?.location).toMatchObject({ file: 'p.yaml', line: 11, column: 9 });
    expect(r.ok && r.value.plans?.[0]?.boxes[1]?.text).toBe('no');
  });

  it('keeps comments and order when a fast-read text is written back', () => {
    const text = `# Kommentar\n${plan.replace('okänd: 1', '# om b')}`;
    const r = parseDocument(text);
    if (!r.ok) throw new Error('must parse');
    const written = writeDocument(r.value, { original: r.source });
    expect(written.startsWith('# Kommentar\n')).toBe(true);
    expect(written).toContain('# om b');
  });

  it('still reports a decimal comma in { } and an alias limit, through the full path', () => {
    const comma = parseDocument(`${plan}    indicators: []\nx: { value: 5,5, year: 2025 }\n`);
    expect(comma.findings.map((f) => f.code)).toContain('DECIMAL_COMMA');
    const laughs = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
      { length: 6 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
    ).join('\n')}\n`;
    const r = parseDocument(laughs);
    expect(r.findings[0]).toMatchObject({ code: 'LIMIT_EXCEEDED', details: { limit: 'maxAliasCount' } });
  });
  it('gives long strings and lists copies of their own without changing a value, a __proto__ key or the prototype', () => {
    const long = 'Fler företag i länet exporterar sina tjänster';
    const text = `a: ${long}\nb:\n  - ${long}\n  - [x, ${long}]\n__proto__: [${long}]\nc: { d: ${long} }\n`;
    const read = readYamlFast(text, DEFAULT_LIMITS);
    expect(read?.value).toStrictEqual(full(text).value);
    const value = read?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual([long]);
    expect((value.b as unknown[])[1]).toEqual(['x', long]);
  });

  it('writes nothing back while Object.prototype has an enumerable key', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.inherited = 'ett arv som inte är data';
    try {
      const value = readYamlFast('a: Fler företag i länet exporterar\n', DEFAULT_LIMITS)?.value;
      expect(Object.keys(value as object)).toEqual(['a']);
    } finally {
      delete proto.inherited;
    }
  });
});
