import { describe, expect, it } from 'vitest';
import {
  type Finding,
  isKnownCode,
  mergeDocuments,
  type ParseResult,
  parseDocument,
  validate,
} from '../../src/index.js';
import { type CodeBlock, codeSections, quotedMessages, type Section, setOf } from './markdown.js';

// The messages a page quotes under `### CODE` are the ones the library writes for
// that section's examples, so a change of wording shows up here.
const parse = (b: CodeBlock): ParseResult =>
  parseDocument(b.text, { format: b.lang === 'json' ? 'json' : 'yaml' });

function findingsOf(section: Section): Finding[] {
  const out: Finding[] = [];
  const sets = new Map<string, CodeBlock[]>();
  for (const b of section.blocks) {
    if (b.lang !== 'yaml' && b.lang !== 'json') continue;
    const parsed = parse(b);
    out.push(...parsed.findings);
    if (parsed.ok && b.markers.has('fails')) out.push(...validate(parsed.value).findings);
    const set = setOf(b)?.set;
    if (set !== undefined) sets.set(set, [...(sets.get(set) ?? []), b]);
  }
  for (const [, blocks] of sets) {
    const parts = blocks.flatMap((b) => {
      const r = parse(b);
      return r.ok ? [{ document: r.value, file: setOf(b)!.file }] : [];
    });
    out.push(...mergeDocuments(parts).findings);
  }
  return out.filter((f) => f.code === section.code);
}

describe('messages quoted in docs/format.md and docs/rules.md', () => {
  const sections = [...codeSections('format.md', isKnownCode), ...codeSections('rules.md', isKnownCode)];

  it('quotes a Swedish and an English message for every code', () => {
    const missing = sections
      .filter((s) => {
        const q = quotedMessages(s);
        return q.sv.length === 0 || q.en.length === 0;
      })
      .map((s) => s.code);
    expect(missing).toEqual([]);
  });

  for (const section of sections) {
    const found = findingsOf(section);
    if (found.length === 0) continue; // FILE_UNREADABLE, RULE_FAILED: no document example can give them
    it(`${section.code}: the quoted messages are the library's`, () => {
      const quoted = quotedMessages(section);
      for (const sv of quoted.sv) expect(found.map((f) => f.message.sv)).toContain(sv);
      for (const en of quoted.en) expect(found.map((f) => f.message.en)).toContain(en);
    });
  }
});
