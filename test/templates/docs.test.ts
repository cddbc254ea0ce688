import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templatesCodes } from '../../src/findings/catalog/templates.js';
import { type Finding, parseDocument, toMermaid } from '../../src/index.js';
import { KUNSKAP_STRATEGIER, NATIONAL_TEMPLATES, safeInstantiate } from '../../src/templates/index.js';
import { check } from './helpers.js';

const docs = readFileSync(new URL('../../docs/templates.md', import.meta.url), 'utf8');

/** The `### CODE` sections of the page, each with its marked YAML examples and quoted messages. */
function sections() {
  const parts = docs.split(/^### /m).slice(1);
  return parts
    .map((part) => {
      const code = /^([A-Z][A-Z0-9_]+)\s*$/m.exec(part.split('\n')[0]!)?.[1];
      const examples = [
        ...part.matchAll(/<!-- (fails|passes): ([A-Z_ ]+) -->\n```yaml\n([\s\S]*?)\n```/g),
      ].map((m) => ({ marker: m[1]!, codes: m[2]!.trim().split(/\s+/), text: m[3]! }));
      const quoted = (lang: string) =>
        [...part.matchAll(new RegExp(`^- ${lang}: \\*(.*)\\* — (.*)$`, 'gm'))].map((m) => [m[1]!, m[2]!]);
      return { code, examples, sv: quoted('sv'), en: quoted('en') };
    })
    .filter((s): s is typeof s & { code: string } => s.code !== undefined);
}

// The opening example of the codes part sits before the first `### CODE`.
function leadExamples() {
  const head = docs.slice(docs.indexOf('## Finding codes'), docs.indexOf('### TEMPLATE_'));
  return [...head.matchAll(/<!-- (passes): ([A-Z_ ]+) -->\n```yaml\n([\s\S]*?)\n```/g)].map((m) => ({
    marker: m[1]!,
    codes: m[2]!.trim().split(/\s+/),
    text: m[3]!,
  }));
}

const findingsOf = (text: string): Finding[] => {
  const r = parseDocument(text);
  expect(r.findings).toEqual([]);
  return r.ok ? [...check(r.value).findings] : [];
};

describe('docs/templates.md', () => {
  it.each(NATIONAL_TEMPLATES.map((t) => [t.id, t] as const))('draws %s as the data says', (_id, t) => {
    // The page shows what the library's own exporter draws (regenerate with toMermaid when it changes).
    const drawn = toMermaid(t, { view: 'template', showIndicators: true }).trimEnd();
    expect(docs).toContain(`\`\`\`mermaid\n${drawn}\n\`\`\``);
    for (const i of t.boxes.flatMap((b) => b.indicators ?? []))
      expect(docs).toContain(`| \`${i.id}\` | ${i.name} |`);
  });

  it('has a section for every code, with its severity, and for no other', () => {
    expect(sections().map((s) => s.code)).toEqual(Object.keys(templatesCodes));
    for (const [code, severity] of Object.entries(templatesCodes)) {
      expect(docs).toMatch(new RegExp(`### ${code}\\n\\n\\*\\*${severity}\\*\\* — `));
    }
  });

  it.each(sections().map((s) => [s.code, s] as const))(
    '%s: examples give the code and quote its messages',
    (code, s) => {
      const found: Finding[] = [];
      for (const ex of s.examples) {
        const findings = findingsOf(ex.text);
        const codes = findings.map((f) => f.code);
        for (const c of ex.codes) {
          if (ex.marker === 'fails') expect(codes).toContain(c);
          else expect(codes).not.toContain(c);
        }
        found.push(...findings.filter((f) => f.code === code));
      }
      if (code === 'TEMPLATE_OPTION_INVALID') {
        found.push(...safeInstantiate(KUNSKAP_STRATEGIER, { planId: 'ny plan', name: 'X' }).findings);
      }
      expect(s.sv.length).toBeGreaterThan(0);
      expect(s.en.length).toBeGreaterThan(0);
      for (const [text, hint] of s.sv)
        expect(found.map((f) => [f.message.sv, f.hint?.sv])).toContainEqual([text, hint]);
      for (const [text, hint] of s.en)
        expect(found.map((f) => [f.message.en, f.hint?.en])).toContainEqual([text, hint]);
    },
  );

  it('opens the codes with a plan that follows its template', () => {
    const [lead] = leadExamples();
    const codes = findingsOf(lead!.text).map((f) => f.code);
    expect(codes.filter((c) => c.startsWith('TEMPLATE_'))).toEqual([]);
    expect(lead!.codes).toEqual(
      Object.keys(templatesCodes).filter(
        (c) => c.startsWith('TEMPLATE_') && /LEVEL_MISSING|INDICATOR|ACTIVITY/.test(c),
      ),
    );
  });
});
