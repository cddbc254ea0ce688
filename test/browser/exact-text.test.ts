import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAW_SCRIPT } from '../../src/mermaid/draw-script.js';
import { wrapText } from '../../src/mermaid/escape.js';
import { exportMermaid, normalizeLabelText } from '../../src/mermaid/index.js';
import { loadMermaidScript } from '../../src/node/mermaid-render.js';
import { userText } from '../support/arbitraries.js';
import { launchTestChromium, testChromium } from '../support/chromium.js';

const chromium = testChromium('test/browser exact text');

/** What a label shows: the normalized text, runs of spaces and line breaks as one space. */
export function shown(text: string): string {
  return normalizeLabelText(text)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

// Texts a strategist writes, and texts that meet every rule of Mermaid, HTML and XML.
const ordinary = fc.constantFrom(
  '50 %',
  'Företag "AB"',
  'Nr #1',
  'C:\\new\\data',
  'Öka andelen företag med 10 % till 2030',
  'Samverkan & dialog',
  'Kompetens­försörjning',
  'Ökad export <5 år>',
  'Region Kronoberg – Tillväxtrådet',
  'Målgrupp: unga 16–24 år',
  "Projektets 'mål'",
  'Antal (st) / år',
  'Å Ä Ö å ä ö é ü',
  'Mål 2.1; delmål 3',
);
const hostile = fc.constantFrom(
  '&quot; &amp; &#37; &lt;b&gt;',
  '#quot; #35; #amp; #9731;',
  '\uFB02\u00B0\u00B037\u00B6\u00DF \uFB02\u00B0quot\u00B6\u00DF',
  '<br> <br/> a\\nb \\n',
  '<img src=x onerror=alert(1)>',
  '**fet** _kursiv_ `kod` ~~x~~',
  'fa:fa-car fab:fa-github',
  '%%{init: {"theme":"dark"}}%%',
  'end subgraph style classDef: #f00;',
  'a  b\tc',
  ']] ")" |x| --> -.-> ==>',
  '$$x^2$$',
  'ﬂ° ¶ß ° ß',
  '&nbsp;\u00A0x',
  '\u202Eevil\u200B zero\u2060width',
  '😀 👩‍👩‍👧 𝔘',
);
const word = fc.stringMatching(/^[a-zåäöA-ZÅÄÖ0-9%#&"'<>\\;:.,!?()[\]{}|`*_~=+-]{1,12}$/);
const labelText = fc.oneof(
  ordinary,
  hostile,
  userText,
  fc.array(fc.oneof(ordinary, hostile, word), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ')),
);

interface Drawn {
  readonly ok: boolean;
  readonly error?: string;
  readonly labels: Record<string, string>;
  readonly clusters: Record<string, string>;
  readonly edges: string[];
  readonly xmlError: string | null;
}

async function draw(page: Page, text: string): Promise<Drawn> {
  return page.evaluate(async (source) => {
    const target = document.getElementById('diagram')!;
    const read = (el: Element | null): string =>
      el
        ? Array.from(el.querySelectorAll('tspan.text-outer-tspan'))
            .map((t) => t.textContent ?? '')
            .join(' ')
            .replace(/[ \t\n\r\f]+/g, ' ')
            .trim()
        : '';
    try {
      const draw = (
        window as unknown as { effektkedjaDraw: (t: Element, s: string) => Promise<SVGSVGElement> }
      ).effektkedjaDraw;
      const svg = await draw(target, source);
      const labels: Record<string, string> = {};
      const clusters: Record<string, string> = {};
      for (const g of Array.from(svg.querySelectorAll('g.node'))) {
        const id = /-flowchart-(.+)-\d+$/.exec(g.id)?.[1] ?? g.id.replace(/^[^-]+-[^-]+-\d+-/, '');
        labels[id] = read(g.querySelector('text'));
      }
      for (const g of Array.from(svg.querySelectorAll('g.cluster'))) {
        clusters[g.id.replace(/^.*-/, '')] = read(g.querySelector('.cluster-label text'));
      }
      const edges = Array.from(svg.querySelectorAll('g.edgeLabel g.label[data-id]')).map((g) =>
        read(g.querySelector('text')),
      );
      const xml = new XMLSerializer().serializeToString(svg);
      const parsed = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const problem = parsed.querySelector('parsererror');
      return { ok: true, labels, clusters, edges, xmlError: problem ? problem.textContent : null };
    } catch (error) {
      return { ok: false, error: String(error), labels: {}, clusters: {}, edges: [], xmlError: null };
    }
  }, text);
}

describe.skipIf(!chromium)('every text appears exactly as typed, drawn by mermaid in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchTestChromium(chromium!);
    const script = loadMermaidScript();
    if (!script.ok) throw new Error('mermaid is a dev dependency and must resolve');
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><main id="diagram"></main></body></html>');
    await page.addScriptTag({ content: script.value });
    await page.addScriptTag({ content: DRAW_SCRIPT });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('box, title, lane, goal and assumption texts (property, hostile and Swedish text)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(labelText, { minLength: 1, maxLength: 6 }),
        labelText,
        labelText,
        labelText,
        async (texts, name, goal, assumption) => {
          const plan = {
            id: 'p',
            name,
            kind: 'projekt' as const,
            boxes: texts.map((text, i) => ({
              id: `b${i}`,
              level: i % 2 === 0 ? ('aktiviteter' as const) : ('prestationer' as const),
              text,
            })),
            links: texts.length > 1 ? [{ from: 'b0', to: 'b1', assumption }] : [],
            goalLinks: [{ from: 'b0', goal: 'g1' }],
          };
          const doc = {
            formatVersion: 1 as const,
            strategy: { understrategier: [{ id: 'us', name: goal, goals: [{ id: 'g1', text: goal }] }] },
            plans: [plan],
          };
          const result = exportMermaid(doc as never, { strategy: true, showAssumptions: true });
          const drawn = await draw(page, result.text);
          expect(drawn.error).toBeUndefined();
          expect(drawn.xmlError).toBeNull();
          const nodes = result.boxNodes.get('p')!;
          texts.forEach((text, i) => {
            expect(drawn.labels[nodes.get(`b${i}`)!]).toBe(
              shown(wrapText(normalizeLabelText(text), 26)) || '',
            );
          });
          expect(drawn.labels[result.goalNodes.get('g1')!]).toBe(shown(goal));
          // The plan's title: its name (not wrapped); each further line titles a nested subgraph (T…).
          const titleIds = ['P1'];
          const lines = result.text.split('\n');
          for (let i = lines.findIndex((l) => /^\s*subgraph P1\[/.test(l)) + 1; i < lines.length; i++) {
            const line = lines[i]!;
            if (/^\s*direction /.test(line)) continue;
            const t = /^\s*subgraph (T\d+)\[/.exec(line);
            if (!t) break;
            titleIds.push(t[1]!);
          }
          const title = titleIds
            .map((id) => drawn.clusters[id] ?? '')
            .filter((t) => t !== '')
            .join(' ');
          expect(title).toBe(shown(name));
          // Arrows without a label have an empty label group.
          const edgeTexts = drawn.edges.filter((t) => t !== '');
          expect(edgeTexts).toEqual(texts.length > 1 && shown(assumption) ? [shown(assumption)] : []);
        },
      ),
      { numRuns: Number(process.env.EXACT_TEXT_RUNS ?? 50) },
    );
  }, 180_000);
});
