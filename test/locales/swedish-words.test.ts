import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiWords } from '../../playground/src/words.js';
import type { Finding } from '../../src/findings/finding.js';
import { parseDocument, validate } from '../../src/index.js';
import { svCliWords } from '../../src/locales/sv/cli.js';
import { svFollowupWords } from '../../src/locales/sv/followup.js';
import { svMermaidWords } from '../../src/locales/sv/mermaid.js';
import { readDocumentFile } from '../../src/node/files.js';
import { codeBlocks, docPages } from '../docs/markdown.js';

/**
 * English words that must never appear in a Swedish message or hint: words a
 * library's own error text brings with it ("Nested mappings are not allowed"),
 * type names in parentheses ("(string)") and errno codes ("ENOENT"). Field names
 * (`value`, `targets`, `goalLinks`) are the format's own words and may appear.
 */
const ENGLISH = new Set(
  `the is are not allowed expected found missing unexpected token mapping mappings sequence indentation
  nested compact implicit quote line column string number boolean object array undefined error position
  must should cannot with and of flow block scalar tabs tab file unknown invalid empty duplicate
  indicator end at item items without enoent eacces eperm eisdir enotdir emfile ebusy`
    .split(/\s+/)
    .filter(Boolean),
);

/** The English words of a Swedish message, after user text in «» is taken out. */
function englishIn(text: string): string[] {
  // YAML the user is told to write is the format's own: flow mappings and lists (`{ at: end }`,
  // `["04-01"]`) and a camelCase key with its value (`tierSkipping: allowed`).
  const own = text
    .replace(/«[^»]*»/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{[^{}]*\}|\[[^[\]]*\]/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*: \w+/g, ' ');
  return (own.match(/[A-Za-z]+/g) ?? []).filter((w) => ENGLISH.has(w.toLowerCase()));
}

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

// Every document the tests and docs hold: each docs example, each hostile fixture, each bundled example.
function inputs(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const page of docPages()) {
    for (const b of codeBlocks(page)) {
      if (b.lang === 'yaml' || b.lang === 'json') out.push({ name: `${page}:${b.line}`, text: b.text });
    }
  }
  for (const dir of ['test/fixtures/hostile/', 'examples/', 'examples/templates/']) {
    let files: string[] = [];
    try {
      files = readdirSync(new URL(dir, root));
    } catch {
      continue;
    }
    for (const f of files.filter((n) => /\.(ya?ml|json)$/.test(n)))
      out.push({ name: dir + f, text: read(dir + f) });
  }
  return out;
}

// Broken on purpose, one per cause the reader names, so every syntax message is scanned.
const BROKEN = [
  'formatVersion: 1\nplans:\n  - id: p\n\t  name: Tabb\n',
  'formatVersion: 1\nregion: Mål: fler företag\n',
  "formatVersion: 1\nregion: 'Gotland\n",
  'formatVersion: 1\nplans: [ { id: p\nregion: X\n',
  'formatVersion: 1\nplans:\n  - id: p\n   name: X\n',
  'formatVersion: 1\n---\nformatVersion: 1\n',
  '{"formatVersion": 1,}',
  '{"formatVersion": 1',
  'formatVersion: 1\nplans:\n  - { id: p, name: P, kind: projekt, boxes: [ { id: a, level: prestationer, text: T, indicators: [ { id: i, name: N, kind: count, baseline: { value: 5,5, year: 2025 } } ] } ] }\n',
  'formatVersion: 1\nplans:\n  - { id: p, name: P, kind: projekt, boxes: [ { id: a, level: prestationer, text: T, indicators: [ { id: i, name: N, kind: text, baseline: { value: 5, year: 2025 } } ] } ] }\n',
];

function findingsOf(text: string, name: string): Finding[] {
  const parsed = parseDocument(text, { file: name });
  if (!parsed.ok) return [...parsed.findings];
  return [...parsed.findings, ...validate(parsed.value).findings];
}

