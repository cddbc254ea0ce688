import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document, Plan } from '../../src/index.js';
import { exportMermaid, normalizeLabelText } from '../../src/mermaid/index.js';
import { parseFlowchart, shownText } from '../setup/mermaid-dom.js';
import { userText, validDocument } from '../support/arbitraries.js';

const seed = Number(process.env.FC_SEED ?? 20240605);

/** Text that has broken Mermaid diagrams, mixed with any Unicode and some very long text. */
const hostileText = fc.oneof(
  userText,
  fc.constantFrom(
    '%%{init: {"theme":"base","themeVariables":{"primaryColor":"#f00"}}}%%',
    '<img src=https://example.org/x.png>',
    '<script>alert(1)</script>',
    'click N1 call alert() "x"',
    'end',
    'subgraph',
    'style N1 fill:#f00;',
    'classDef a fill:#f00;',
    '`**markdown**`',
    '"]; N9["x',
    'a --> b',
    '---o x',
    '#quot; #35; &amp; &lt;',
    'ﬂ°lt¶ß',
    '\u202Eevil\u2066 \u200B\uFEFF',
    '😀 å ä ö ﷽ עברית العربية',
    'line1\r\nline2\u2028line3',
    '\u0000\u001b[31m\u009b',
  ),
  fc
    .string({ unit: 'grapheme', minLength: 0, maxLength: 30 })
    .map((s) => s.repeat(Math.ceil(10_000 / (s.length || 1))).slice(0, 10_000)),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '"',
        '#',
        '&',
        ';',
        '%',
        '`',
        '|',
        ':',
        '{',
        '}',
        '[',
        ']',
        ' ',
        '\n',
        'style',
        'end',
      ),
      { maxLength: 30 },
    )
    .map((a) => a.join('')),
);

/** The words a one-line field (accTitle) shows. */
const oneLine = (text: string) => normalizeLabelText(text).replace(/\n+/g, ' ');

async function checkDiagram(text: string): Promise<Awaited<ReturnType<typeof parseFlowchart>>> {
  // User text lives only in ["…"] labels and the acc lines: no raw markup there besides the <br> the
  // exporter writes; nowhere a directive, markdown string or interaction.
  const userParts = [
    ...[...text.matchAll(/\["([^"]*)"\]/g)].map((m) => m[1]!),
    ...[...text.matchAll(/\|"([^"]*)"\|/g)].map((m) => m[1]!),
    ...[...text.matchAll(/^ {2}acc(?:Title|Descr): (.*)$/gm)].map((m) => m[1]!),
  ];
  for (const part of userParts) expect(part.replace(/<br>/g, '')).not.toMatch(/[<>`"]/);
  expect(text).not.toContain('`');
  expect(text).not.toContain('%%');
  expect(text).not.toMatch(/^\s*(click|call|href|style|linkStyle)\b/m);
  return parseFlowchart(text);
}

describe('any text exports to a diagram that parses and shows the same text', () => {
  it('an assumption on an arrow (wrap off: exact text)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (assumption) => {
        const plan: Plan = {
          id: 'p',
          name: 'P',
          kind: 'projekt',
          boxes: [
            { id: 'a', level: 'aktiviteter', text: 'A' },
            { id: 'b', level: 'prestationer', text: 'B' },
          ],
          links: [{ from: 'a', to: 'b', assumption }],
        };
        const parsed = await checkDiagram(exportMermaid(plan, { showAssumptions: true, wrap: 0 }).text);
        expect(parsed.edges).toHaveLength(1);
        expect(shownText(parsed.edges[0]!.text)).toBe(normalizeLabelText(assumption));
      }),
      { numRuns: 60, seed },
    );
  });

  it('plan with hostile box texts, name and summary (wrap off: exact text)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileText, { minLength: 1, maxLength: 6 }),
        hostileText,
        hostileText,
        async (texts, name, summary) => {
          const plan: Plan = {
            id: 'p',
            name,
            summary,
            kind: 'projekt',
            boxes: texts.map((text, i) => ({ id: `b${i}`, level: i % 2 ? 'utfall' : 'aktiviteter', text })),
            links: texts
              .slice(1)
              .map((_, i) => ({ from: `b${i - (i % 2)}`, to: `b${i + 1 - ((i + 1) % 2) + 1}` })),
          };
          const result = exportMermaid(plan, { wrap: 0 });
          const parsed = await checkDiagram(result.text);
          const shown = [...parsed.vertices.values()].map((v) => shownText(v.text)).sort();
          expect(shown).toEqual(texts.map((t) => normalizeLabelText(t) || ' ').sort());
          expect(shownText(parsed.accTitle)).toBe(oneLine(name) || 'Tomt diagram');
          if (oneLine(summary)) expect(shownText(parsed.accDescription)).toBe(oneLine(summary));
          // The same texts as a template, with a hostile track id.
          const template = { id: 't', name, track: 'x', boxes: plan.boxes, links: plan.links ?? [] };
          const parsedTemplate = await checkDiagram(exportMermaid(template, { wrap: 0 }).text);
          expect(parsedTemplate.vertices.size).toBe(texts.length + 1); // and the national goal
        },
      ),
      { numRuns: 150, seed },
    );
  });

  it('documents in every view (generated documents, hostile texts everywhere, wrap on)', async () => {
    await fc.assert(
      fc.asyncProperty(
        validDocument,
        fc.constantFrom('plan', 'portfolio') as fc.Arbitrary<'plan' | 'portfolio'>,
        fc.boolean(),
        fc.constantFrom('sv', 'en') as fc.Arbitrary<'sv' | 'en'>,
        async (doc: Document, view, showIndicators, lang) => {
          const result = exportMermaid(doc, { view, showIndicators, lang, strategy: true, wrap: 24 });
          const parsed = await checkDiagram(result.text);
          expect(parsed.vertices.size).toBe(result.nodes);
          expect(parsed.edges).toHaveLength(result.edges);
          // Wrapping only turns spaces into line breaks: the words are the same.
          const words = (s: string) => s.split(/\s+/).filter(Boolean);
          const plans = view === 'plan' ? doc.plans!.slice(0, 1) : doc.plans!;
          const expected = plans.flatMap((p) =>
            p.boxes.map((b) => words(normalizeLabelText(b.text)).join(' ')),
          );
          if (!showIndicators) {
            const boxes = [...parsed.vertices.values()].filter((v) => v.id.startsWith('N'));
            const shownBoxes = boxes.map((v) => words(shownText(v.text)).join(' '));
            expect(shownBoxes.sort()).toEqual(expected.sort());
          }
          expect(exportMermaid(doc, { view, showIndicators, lang, strategy: true, wrap: 24 }).text).toBe(
            result.text,
          );
        },
      ),
      { numRuns: 25, seed },
    );
  });
});
