import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  type Document,
  exportMermaid,
  type MermaidView,
  NATIONAL_TEMPLATES,
  normalizeLabelText,
  validate,
} from '../../src/index.js';
import { loadMermaid, parseFlowchart, shownText } from '../setup/mermaid-dom.js';
import { deepFreeze } from '../support/mutate.js';
import { FUZZ, TEST_TIMEOUT } from './fuzz.js';
import { acceptedHostile, expectSafeMermaid, hostileInput, timedAsync } from './modules.js';

// mermaid.parse takes tens of milliseconds: a modest sample, the rest of the suite checks the text.
const RUNS = Math.max(10, Math.round(FUZZ.numRuns! / 40));
const BROKEN_RUNS = Math.max(10, Math.round(FUZZ.numRuns! / 60));
const VIEWS: readonly MermaidView[] = ['plan', 'portfolio', 'template'];

const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

/** Parses with real mermaid; the nodes and arrows are the ones the exporter counted. */
async function parses(text: string, nodes: number, edges: number): Promise<Set<string>> {
  expectSafeMermaid(text);
  const parsed = await timedAsync(() => parseFlowchart(text), 10_000);
  expect(parsed.type).toBe('flowchart-v2');
  expect([...parsed.vertices.values()].filter((v) => /^[NGC]\d+$/.test(v.id))).toHaveLength(nodes);
  expect(parsed.edges).toHaveLength(edges);
  return new Set([...parsed.vertices.values()].map((v) => words(shownText(v.text))));
}

describe('Mermaid text of hostile documents parses with real mermaid', () => {
  it(
    'accepted but broken documents, every view, with strategy, indicators and findings',
    async () => {
      await loadMermaid();
      await fc.assert(
        fc.asyncProperty(
          acceptedHostile,
          fc.constantFrom(...VIEWS),
          fc.boolean(),
          async (input, view, en) => {
            const checked = checkDocument(input);
            if (!checked.ok) return;
            const doc = deepFreeze(checked.value);
            const result = exportMermaid(doc, {
              view,
              strategy: true,
              showIndicators: true,
              findings: validate(doc).findings,
              templates: NATIONAL_TEMPLATES,
              lang: en ? 'en' : 'sv',
              wrap: 0,
            });
            const shown = await parses(result.text, result.nodes, result.edges);
            // The label text is kept: each drawn box shows its text (with indicators or marks after it).
            if (view !== 'template') {
              const plans = view === 'plan' ? (doc.plans ?? []).slice(0, 1) : (doc.plans ?? []);
              for (const plan of plans) {
                for (const box of plan.boxes) {
                  const text = words(normalizeLabelText(box.text));
                  if (text) expect([...shown].some((s) => s.startsWith(text))).toBe(true);
                }
              }
            }
          },
        ),
        { ...FUZZ, verbose: 0, numRuns: BROKEN_RUNS },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'input of any shape, drawn as it comes',
    async () => {
      await loadMermaid();
      await fc.assert(
        fc.asyncProperty(hostileInput, fc.constantFrom(...VIEWS), async (raw, view) => {
          const result = exportMermaid(deepFreeze(raw) as Document, {
            view,
            strategy: true,
            showIndicators: true,
          });
          await parses(result.text, result.nodes, result.edges);
        }),
        { ...FUZZ, verbose: 0, numRuns: RUNS },
      );
    },
    TEST_TIMEOUT,
  );
});
