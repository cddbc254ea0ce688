import { describe, expect, it } from 'vitest';
import { ruleCodes } from '../../src/findings/catalog/rules.js';
import {
  attachLocations,
  type Document,
  type DocumentPart,
  formatFindings,
  isKnownCode,
  mergeDocuments,
  parseDocument,
  validate,
} from '../../src/index.js';
import { type CodeBlock, codeBlocks, codeList, pageMarkers, readPage, setOf } from './markdown.js';

// The examples of docs/format.md and docs/rules.md are run, so a page cannot show
// a document the library reads differently from what the text says.
const PAGES = ['format.md', 'rules.md'] as const;
const MARKERS = new Set(['expect', 'fails', 'passes', 'clean', 'set', 'set-expect', 'skip', 'report']);
const DOCUMENT_LANGS = new Set(['yaml', 'json']);

const blocks = PAGES.flatMap((page) => codeBlocks(page)).filter((b) => DOCUMENT_LANGS.has(b.lang));
const name = (b: CodeBlock) => `${b.page}:${b.line}`;
const unique = (codes: readonly string[]) => [...new Set(codes)].sort();
const parse = (b: CodeBlock) => parseDocument(b.text, { file: name(b), format: b.lang as 'yaml' | 'json' });
const validCodes = (document: Document) => validate(document).findings.map((f) => f.code);

function parsedClean(b: CodeBlock): Document {
  const result = parse(b);
  expect(
    result.findings.map((f) => `${f.code} ${f.message.en}`),
    `${name(b)} must parse`,
  ).toEqual([]);
  if (!result.ok) throw new Error(`${name(b)} did not parse`);
  return result.value;
}

describe('examples in docs/format.md and docs/rules.md', () => {
  it('has examples to check', () => {
    expect(blocks.filter((b) => b.page === 'format.md').length).toBeGreaterThan(10);
    expect(blocks.filter((b) => b.page === 'rules.md').length).toBeGreaterThan(60);
  });

  it('uses only known markers', () => {
    const bad = blocks.flatMap((b) =>
      [...b.markers.keys()].filter((k) => !MARKERS.has(k)).map((k) => `${name(b)} ${k}`),
    );
    expect(bad).toEqual([]);
  });

  for (const b of blocks) {
    if (b.markers.has('skip')) continue;
    const expected = b.markers.get('expect');
    if (expected !== undefined) {
      it(`${name(b)} gives exactly ${expected}`, () => {
        const codes = codeList(expected);
        for (const c of codes) expect(isKnownCode(c), c).toBe(true);
        expect(unique(parse(b).findings.map((f) => f.code))).toEqual(unique(codes));
      });
    } else {
      it(`${name(b)} parses with no findings`, () => {
        parsedClean(b);
      });
    }
    if (b.markers.has('clean')) {
      it(`${name(b)} validates clean`, () => {
        expect(validate(parsedClean(b)).findings.map((f) => `${f.code} ${f.message.en}`)).toEqual([]);
      });
    }
    const fails = b.markers.get('fails');
    if (fails !== undefined) {
      it(`${name(b)} fails with ${fails}`, () => {
        const codes = validCodes(parsedClean(b));
        for (const c of codeList(fails)) expect(codes, `${name(b)} should give ${c}`).toContain(c);
      });
    }
    const passes = b.markers.get('passes');
    if (passes !== undefined) {
      it(`${name(b)} passes ${passes}`, () => {
        const codes = validCodes(parsedClean(b));
        for (const c of codeList(passes)) expect(codes, `${name(b)} should not give ${c}`).not.toContain(c);
      });
    }
  }

  // `<!-- report: FILE -->` on a document: the next JSON and text blocks of the page are its report.
  for (const b of blocks.filter((x) => x.markers.has('report'))) {
    it(`${name(b)}: the report shown is the one validate gives`, () => {
      const file = b.markers.get('report')!;
      const parsed = parseDocument(b.text, { file });
      if (!parsed.ok) throw new Error(`${name(b)} did not parse`);
      const report = validate(parsed.value, { locate: (f) => attachLocations(f, parsed.source) });
      const after = codeBlocks(b.page).filter((x) => x.line > b.line);
      const json = after.find((x) => x.lang === 'json');
      const text = after.find((x) => x.lang === 'text');
      expect(JSON.parse(json!.text)).toEqual(JSON.parse(JSON.stringify(report)));
      expect(text!.text.trimEnd()).toBe(formatFindings(report.findings, { language: 'sv' }));
    });
  }

  it('has a failing and a passing example for every rule code in rules.md', () => {
    const rules = blocks.filter((b) => b.page === 'rules.md');
    const failing = new Set(rules.flatMap((b) => codeList(b.markers.get('fails'))));
    const passing = new Set(rules.flatMap((b) => codeList(b.markers.get('passes'))));
    // RULE_FAILED comes from a custom rule that throws, not from a document; rules.md shows it in TypeScript.
    const codes = Object.keys(ruleCodes).filter((c) => c !== 'RULE_FAILED');
    expect(codes.filter((c) => !failing.has(c))).toEqual([]);
    expect(codes.filter((c) => !passing.has(c))).toEqual([]);
  });

  // A document set: blocks marked `<!-- set: NAME -->` are merged, and
  // `<!-- set-expect: NAME CODES -->` (or `clean`) says what merging and validating them gives.
  for (const page of PAGES) {
    const text = readPage(page);
    for (const spec of pageMarkers(text, 'set-expect')) {
      const [set, ...rest] = codeList(spec);
      it(`${page}: document set ${set} gives ${rest.join(' ')}`, () => {
        const parts: DocumentPart[] = blocks
          .filter((b) => b.page === page && setOf(b)?.set === set)
          .map((b) => ({ document: parsedClean(b), file: setOf(b)!.file }));
        expect(parts.length, `set ${set}`).toBeGreaterThan(1);
        const merged = mergeDocuments(parts);
        const codes = [...merged.findings.map((f) => f.code), ...validCodes(merged.document)];
        expect(unique(codes)).toEqual(rest[0] === 'clean' ? [] : unique(rest));
      });
    }
  }
});