describe('Swedish messages hold no English', () => {
  const all = [...inputs(), ...BROKEN.map((text, i) => ({ name: `broken-${i}`, text }))];

  it('scans enough to mean something', () => {
    const codes = new Set<string>(all.flatMap(({ name, text }) => findingsOf(text, name).map((f) => f.code)));
    expect(codes.size).toBeGreaterThan(50);
    for (const c of ['SYNTAX_ERROR', 'DECIMAL_COMMA', 'VALUE_KIND_MISMATCH', 'INVALID_TYPE']) {
      expect(codes.has(c), c).toBe(true);
    }
  });

  it('finds no English word in any Swedish message or hint that the docs, fixtures and examples produce', () => {
    const leaks: string[] = [];
    for (const { name, text } of all) {
      for (const f of findingsOf(text, name)) {
        for (const words of [f.message.sv, f.hint?.sv ?? '']) {
          const english = englishIn(words);
          if (english.length > 0) leaks.push(`${name} ${f.code}: ${english.join(' ')} — ${words}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('names a file that cannot be read in Swedish, without the system error code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-sv-'));
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x72, 0x3a, 0x20, 0xe5, 0x0a]));
    const cases: [string, string][] = [
      [join(dir, 'finns-inte.yaml'), 'finns inte'],
      [dir, 'är ingen vanlig fil'],
      [join(dir, 'latin1.yaml'), 'UTF-8'],
    ];
    for (const [path, words] of cases) {
      const r = await readDocumentFile(path);
      const f = r.findings.find((x) => x.code === 'FILE_UNREADABLE');
      expect(f?.message.sv, path).toContain(words);
      expect(englishIn(f!.message.sv), path).toEqual([]);
      expect(englishIn(f!.hint?.sv ?? ''), path).toEqual([]);
    }
  });

  it('catches what it is meant to catch', () => {
    expect(
      englishIn('Filen kan inte läsas som YAML: Nested mappings are not allowed in compact mappings.'),
    ).toEqual(['Nested', 'mappings', 'are', 'not', 'allowed', 'compact', 'mappings']);
    expect(englishIn('Indikatorn «antal» är «30 st» (string).')).toEqual(['string']);
    expect(englishIn('Filen «x» kan inte läsas (ENOENT).')).toEqual(['ENOENT']);
    expect(englishIn('Texten «the plan is not allowed» citeras.')).toEqual([]);
  });
});

/**
 * The Swedish tables and pages that show findings. "Anmärkning" is not the word for a finding
 * (that is "fynd"); it stays only where it means a note the report itself writes.
 */
const SWEDISH_SURFACES = [
  ...readdirSync(new URL('src/locales/sv/', root), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/locales/sv/${f}`),
  'playground/src/words.ts',
  'playground/src/as-of.ts',
  'playground/index.html',
];

/** The one "Anmärkning" that is not a finding: the status table's column of notes ("inget värde för målåret …"). */
const NOTE_COLUMN = { file: 'src/locales/sv/followup.ts', line: "note: 'Anmärkning'," };

/** Each line of a Swedish surface that calls something "anmärkning" other than the notes column. */
function anmarkningIn(file: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), at: `${file}:${i + 1}` }))
    .filter(({ line }) => /anmärkning/i.test(line))
    .filter(({ line }) => !(file === NOTE_COLUMN.file && line === NOTE_COLUMN.line))
    .map(({ line, at }) => `${at}: ${line}`);
}

/** The Swedish word the strategist's guide gives for a finding (its glossary row with *finding*). */
function glossaryWordForFinding(guide: string): string | undefined {
  const row = guide.split('\n').find((l) => /^\|\s*\*\*[^*|]+\*\*\s*\|\s*\*finding\*\s*\|/.test(l));
  return row?.match(/\*\*([^*|]+)\*\*/)?.[1];
}

/** Whether the text has the word on its own (not inside "fyndkod" or another word). */
const hasWord = (text: string, word: string) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text);

describe('a finding is "fynd" on every Swedish surface', () => {
  const word = glossaryWordForFinding(read('docs/sv/strateg.md'));

  it("the strategist's glossary names the word for a finding, with its English", () => {
    expect(word).toBe('fynd');
  });

  it('no Swedish table or page calls a finding "anmärkning"', () => {
    expect(SWEDISH_SURFACES.length).toBeGreaterThan(20);
    expect(SWEDISH_SURFACES.flatMap((f) => anmarkningIn(f, read(f)))).toEqual([]);
  });

  it("the report, the diagram, the playground and the CLI use the glossary's word", () => {
    const w = word ?? '(no glossary word)';
    const capital = w[0]!.toUpperCase() + w.slice(1);
    expect(svFollowupWords.report.findings).toBe(capital);
    expect(svFollowupWords.report.noFindings).toBe(`Inga ${w}.`);
    expect(svFollowupWords.report.synthesisFindings.startsWith(`${capital} `)).toBe(true);
    expect(svMermaidWords.findings(1)).toBe(`⚠ 1 ${w}`);
    expect(svMermaidWords.findings(3)).toBe(`⚠ 3 ${w}`);
    expect(uiWords('sv').findings).toBe(capital);
    expect(uiWords('sv').noFindings.startsWith(`Inga ${w}.`)).toBe(true);
    expect(hasWord(svCliWords.help.validate.options.hints, w)).toBe(true);
    expect(hasWord(svCliWords.help.diagram.options.findings, w)).toBe(true);
  });

  it("the analyst's guide uses the same word", () => {
    expect(hasWord(read('docs/sv/analytiker.md'), word ?? '(no glossary word)')).toBe(true);
  });

  it('catches what it is meant to catch', () => {
    expect(
      anmarkningIn('src/locales/sv/mermaid.ts', "  findings: (n) => n === 1 ? '⚠ 1 anmärkning' : 'fler',"),
    ).toEqual(["src/locales/sv/mermaid.ts:1: findings: (n) => n === 1 ? '⚠ 1 anmärkning' : 'fler',"]);
    expect(anmarkningIn('playground/src/words.ts', "  note: 'Anmärkning',")).toHaveLength(1);
    expect(anmarkningIn(NOTE_COLUMN.file, `  ${NOTE_COLUMN.line}`)).toEqual([]);
    expect(glossaryWordForFinding('| **anmärkning** | *finding* | något verktyget har hittat |')).toBe(
      'anmärkning',
    );
    expect(glossaryWordForFinding('| **fynd** | något verktyget har hittat |')).toBeUndefined();
    expect(hasWord('ange en fyndkod', 'fynd')).toBe(false);
    expect(hasWord('råden under varje fynd', 'fynd')).toBe(true);
  });
});
